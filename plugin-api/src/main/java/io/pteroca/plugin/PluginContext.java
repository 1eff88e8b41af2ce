package io.pteroca.plugin;

import io.pteroca.plugin.cli.CliCommand;
import io.pteroca.plugin.cron.CronTask;
import io.pteroca.plugin.event.EventListener;
import io.pteroca.plugin.event.PanelEvent;
import io.pteroca.plugin.payment.PaymentGateway;
import io.pteroca.plugin.web.MenuItem;
import io.pteroca.plugin.web.Page;
import io.pteroca.plugin.web.ServerTab;
import io.pteroca.plugin.web.Widget;
import java.nio.file.Path;
import java.time.Clock;

/**
 * Everything a plugin may use of the panel, handed to {@link PanelPlugin#start}. Each method names the
 * {@link Capability} it needs. Registrations live until the plugin is disabled; the panel removes them then,
 * so a plugin never has to unregister anything.
 */
public interface PluginContext {

    /** The plugin's id from its manifest ({@code Plugin-Id}), e.g. {@code hello-world}. */
    String pluginId();

    /** The plugin's version from its manifest ({@code Plugin-Version}). */
    String pluginVersion();

    /** The panel's version, e.g. {@code 0.1.0}. */
    String panelVersion();

    /** The panel's public address without a trailing slash, e.g. for return URLs given to a provider. */
    String siteUrl();

    /** The plugin's settings (capability {@link Capability#SETTINGS}). Only its own: never another plugin's or the panel's. */
    PluginSettings settings();

    /**
     * SQL on the plugin's own tables (capability {@link Capability#MIGRATIONS}): every table a statement names
     * must start with {@link PluginDatabase#tablePrefix()}.
     */
    PluginDatabase database();

    /** HTTP to the hosts the {@code plugin.yaml} declares (capability {@link Capability#HTTP}). */
    PluginHttp http();

    /** E-mail through the panel's SMTP settings (capability {@link Capability#MAIL}). */
    PluginMailer mailer();

    /** A logger named after the plugin; its lines go to the panel's log. */
    System.Logger logger();

    /** The panel's clock. Use it instead of {@code Instant.now()} so tests can move time. */
    Clock clock();

    /** A folder only this plugin writes to; it survives restarts and upgrades of the plugin. */
    Path dataDirectory();

    /** A page under {@code /plugins/<id>/…}, or under {@code /admin/plugins/<id>/pages/…} for an admin-only one. */
    void registerPage(Page page);

    /** A card on the dashboard or the admin overview (capability {@link Capability#WIDGETS}). */
    void registerWidget(Widget widget);

    /** A tab on the server page (capability {@link Capability#SERVER_TABS}). */
    void registerServerTab(ServerTab tab);

    /** An entry in the navigation (capability {@link Capability#MENU_ITEMS}). */
    void registerMenuItem(MenuItem item);

    /** A shell command {@code <plugin-id>:<name>} (capability {@link Capability#CLI_COMMANDS}). */
    void registerCommand(CliCommand command);

    /** Work on a cron schedule (capability {@link Capability#CRON_TASKS}). */
    void registerCronTask(CronTask task);

    /** A way to pay for top-ups (capability {@link Capability#PAYMENT_GATEWAY}); its id must be unique in the panel. */
    void registerPaymentGateway(PaymentGateway gateway);

    /**
     * Delivers the panel's events of this type (and its subtypes) after the work that raised them committed, on
     * the panel's event threads with a time limit (capability {@link Capability#EVENT_LISTENERS}). A listener
     * that throws or runs over its time counts as a failure; repeated failures mark the plugin faulted.
     */
    <E extends PanelEvent> void subscribe(Class<E> type, EventListener<? super E> listener);
}
