package io.pteroca.panel.setting;

/** The admin settings page a setting appears on; SYSTEM settings are never shown. */
public enum SettingGroup {
    GENERAL, PTERODACTYL, PAYMENTS, SERVERS, SECURITY, EMAIL, APPEARANCE, LANDING, PLUGINS, SYSTEM;

    public String slug() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public boolean visible() {
        return this != SYSTEM;
    }
}
