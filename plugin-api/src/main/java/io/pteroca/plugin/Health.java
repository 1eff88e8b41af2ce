package io.pteroca.plugin;

/**
 * What a plugin says about its own health, shown on the admin's plugin page.
 *
 * @param healthy false when the plugin cannot do its work (e.g. its provider refuses its credentials)
 * @param message a short plain-text explanation; rendered escaped
 */
public record Health(boolean healthy, String message) {

    public static Health ok() {
        return new Health(true, "");
    }

    public static Health unhealthy(String message) {
        return new Health(false, message == null ? "" : message);
    }
}
