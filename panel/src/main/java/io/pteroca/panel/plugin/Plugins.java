package io.pteroca.panel.plugin;

import io.pteroca.plugin.event.PanelEvent;
import io.pteroca.plugin.event.PluginDisabled;
import io.pteroca.plugin.event.PluginEnabled;
import io.pteroca.plugin.event.PluginFaulted;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Service;

/**
 * The plugins' lifecycle: discovered → scanned → enabled ⇄ disabled, or blocked (a CRITICAL finding) or faulted
 * (an enable that failed, or repeated failures), each with its reason. Enabling and disabling take effect at
 * once, without a restart. Every action is audited. Lifecycle changes are serialised within the instance: this
 * class holds the lock and decides; reading the folder, scanning, installing and starting are done by its helpers.
 */
@Service
class Plugins {

    private static final Logger log = LoggerFactory.getLogger(Plugins.class);

    private final PluginStore store;
    private final PluginDirectory directory;
    private final PluginJars jars;
    private final PluginScans scans;
    private final PluginRequirements requirements;
    private final PluginRunner runner;
    private final PluginInstaller installer;
    private final PluginRuntime runtime;
    private final ActivePlugins active;
    private final PluginSettingValues settingValues;
    private final PluginHealth health;
    private final PluginAlerts alerts;
    private final PluginAudit audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final ReentrantLock lifecycle = new ReentrantLock();
    /** Plugins to enable at start even if nobody did yet (the demo's example plugin). */
    private final Set<String> enableOnStart;

    Plugins(PluginStore store, PluginDirectory directory, PluginJars jars, PluginScans scans,
            PluginRequirements requirements, PluginRunner runner, PluginInstaller installer, PluginRuntime runtime,
            ActivePlugins active, PluginSettingValues settingValues, PluginHealth health, PluginAlerts alerts,
            PluginAudit audit, ApplicationEventPublisher events, Clock clock,
            @Value("${pteroca.plugins.enable-on-start:}") Set<String> enableOnStart) {
        this.store = store;
        this.directory = directory;
        this.jars = jars;
        this.scans = scans;
        this.requirements = requirements;
        this.runner = runner;
        this.installer = installer;
        this.runtime = runtime;
        this.active = active;
        this.settingValues = settingValues;
        this.health = health;
        this.alerts = alerts;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
        this.enableOnStart = enableOnStart;
    }

    /** A plugin as the admin pages and the command line show it. */
    record Overview(PluginStore.Record record, PluginManifest manifest, Path jar, List<Finding> findings) {

        public boolean present() {
            return jar != null;
        }

        public boolean hasCritical() {
            return findings.stream().anyMatch(f -> f.level() == Level.CRITICAL);
        }

        public boolean hasHigh() {
            return findings.stream().anyMatch(f -> f.level() == Level.HIGH);
        }
    }

    /**
     * At start: find the jars, then start the plugins that were enabled, dependencies first. Before any other listener
     * of the ready panel, so what tells a person the panel is ready (the demo's banner) comes after the plugins' lines.
     */
    @EventListener(ApplicationReadyEvent.class)
    @Order(Ordered.HIGHEST_PRECEDENCE)
    void startEnabled() {
        try {
            discover(PluginActor.PANEL);
        } catch (RuntimeException e) {
            log.error("Could not read the plugins folder {}", directory.path(), e);
            return;
        }
        Map<String, PluginJar> found = jars.read();
        for (String id : PluginRequirements.startOrder(found)) {
            Optional<PluginStore.Record> record = store.find(id);
            if (record.isEmpty() || record.get().state() != PluginState.ENABLED || active.isRunning(id)) {
                continue;
            }
            PluginJar plugin = found.get(id);
            if (!plugin.checksum().equals(record.get().enabledChecksum())) {
                store.state(id, PluginState.FAULTED, PluginProblem.of("plugin.reason.changedSinceEnabled"));
                continue;
            }
            try {
                lifecycle.lock();
                try {
                    runner.start(plugin, PluginActor.PANEL);
                } finally {
                    lifecycle.unlock();
                }
            } catch (PluginRefusedException refused) {
                log.warn("Plugin {} did not start: {}", id, refused.problem());
            }
        }
        for (String id : enableOnStart) {
            if (found.containsKey(id) && !active.isRunning(id)
                    && store.find(id).map(r -> r.state() != PluginState.DISABLED).orElse(true)) {
                try {
                    enable(id, false, PluginActor.PANEL);
                } catch (PluginRefusedException refused) {
                    log.warn("Plugin {} was not enabled: {}", id, refused.problem());
                }
            }
        }
    }

