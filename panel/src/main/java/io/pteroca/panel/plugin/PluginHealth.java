package io.pteroca.panel.plugin;

import io.pteroca.plugin.Health;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * A running plugin's health, checked at enable and every six hours: its jar unchanged since it was enabled
 * (checksum), its dependencies present and running, its required settings set, and its own health hook
 * (given a few seconds). Each panel instance checks its own files.
 */
@Component
class PluginHealth {

    private static final long HOOK_SECONDS = 5;

    private final ActivePlugins active;
    private final PluginSettingValues settings;
    private final PluginStore store;
    private final PluginJars jars;
    private final ExecutorService hooks = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "plugin-health");
        thread.setDaemon(true);
        return thread;
    });

    PluginHealth(ActivePlugins active, PluginSettingValues settings, PluginStore store, PluginJars jars) {
        this.active = active;
        this.settings = settings;
        this.store = store;
        this.jars = jars;
    }

    /** The outcome: healthy or not, and the problems found, one per line. */
    record Result(boolean healthy, String detail) {
    }

    @Scheduled(fixedDelayString = "${pteroca.plugins.health-interval:PT6H}",
            initialDelayString = "${pteroca.plugins.health-interval:PT6H}")
    void everySixHours() {
        checkAll();
    }

    /** Runs every running plugin's health check and records the outcome. */
    void checkAll() {
        Map<String, PluginJar> found = jars.read();
        for (ActivePlugin plugin : active.all()) {
            PluginJar jar = found.get(plugin.id());
            if (jar == null) {
                continue;
            }
            record(plugin, jar);
        }
    }

    /** Runs the health check of one running plugin now and records the outcome. */
    void checkNow(String id) {
        active.get(id).ifPresent(plugin -> jars.read().values().stream().filter(f -> f.manifest().id().equals(id)).findFirst()
                .ifPresent(f -> record(plugin, f)));
    }

    /** Checks a running plugin against its jar and records the outcome in its record. */
    void record(ActivePlugin plugin, PluginJar jar) {
        String enabledChecksum = store.find(plugin.id()).map(PluginStore.Record::enabledChecksum).orElse(null);
        Result result = check(plugin, jar.checksum(), enabledChecksum, jars.read());
        store.health(plugin.id(), result.healthy(), result.detail());
    }

    private Result check(ActivePlugin plugin, String checksum, String enabledChecksum, Map<String, PluginJar> found) {
        List<String> problems = new ArrayList<>();
        if (enabledChecksum != null && !enabledChecksum.equals(checksum)) {
            problems.add("the jar changed since it was enabled");
        }
        for (PluginManifest.Dependency dependency : plugin.manifest().dependencies()) {
            if (!dependency.optional() && (!found.containsKey(dependency.pluginId()) || !active.isRunning(dependency.pluginId()))) {
                problems.add("dependency " + dependency.pluginId() + " is not running");
            }
        }
        settings.missingRequired(plugin.manifest()).ifPresent(key -> problems.add("required setting " + key + " is not set"));
        Future<Health> hook = hooks.submit(() -> plugin.call(() -> plugin.instance().health()));
        try {
            Health health = hook.get(HOOK_SECONDS, TimeUnit.SECONDS);
            if (health == null || !health.healthy()) {
                problems.add(health == null || health.message().isBlank() ? "the plugin reports a problem" : health.message());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            problems.add("health check interrupted");
        } catch (Exception e) {
            hook.cancel(true);
            problems.add("health check failed: " + (e.getCause() != null ? e.getCause() : e));
        }
        return new Result(problems.isEmpty(), String.join("\n", problems));
    }
}
