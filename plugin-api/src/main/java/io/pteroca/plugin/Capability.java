package io.pteroca.plugin;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * What a plugin may use, declared by name in the {@code capabilities} list of its {@code plugin.yaml}.
 * A plugin that registers or uses something of a capability it did not declare is refused in strict mode
 * (the default) and only recorded in soft mode.
 */
public enum Capability {
    /** {@link PluginContext#registerPaymentGateway}: a way to pay for wallet top-ups. */
    PAYMENT_GATEWAY("payment-gateway"),
    /** {@link PluginContext#registerPage} for signed-in users under {@code /plugins/<id>/…}. */
    ROUTES("routes"),
    /** {@link PluginContext#registerPage} of admin-only pages under {@code /admin/plugins/<id>/pages/…}. */
    ADMIN_PAGES("admin-pages"),
    /** SQL migrations in the jar's {@code db/migration} folder and {@link PluginContext#database()}. */
    MIGRATIONS("migrations"),
    /** {@link PluginContext#registerWidget}: cards on the dashboard or the admin overview. */
    WIDGETS("widgets"),
    /** {@link PluginContext#registerServerTab}: a tab on the server page. */
    SERVER_TABS("server-tabs"),
    /** {@link PluginContext#registerMenuItem}: entries in the navigation bar or the admin menu. */
    MENU_ITEMS("menu-items"),
    /** {@link PluginContext#registerCommand}: {@code java -jar pteroca-panel.jar <plugin-id>:<command>}. */
    CLI_COMMANDS("cli-commands"),
    /** {@link PluginContext#registerCronTask}: work on a cron schedule, once per tick across panel instances. */
    CRON_TASKS("cron-tasks"),
    /** {@link PluginContext#subscribe}: the panel's events, delivered after they commit. */
    EVENT_LISTENERS("event-listeners"),
    /** {@link PluginContext#settings()}: the settings the {@code plugin.yaml} declares. */
    SETTINGS("settings"),
    /** Files of the jar's {@code assets} folder, served under {@code /plugin-assets/<id>/…}. */
    ASSETS("assets"),
    /** {@link PluginContext#http()}: HTTP calls to the hosts the {@code plugin.yaml} declares. */
    HTTP("http"),
    /** {@link PluginContext#mailer()}: e-mail through the panel's SMTP settings. */
    MAIL("mail");

    private final String yamlName;

    Capability(String yamlName) {
        this.yamlName = yamlName;
    }

    /** The name used in {@code plugin.yaml}, e.g. {@code server-tabs}. */
    public String yamlName() {
        return yamlName;
    }

    public static Optional<Capability> fromYamlName(String name) {
        String wanted = name == null ? "" : name.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(c -> c.yamlName.equals(wanted)).findFirst();
    }
}