    /**
     * Reads the plugins folder: records new jars, rescans changed ones, and stops plugins whose jar is gone.
     * Returns the overviews.
     */
    List<Overview> discover(PluginActor actor) {
        lifecycle.lock();
        try {
            Map<String, PluginJar> found = jars.read();
            for (PluginJar plugin : found.values()) {
                PluginStore.Record before = store.find(plugin.id()).orElse(null);
                PluginStore.Record record = store.discovered(plugin.id(), plugin.manifest().version(), plugin.checksum());
                if (before == null || !plugin.checksum().equals(before.checksum()) || record.state() == PluginState.DISCOVERED) {
                    scans.scanAndRecord(plugin);
                }
            }
            for (PluginStore.Record record : store.all()) {
                if (!found.containsKey(record.id()) && (record.state() == PluginState.ENABLED || active.isRunning(record.id()))) {
                    runner.stop(record.id());
                    store.state(record.id(), PluginState.DISABLED, PluginProblem.of("plugin.reason.missing"));
                    audit.record("plugin_missing", actor, record.id(), "jar no longer in the plugins folder");
                }
            }
            return overviews(found);
        } finally {
            lifecycle.unlock();
        }
    }

    List<Overview> overviews() {
        return overviews(jars.read());
    }

    Optional<Overview> overview(String id) {
        return overviews().stream().filter(o -> o.record().id().equals(id)).findFirst();
    }

    Map<String, PluginProblem> unreadable() {
        return jars.unreadable();
    }

    /** Scans again now; returns the findings. */
    List<Finding> scan(String id, PluginActor actor) {
        lifecycle.lock();
        try {
            PluginJar plugin = jars.require(id);
            store.discovered(id, plugin.manifest().version(), plugin.checksum());
            List<Finding> findings = scans.scanAndRecord(plugin);
            audit.record("plugin_scanned", actor, id, PluginAudit.summary(findings));
            return findings;
        } finally {
            lifecycle.unlock();
        }
    }

    /**
     * Enables a plugin: a fresh scan (CRITICAL refuses; HIGH needs {@code acceptRisk} or an earlier acceptance of
     * this very jar), the panel version and dependencies, the declared capabilities, then its migrations and its
     * start. A refusal says why and leaves the plugin as it was, or FAULTED when its own code failed.
     */
    void enable(String id, boolean acceptRisk, PluginActor actor) {
        lifecycle.lock();
        try {
            if (active.isRunning(id)) {
                return;
            }
            PluginJar plugin = jars.require(id);
            store.discovered(id, plugin.manifest().version(), plugin.checksum());
            List<Finding> findings = scans.scanAndRecord(plugin);
            if (findings.stream().anyMatch(f -> f.level() == Level.CRITICAL)) {
                audit.record("plugin_enable_refused", actor, id, "CRITICAL findings: " + PluginAudit.summary(findings));
                throw new PluginRefusedException("plugin.refused.critical", id);
            }
            PluginStore.Record record = store.find(id).orElseThrow();
            if (findings.stream().anyMatch(f -> f.level() == Level.HIGH) && !record.riskAcceptedFor(plugin.checksum())) {
                if (!acceptRisk) {
                    audit.record("plugin_enable_refused", actor, id, "HIGH findings not accepted: " + PluginAudit.summary(findings));
                    throw new PluginRefusedException("plugin.refused.high", id);
                }
                store.acceptRisk(id, plugin.checksum(), actor.email());
                audit.record("plugin_risk_accepted", actor, id, PluginAudit.summary(findings));
            }
            runner.start(plugin, actor);
            events.publishEvent(new PluginEnabled(clock.instant(), id, plugin.manifest().version()));
        } finally {
            lifecycle.unlock();
        }
    }

