package io.pteroca.panel.plugin;

import io.pteroca.plugin.Capability;
import io.pteroca.plugin.PanelPlugin;
import io.pteroca.plugin.PluginAccessDeniedException;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Starts a plugin (checks, loads, migrates, starts; its registrations go live in one step) and stops it (its
 * registrations go out at once, then it stops and is unloaded). A plugin's own start and stop get a time limit.
 * Callers hold the lifecycle lock of {@link Plugins}.
 */
@Component
class PluginRunner {

    private static final Logger log = LoggerFactory.getLogger(PluginRunner.class);
    private static final long START_SECONDS = 30;

    private final PluginJars jars;
    private final PluginRequirements requirements;
    private final PluginRuntime runtime;
    private final PluginMigrations migrations;
    private final ActivePlugins active;
    private final PluginStore store;
    private final PanelSettingsForPlugins panelSettings;
    private final PanelPluginContext.Shared shared;
    private final PluginHealth health;
    private final PluginAudit audit;
    private final ExecutorService starter = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "plugin-lifecycle");
        thread.setDaemon(true);
        return thread;
    });

    PluginRunner(PluginJars jars, PluginRequirements requirements, PluginRuntime runtime, PluginMigrations migrations,
                 ActivePlugins active, PluginStore store, PanelSettingsForPlugins panelSettings,
                 PanelPluginContext.Shared shared, PluginHealth health, PluginAudit audit) {
        this.jars = jars;
        this.requirements = requirements;
        this.runtime = runtime;
        this.migrations = migrations;
        this.active = active;
        this.store = store;
        this.panelSettings = panelSettings;
        this.shared = shared;
        this.health = health;
        this.audit = audit;
    }

    /** Checks, loads, migrates and starts; on success the plugin's registrations go live in one step. */
    void start(PluginJar plugin, PluginActor actor) {
        PluginManifest manifest = plugin.manifest();
        String id = manifest.id();
        requirements.check(plugin, jars.read());
        CapabilityGuard guard = new CapabilityGuard(manifest, panelSettings.strict());
        try {
            checkDeclaredContent(plugin, guard);
        } catch (PluginAccessDeniedException undeclared) {
            audit.record("plugin_enable_refused", actor, id, undeclared.getMessage());
            throw new PluginRefusedException("plugin.refused.capability", id, undeclared.getMessage());
        }
        ClassLoader loader;
        PanelPlugin instance;
        try {
            loader = runtime.load(plugin.jar(), id);
            instance = runtime.instantiate(id);
            if (PluginMigrations.present(plugin.jar())) {
                migrations.migrate(manifest, plugin.jar(), loader);
            }
        } catch (PluginRefusedException refused) {
            runtime.unload(id);
            faultOnEnable(id, refused.problem(), actor);
            throw refused;
        } catch (RuntimeException | LinkageError e) {
            runtime.unload(id);
            PluginProblem problem = PluginProblem.of("plugin.reason.startFailed", e.toString());
            faultOnEnable(id, problem, actor);
            throw new PluginRefusedException(problem);
        }
        Registrations registrations = new Registrations();
        ActivePlugin running = new ActivePlugin(manifest, plugin.jar(), loader, instance, registrations);
        PanelPluginContext context = new PanelPluginContext(manifest, guard, registrations, shared);
        try {
            withTimeout(() -> running.call(() -> {
                instance.start(context);
                return null;
            }));
        } catch (Exception | LinkageError e) {
            Throwable cause = e instanceof ExecutionException && e.getCause() != null ? e.getCause() : e;
            stopQuietly(running);
            runtime.unload(id);
            PluginProblem problem = PluginProblem.of("plugin.reason.startFailed", cause.toString());
            faultOnEnable(id, problem, actor);
            throw new PluginRefusedException(problem);
        }
        active.add(running);
        store.enabled(id, plugin.checksum());
        if (!guard.warnings().isEmpty()) {
            audit.record("plugin_capability_warning", actor, id, String.join("; ", guard.warnings()));
        }
        audit.record("plugin_enabled", actor, id, manifest.version());
        health.record(running, plugin);
    }

    /** Migrations, assets, settings and hosts are only used when declared. */
    private static void checkDeclaredContent(PluginJar plugin, CapabilityGuard guard) {
        PluginManifest manifest = plugin.manifest();
        if (PluginMigrations.present(plugin.jar())) {
            guard.require(Capability.MIGRATIONS, "migrations in " + PluginMigrations.FOLDER);
        }
        if (PluginAssetFiles.present(plugin.jar())) {
            guard.require(Capability.ASSETS, "files in " + PluginAssetFiles.FOLDER);
        }
        if (!manifest.settings().isEmpty()) {
            guard.require(Capability.SETTINGS, "a settings schema");
        }
        if (!manifest.hosts().isEmpty()) {
            guard.require(Capability.HTTP, "declared hosts");
        }
    }

    private void faultOnEnable(String id, PluginProblem problem, PluginActor actor) {
        store.state(id, PluginState.FAULTED, problem);
        audit.record("plugin_enable_failed", actor, id, problem.toString());
    }

    /** Takes a plugin's registrations out at once, then lets it stop and unloads it. */
    void stop(String id) {
        active.remove(id).ifPresent(running -> {
            stopQuietly(running);
            runtime.unload(id);
        });
    }

    private void stopQuietly(ActivePlugin running) {
        try {
            withTimeout(() -> running.call(() -> {
                running.instance().stop();
                return null;
            }));
        } catch (Exception | LinkageError e) {
            log.warn("Plugin {} did not stop cleanly: {}", running.id(), e.toString());
        }
    }

    private void withTimeout(Callable<Void> work) throws Exception {
        Future<Void> future = starter.submit(work);
        try {
            future.get(START_SECONDS, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            throw new TimeoutException("did not finish within " + START_SECONDS + " s");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw e;
        }
    }
}
