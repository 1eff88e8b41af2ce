package io.pteroca.plugin;

/**
 * The values an admin set for the settings the plugin's {@code plugin.yaml} declares (Settings → Plugins).
 * Secrets are stored encrypted and come back decrypted only here. Asking for a key the schema does not
 * declare throws {@link PluginAccessDeniedException}.
 */
public interface PluginSettings {

    /** The value, or the declared default when none is set; never null. */
    String get(String key);

    boolean getBoolean(String key);

    /** The value as a number; the declared default when unset or not a number. */
    long getLong(String key);

    /** True when an admin stored a value, as opposed to the default applying. */
    boolean isSet(String key);
}
