package io.pteroca.panel.plugin;

import io.pteroca.plugin.cli.CliCommand;
import io.pteroca.plugin.cron.CronTask;
import io.pteroca.plugin.event.EventListener;
import io.pteroca.plugin.event.PanelEvent;
import io.pteroca.plugin.payment.PaymentGateway;
import io.pteroca.plugin.web.MenuItem;
import io.pteroca.plugin.web.Page;
import io.pteroca.plugin.web.ServerTab;
import io.pteroca.plugin.web.Widget;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** What one plugin registered while it started; live once the start succeeded, gone when it is disabled. */
final class Registrations {

    final List<Page> pages = new CopyOnWriteArrayList<>();
    final List<Widget> widgets = new CopyOnWriteArrayList<>();
    final List<ServerTab> serverTabs = new CopyOnWriteArrayList<>();
    final List<MenuItem> menuItems = new CopyOnWriteArrayList<>();
    final List<CliCommand> commands = new CopyOnWriteArrayList<>();
    final List<CronTask> cronTasks = new CopyOnWriteArrayList<>();
    final List<PaymentGateway> gateways = new CopyOnWriteArrayList<>();
    final List<Subscription<?>> subscriptions = new CopyOnWriteArrayList<>();

    /** A listener and the events it wants. */
    record Subscription<E extends PanelEvent>(Class<E> type, EventListener<? super E> listener) {

        @SuppressWarnings("unchecked")
        void deliver(PanelEvent event) throws Exception {
            listener.on((E) event);
        }
    }
}
