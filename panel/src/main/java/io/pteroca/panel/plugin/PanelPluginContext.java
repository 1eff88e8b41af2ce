package io.pteroca.panel.plugin;

import io.pteroca.plugin.Capability;
import io.pteroca.plugin.PluginAccessDeniedException;
import io.pteroca.plugin.PluginContext;
import io.pteroca.plugin.PluginDatabase;
import io.pteroca.plugin.PluginHttp;
import io.pteroca.plugin.PluginMailer;
import io.pteroca.plugin.PluginSettings;
import io.pteroca.plugin.cli.CliCommand;
import io.pteroca.plugin.cron.CronTask;
import io.pteroca.plugin.event.EventListener;
import io.pteroca.plugin.event.PanelEvent;
import io.pteroca.plugin.payment.PaymentGateway;
import io.pteroca.plugin.web.Access;
import io.pteroca.plugin.web.MenuArea;
import io.pteroca.plugin.web.MenuItem;
import io.pteroca.plugin.web.Page;
import io.pteroca.plugin.web.ServerTab;
import io.pteroca.plugin.web.Widget;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * The {@link PluginContext} of one plugin: every registration and resource checks the capability it belongs to
 * and the names it carries, and lands in the plugin's {@link Registrations}, which go live only once its start
 * succeeded.
 */
final class PanelPluginContext implements PluginContext {

    /** What every plugin's context shares. */
    record Shared(String panelVersion, java.util.function.Supplier<String> siteUrl, Clock clock, PluginSettingValues settings, GuardedDatabase database,
                  GuardedHttp http, PluginMail mail, PluginDirectory directory, Function<String, Boolean> gatewayIdTaken) {
    }

    private final PluginManifest manifest;
    private final CapabilityGuard guard;
    private final Registrations registrations;
    private final Shared shared;
    private final System.Logger logger;

    PanelPluginContext(PluginManifest manifest, CapabilityGuard guard, Registrations registrations, Shared shared) {
        this.manifest = manifest;
        this.guard = guard;
        this.registrations = registrations;
        this.shared = shared;
        this.logger = System.getLogger("plugin." + manifest.id());
    }

    @Override
    public String pluginId() {
        return manifest.id();
    }

    @Override
    public String pluginVersion() {
        return manifest.version();
    }

    @Override
    public String panelVersion() {
        return shared.panelVersion();
    }

    @Override
    public String siteUrl() {
        return shared.siteUrl().get();
    }

    @Override
    public PluginSettings settings() {
        guard.require(Capability.SETTINGS, "settings");
        return shared.settings().of(manifest);
    }

    @Override
    public PluginDatabase database() {
        guard.require(Capability.MIGRATIONS, "database access");
        return shared.database().of(manifest, guard);
    }

    @Override
    public PluginHttp http() {
        guard.require(Capability.HTTP, "HTTP");
        return shared.http().of(manifest, guard);
    }

    @Override
    public PluginMailer mailer() {
        guard.require(Capability.MAIL, "e-mail");
        return shared.mail().of(manifest, guard);
    }

    @Override
    public System.Logger logger() {
        return logger;
    }

    @Override
    public Clock clock() {
        return shared.clock();
    }

    @Override
    public Path dataDirectory() {
        return shared.directory().dataOf(manifest.id());
    }

    @Override
    public void registerPage(Page page) {
        Objects.requireNonNull(page);
        guard.require(page.access() == Access.ADMIN ? Capability.ADMIN_PAGES : Capability.ROUTES, "the page " + page.path());
        if (registrations.pages.stream().anyMatch(p -> p.method().equals(page.method()) && p.access() == page.access()
                && p.path().equals(page.path()))) {
            throw new IllegalArgumentException("page registered twice: " + page.method() + " " + page.path());
        }
        registrations.pages.add(page);
    }

    @Override
    public void registerWidget(Widget widget) {
        guard.require(Capability.WIDGETS, "a widget");
        name(widget.id(), registrations.widgets.stream().map(Widget::id).toList(), "widget");
        if (widget.columns() < 1 || widget.columns() > 12) {
            throw new IllegalArgumentException("a widget is 1 to 12 columns wide");
        }
        registrations.widgets.add(widget);
    }

    @Override
    public void registerServerTab(ServerTab tab) {
        guard.require(Capability.SERVER_TABS, "a server tab");
        name(tab.id(), registrations.serverTabs.stream().map(ServerTab::id).toList(), "server tab");
        registrations.serverTabs.add(tab);
    }

    @Override
    public void registerMenuItem(MenuItem item) {
        guard.require(Capability.MENU_ITEMS, "a menu item");
        if (item.area() == MenuArea.ADMIN) {
            guard.require(Capability.ADMIN_PAGES, "an admin menu item");
        }
        name(item.id(), registrations.menuItems.stream().map(MenuItem::id).toList(), "menu item");
        registrations.menuItems.add(item);
    }

    @Override
    public void registerCommand(CliCommand command) {
        guard.require(Capability.CLI_COMMANDS, "a command");
        name(command.name(), registrations.commands.stream().map(CliCommand::name).toList(), "command");
        registrations.commands.add(command);
    }

    @Override
    public void registerCronTask(CronTask task) {
        guard.require(Capability.CRON_TASKS, "a cron task");
        name(task.name(), registrations.cronTasks.stream().map(CronTask::name).toList(), "cron task");
        PluginCron.expression(task.schedule());
        registrations.cronTasks.add(task);
    }

    @Override
    public void registerPaymentGateway(PaymentGateway gateway) {
        guard.require(Capability.PAYMENT_GATEWAY, "a payment gateway");
        String id = gateway.id();
        if (id == null || !id.matches("[a-z][a-z0-9_-]{1,31}") || shared.gatewayIdTaken().apply(id)
                || registrations.gateways.stream().anyMatch(g -> g.id().equals(id))) {
            throw new PluginAccessDeniedException("a payment gateway id must be new and in lower case: " + id);
        }
        registrations.gateways.add(gateway);
    }

    @Override
    public <E extends PanelEvent> void subscribe(Class<E> type, EventListener<? super E> listener) {
        guard.require(Capability.EVENT_LISTENERS, "an event listener");
        registrations.subscriptions.add(new Registrations.Subscription<>(Objects.requireNonNull(type), Objects.requireNonNull(listener)));
    }

    private static void name(String name, List<String> taken, String what) {
        if (name == null || !PluginManifest.NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("a " + what + " name is lower case letters, digits and dashes: " + name);
        }
        if (taken.contains(name)) {
            throw new IllegalArgumentException(what + " registered twice: " + name);
        }
    }
}
