package io.pteroca.panel.payment;

import io.pteroca.plugin.payment.PaymentGateway;
import java.util.List;

/**
 * Gateways that come and go while the panel runs (those of enabled plugins), next to the built-in ones.
 * Asked on every use, so a gateway is offered from the moment its plugin is enabled until it is disabled.
 */
public interface PaymentGatewaySource {

    List<PaymentGateway> gateways();
}
