package io.pteroca.panel.plugin;

import io.pteroca.plugin.cli.CliCommand;
import io.pteroca.plugin.cron.CronTask;
import io.pteroca.plugin.payment.PaymentGateway;
import io.pteroca.plugin.web.MenuArea;
import io.pteroca.plugin.web.MenuItem;
import io.pteroca.plugin.web.ServerTab;
import io.pteroca.plugin.web.Widget;
import io.pteroca.plugin.web.WidgetSlot;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * The plugins running in this panel instance and what they registered. Enabling puts a plugin here in one step
 * and disabling takes it out in one step, so its pages, widgets, tabs, menu items, commands, jobs, gateways
 * and listeners appear and disappear together.
 */
@Component
class ActivePlugins {

    private final Map<String, ActivePlugin> running = new ConcurrentHashMap<>();

    void add(ActivePlugin plugin) {
        running.put(plugin.id(), plugin);
    }

    Optional<ActivePlugin> remove(String id) {
        return Optional.ofNullable(running.remove(id));
    }

    Optional<ActivePlugin> get(String id) {
        return Optional.ofNullable(running.get(id));
    }

    boolean isRunning(String id) {
        return running.containsKey(id);
    }

    Collection<ActivePlugin> all() {
        return running.values().stream().sorted(Comparator.comparing(ActivePlugin::id)).toList();
    }

    /** A registered item with the plugin that registered it. */
    record Owned<T>(ActivePlugin plugin, T item) {
    }

    List<Owned<Widget>> widgets(WidgetSlot slot) {
        return all().stream().flatMap(p -> p.registrations().widgets.stream().filter(w -> w.slot() == slot)
                .map(w -> new Owned<>(p, w))).sorted(Comparator.comparingInt((Owned<Widget> o) -> -o.item().priority())).toList();
    }

    List<Owned<ServerTab>> serverTabs() {
        return all().stream().flatMap(p -> p.registrations().serverTabs.stream().map(t -> new Owned<>(p, t)))
                .sorted(Comparator.comparingInt((Owned<ServerTab> o) -> -o.item().priority())).toList();
    }

    List<Owned<MenuItem>> menuItems(MenuArea area) {
        return all().stream().flatMap(p -> p.registrations().menuItems.stream().filter(m -> m.area() == area)
                .map(m -> new Owned<>(p, m))).sorted(Comparator.comparingInt((Owned<MenuItem> o) -> -o.item().priority())).toList();
    }

    List<Owned<CronTask>> cronTasks() {
        return all().stream().flatMap(p -> p.registrations().cronTasks.stream().map(t -> new Owned<>(p, t))).toList();
    }

    List<Owned<CliCommand>> commands() {
        return all().stream().flatMap(p -> p.registrations().commands.stream().map(c -> new Owned<>(p, c))).toList();
    }

    List<Owned<PaymentGateway>> gateways() {
        return all().stream().flatMap(p -> p.registrations().gateways.stream().map(g -> new Owned<>(p, g))).toList();
    }
}
