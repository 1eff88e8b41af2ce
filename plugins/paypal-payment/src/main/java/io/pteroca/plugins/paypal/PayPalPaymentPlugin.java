package io.pteroca.plugins.paypal;

import io.pteroca.plugin.Health;
import io.pteroca.plugin.PanelPlugin;
import io.pteroca.plugin.PluginContext;

/**
 * Offers PayPal for wallet top-ups once a REST app's client id and secret are set. Webhooks from PayPal (set up at
 * {@code <site>/payments/paypal/webhook} for CHECKOUT.ORDER.APPROVED and PAYMENT.CAPTURE.*) are believed only after
 * PayPal verified their signature, which needs the webhook's id in the settings; without it, payments are still
 * confirmed when the customer returns and by the panel's reconciliation, which ask PayPal themselves.
 */
public class PayPalPaymentPlugin implements PanelPlugin {

    private PayPalApi api;
    private PluginContext context;

    @Override
    public void start(PluginContext context) {
        this.context = context;
        this.api = new PayPalApi(context.http(), context.settings(), context.clock());
        context.registerPaymentGateway(new PayPalGateway(api, context.settings(), context.logger()));
    }

    @Override
    public Health health() {
        if (api == null || !api.configured()) {
            return Health.unhealthy("Set the PayPal REST app's client id and secret.");
        }
        if (context.settings().get(PayPalSettings.WEBHOOK_ID.key()).isBlank()) {
            return Health.unhealthy("Set the PayPal webhook id: without it PayPal's notifications are refused.");
        }
        return Health.ok();
    }
}
