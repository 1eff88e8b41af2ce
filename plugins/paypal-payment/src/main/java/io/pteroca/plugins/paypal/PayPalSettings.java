package io.pteroca.plugins.paypal;

/** The keys of this plugin's settings, as its {@code plugin.yaml} declares them. */
enum PayPalSettings {
    /** Real payments on PayPal's live API; off is PayPal's sandbox. */
    LIVE("live"),
    /** The REST app's client id. */
    CLIENT_ID("client-id"),
    /** The REST app's secret (stored encrypted by the panel). */
    CLIENT_SECRET("client-secret"),
    /** The id PayPal gave the webhook pointing at this panel: its notifications are verified with it. */
    WEBHOOK_ID("webhook-id"),
    /** Another API address (a proxy, a test stand-in); empty for PayPal's own. */
    API_URL("api-url");

    private final String key;

    PayPalSettings(String key) {
        this.key = key;
    }

    String key() {
        return key;
    }
}
