package io.pteroca.plugin.payment;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A way for customers to pay for wallet top-ups. The panel owns the payments and the money: a gateway only starts
 * a checkout, reads its provider's notifications and answers questions about a payment's state. The panel then
 * credits the wallet exactly once, whatever the gateway reports how often.
 */
public interface PaymentGateway {

    /** Stable identifier, also in the webhook path {@code /payments/<id>/webhook}; lower case, e.g. {@code stripe}. */
    String id();

    /** The name customers see when they choose how to pay. */
    String displayName(Locale locale);

    /** ISO 4217 codes this gateway takes; empty means every currency. */
    Set<String> supportedCurrencies();

    /** Configured and switched on. */
    boolean available();

    /** Starts paying for a recorded payment. */
    CheckoutStart startCheckout(CheckoutRequest request) throws GatewayException;

    /**
     * Reads a notification from the provider. Must verify its authenticity (signature) before believing anything;
     * a notification that fails verification returns {@link Notification#rejected()}.
     */
    Notification handleWebhook(String payload, Map<String, String> headers);

    /** Asks the provider about a payment started earlier, e.g. when its notification is late. */
    PaymentState queryState(String externalId) throws GatewayException;
}