    /** Disables a running plugin; refused while an enabled plugin depends on it. */
    void disable(String id, PluginActor actor) {
        lifecycle.lock();
        try {
            PluginStore.Record record = store.find(id).orElseThrow(() -> new PluginRefusedException("plugin.refused.unknown", id));
            List<String> dependents = active.all().stream().filter(p -> p.manifest().dependencies().stream()
                    .anyMatch(d -> d.pluginId().equals(id) && !d.optional())).map(ActivePlugin::id).toList();
            if (!dependents.isEmpty()) {
                throw new PluginRefusedException("plugin.refused.dependents", id, String.join(", ", dependents));
            }
            runner.stop(id);
            store.state(id, PluginState.DISABLED, null);
            audit.record("plugin_disabled", actor, id, record.version());
            events.publishEvent(new PluginDisabled(clock.instant(), id, record.version()));
        } finally {
            lifecycle.unlock();
        }
    }

    /** Stops a plugin that misbehaved, records why, and tells the admins. */
    void fault(String id, PluginProblem reason) {
        lifecycle.lock();
        try {
            if (!active.isRunning(id)) {
                return;
            }
            runner.stop(id);
            store.state(id, PluginState.FAULTED, reason);
            audit.record("plugin_faulted", PluginActor.PANEL, id, reason.toString());
            alerts.faulted(id, reason);
            events.publishEvent(new PluginFaulted(clock.instant(), id, reason.toString()));
        } finally {
            lifecycle.unlock();
        }
    }

    /** Deletes a plugin that is not running: its jar and its record (its tables and settings stay). */
    void remove(String id, PluginActor actor) {
        lifecycle.lock();
        try {
            if (active.isRunning(id)) {
                throw new PluginRefusedException("plugin.refused.running", id);
            }
            PluginJar plugin = jars.read().get(id);
            if (plugin != null) {
                try {
                    Files.deleteIfExists(plugin.jar());
                } catch (IOException e) {
                    throw new PluginRefusedException("plugin.problem.storage", e.getMessage());
                }
            }
            runtime.unload(id);
            store.delete(id);
            audit.record("plugin_removed", actor, id, plugin == null ? "" : plugin.manifest().version());
        } finally {
            lifecycle.unlock();
        }
    }

    /** Installs an uploaded jar (or a zip holding one jar); see {@link PluginInstaller}. Never enables. */
    Overview install(Path upload, String fileName, PluginActor actor) {
        lifecycle.lock();
        try {
            return overview(installer.install(upload, fileName, actor)).orElseThrow();
        } finally {
            lifecycle.unlock();
        }
    }

    /** Stores an admin's settings for a plugin; returns errors by key (empty when saved). */
    Map<String, String> saveSettings(String id, Map<String, String> values, PluginActor actor) {
        PluginJar plugin = jars.require(id);
        Map<String, String> errors = settingValues.save(plugin.manifest(), values);
        if (errors.isEmpty()) {
            audit.record("plugin_settings_changed", actor, id, String.join(", ", values.keySet()));
        }
        return errors;
    }

    /** Runs the health check of one running plugin now. */
    void checkHealth(String id) {
        health.checkNow(id);
    }

    /** Why a plugin cannot be enabled now (dependencies, panel version), if it cannot; for the admin page. */
    Optional<PluginProblem> blocker(String id) {
        Map<String, PluginJar> found = jars.read();
        PluginJar plugin = found.get(id);
        if (plugin == null) {
            return Optional.of(PluginProblem.of("plugin.reason.missing"));
        }
        try {
            requirements.check(plugin, found);
            return Optional.empty();
        } catch (PluginRefusedException refused) {
            return Optional.of(refused.problem());
        }
    }

    /** Publishes a plugin lifecycle event to the plugins (through the bridge, like every other event). */
    void publish(PanelEvent event) {
        events.publishEvent(event);
    }

    private List<Overview> overviews(Map<String, PluginJar> found) {
        List<Overview> overviews = new ArrayList<>();
        for (PluginStore.Record record : store.all()) {
            PluginJar plugin = found.get(record.id());
            overviews.add(new Overview(record, plugin == null ? null : plugin.manifest(), plugin == null ? null : plugin.jar(),
                    store.findingsOf(record.id())));
        }
        return overviews;
    }
}
