package io.pteroca.panel.plugin;

import io.pteroca.plugin.event.PanelEvent;
import jakarta.annotation.PreDestroy;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Hands the panel's events to the plugins that subscribed, on a small bounded pool of their own: the request or
 * job that raised an event never waits for a plugin. Each delivery has a time limit; a listener that throws or
 * runs over it counts as a failure, a success resets the count, and a plugin that fails too often in a row is
 * faulted (stopped, its admins told). A full queue drops the event for that plugin and counts a failure too.
 */
@Component
class EventDelivery {

    private static final Logger log = LoggerFactory.getLogger(EventDelivery.class);

    private final ActivePlugins active;
    private final PanelSettingsForPlugins settings;
    /** A provider rather than a @Lazy proxy (which the build-time (AOT) context cannot make for a class): Plugins
     *  depends on this class. */
    private final ObjectProvider<Plugins> plugins;
    private final ThreadPoolExecutor workers;
    private final ScheduledExecutorService watchdog;
    private final Map<String, AtomicInteger> failuresInARow = new ConcurrentHashMap<>();
    private final AtomicLong delivered = new AtomicLong();
    private final AtomicLong failed = new AtomicLong();

    EventDelivery(ActivePlugins active, PanelSettingsForPlugins settings, ObjectProvider<Plugins> plugins) {
        this.active = active;
        this.settings = settings;
        this.plugins = plugins;
        AtomicInteger number = new AtomicInteger();
        this.workers = new ThreadPoolExecutor(4, 4, 60, TimeUnit.SECONDS, new ArrayBlockingQueue<>(2_000), runnable -> {
            Thread thread = new Thread(runnable, "plugin-events-" + number.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        this.workers.allowCoreThreadTimeOut(true);
        this.watchdog = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "plugin-events-watchdog");
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Queues the event for every running plugin that subscribed to its type; returns at once. */
    void publish(PanelEvent event) {
        for (ActivePlugin plugin : active.all()) {
            for (Registrations.Subscription<?> subscription : plugin.registrations().subscriptions) {
                if (subscription.type().isInstance(event)) {
                    submit(plugin, subscription, event);
                }
            }
        }
    }

    private void submit(ActivePlugin plugin, Registrations.Subscription<?> subscription, PanelEvent event) {
        int timeout = settings.listenerTimeoutSeconds();
        try {
            Future<?> delivery = workers.submit(() -> {
                try {
                    plugin.call(() -> {
                        subscription.deliver(event);
                        return null;
                    });
                    succeeded(plugin);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                } catch (Exception | LinkageError e) {
                    failed(plugin, "plugin.reason.listenerThrew", event, e.toString());
                }
            });
            watchdog.schedule(() -> {
                if (!delivery.isDone() && delivery.cancel(true)) {
                    failed(plugin, "plugin.reason.listenerTimedOut", event, timeout + " s");
                }
            }, timeout, TimeUnit.SECONDS);
        } catch (RejectedExecutionException full) {
            failed(plugin, "plugin.reason.queueFull", event, "");
        }
    }

    private void succeeded(ActivePlugin plugin) {
        delivered.incrementAndGet();
        failuresInARow.computeIfAbsent(plugin.id(), id -> new AtomicInteger()).set(0);
    }

    private void failed(ActivePlugin plugin, String key, PanelEvent event, String detail) {
        failed.incrementAndGet();
        log.warn("Plugin {} failed on {}: {} {}", plugin.id(), event.getClass().getSimpleName(), key, detail);
        int inARow = failuresInARow.computeIfAbsent(plugin.id(), id -> new AtomicInteger()).incrementAndGet();
        if (inARow >= settings.failuresBeforeFault() && active.get(plugin.id()).filter(p -> p == plugin).isPresent()) {
            failuresInARow.remove(plugin.id());
            // Faulting stops the plugin, which may wait for it: not on this worker, which may be the one it blocks.
            watchdog.execute(() -> plugins.getObject().fault(plugin.id(), PluginProblem.of(key, event.getClass().getSimpleName(), inARow)));
        }
    }

    /** Forgets a plugin's failure count, e.g. when an admin enables it again. */
    void reset(String pluginId) {
        failuresInARow.remove(pluginId);
    }

    /** Every event queued so far has been handed to its listeners (they returned, failed or ran out of time). */
    boolean idle() {
        return workers.getCompletedTaskCount() == workers.getTaskCount();
    }

    long deliveredCount() {
        return delivered.get();
    }

    long failedCount() {
        return failed.get();
    }

    @PreDestroy
    void stop() {
        workers.shutdownNow();
        watchdog.shutdownNow();
    }
}
