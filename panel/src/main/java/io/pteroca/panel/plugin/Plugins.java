package io.pteroca.panel.plugin;

import io.pteroca.panel.audit.AuditEvent;
import io.pteroca.plugin.Capability;
import io.pteroca.plugin.PanelPlugin;
import io.pteroca.plugin.event.PanelEvent;
import io.pteroca.plugin.event.PluginBlocked;
import io.pteroca.plugin.event.PluginDisabled;
import io.pteroca.plugin.event.PluginEnabled;
import io.pteroca.plugin.event.PluginFaulted;
import io.pteroca.plugin.event.PluginInstalled;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;

/**
 * The plugins' lifecycle: discovered → scanned → enabled ⇄ disabled, or blocked (a CRITICAL finding) or faulted
 * (an enable that failed, or repeated failures), each with its reason. Enabling and disabling take effect at
 * once, without a restart. Every action is audited. Lifecycle changes are serialised within the instance.
 */
@Service
class Plugins {

    private static final Logger log = LoggerFactory.getLogger(Plugins.class);
    private static final long START_SECONDS = 30;

    private final PluginStore store;
    private final PluginDirectory directory;
    private final PluginRuntime runtime;
    private final SecurityScanner scanner;
    private final PluginMigrations migrations;
    private final ActivePlugins active;
    private final PanelSettingsForPlugins panelSettings;
    private final PluginSettingValues settingValues;
    private final PanelPluginContext.Shared shared;
    private final ApplicationEventPublisher events;
    private final PluginHealth health;
    private final PluginAlerts alerts;
    private final Clock clock;
    private final ReentrantLock lifecycle = new ReentrantLock();
    private final ExecutorService starter = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "plugin-lifecycle");
        thread.setDaemon(true);
        return thread;
    });
    /** Plugins to enable at start even if nobody did yet (the demo's example plugin). */
    private final java.util.Set<String> enableOnStart;
    /** Jars that could not even be read (no id to record them under), with why. */
    private volatile Map<String, PluginProblem> unreadable = Map.of();

    Plugins(PluginStore store, PluginDirectory directory, PluginRuntime runtime, SecurityScanner scanner,
            PluginMigrations migrations, ActivePlugins active, PanelSettingsForPlugins panelSettings,
            PluginSettingValues settingValues, PanelPluginContext.Shared shared, ApplicationEventPublisher events,
            PluginHealth health, PluginAlerts alerts, Clock clock,
            @org.springframework.beans.factory.annotation.Value("${pteroca.plugins.enable-on-start:}") java.util.Set<String> enableOnStart) {
        this.enableOnStart = enableOnStart;
        this.store = store;
        this.directory = directory;
        this.runtime = runtime;
        this.scanner = scanner;
        this.migrations = migrations;
        this.active = active;
        this.panelSettings = panelSettings;
        this.settingValues = settingValues;
        this.shared = shared;
        this.events = events;
        this.health = health;
        this.alerts = alerts;
        this.clock = clock;
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
    @org.springframework.core.annotation.Order(org.springframework.core.Ordered.HIGHEST_PRECEDENCE)
    void startEnabled() {
        try {
            discover(PluginActor.PANEL);
        } catch (RuntimeException e) {
            log.error("Could not read the plugins folder {}", directory.path(), e);
            return;
        }
        Map<String, Found> found = found();
        for (String id : startOrder(found)) {
            Optional<PluginStore.Record> record = store.find(id);
            if (record.isEmpty() || record.get().state() != PluginState.ENABLED || active.isRunning(id)) {
                continue;
            }
            Found plugin = found.get(id);
            if (!plugin.checksum().equals(record.get().enabledChecksum())) {
                store.state(id, PluginState.FAULTED, PluginProblem.of("plugin.reason.changedSinceEnabled"));
                continue;
            }
            try {
                lifecycle.lock();
                try {
                    start(plugin, PluginActor.PANEL);
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
            Map<String, Found> found = found();
            for (Found plugin : found.values()) {
                PluginStore.Record before = store.find(plugin.manifest().id()).orElse(null);
                PluginStore.Record record = store.discovered(plugin.manifest().id(), plugin.manifest().version(), plugin.checksum());
                if (before == null || !plugin.checksum().equals(before.checksum()) || record.state() == PluginState.DISCOVERED) {
                    scanAndRecord(plugin, actor);
                }
            }
            for (PluginStore.Record record : store.all()) {
                if (!found.containsKey(record.id()) && (record.state() == PluginState.ENABLED || active.isRunning(record.id()))) {
                    stop(record.id());
                    store.state(record.id(), PluginState.DISABLED, PluginProblem.of("plugin.reason.missing"));
                    audit("plugin_missing", actor, record.id(), "jar no longer in the plugins folder");
                }
            }
            return overviews(found);
        } finally {
            lifecycle.unlock();
        }
    }

    List<Overview> overviews() {
        return overviews(found());
    }

    Optional<Overview> overview(String id) {
        return overviews().stream().filter(o -> o.record().id().equals(id)).findFirst();
    }

    Map<String, PluginProblem> unreadable() {
        return unreadable;
    }

    /** Scans again now; returns the findings. */
    List<Finding> scan(String id, PluginActor actor) {
        lifecycle.lock();
        try {
            Found plugin = require(id);
            store.discovered(id, plugin.manifest().version(), plugin.checksum());
            List<Finding> findings = scanAndRecord(plugin, actor);
            audit("plugin_scanned", actor, id, summary(findings));
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
            Found plugin = require(id);
            store.discovered(id, plugin.manifest().version(), plugin.checksum());
            List<Finding> findings = scanAndRecord(plugin, actor);
            if (findings.stream().anyMatch(f -> f.level() == Level.CRITICAL)) {
                audit("plugin_enable_refused", actor, id, "CRITICAL findings: " + summary(findings));
                throw new PluginRefusedException("plugin.refused.critical", id);
            }
            PluginStore.Record record = store.find(id).orElseThrow();
            if (findings.stream().anyMatch(f -> f.level() == Level.HIGH) && !record.riskAcceptedFor(plugin.checksum())) {
                if (!acceptRisk) {
                    audit("plugin_enable_refused", actor, id, "HIGH findings not accepted: " + summary(findings));
                    throw new PluginRefusedException("plugin.refused.high", id);
                }
                store.acceptRisk(id, plugin.checksum(), actor.email());
                audit("plugin_risk_accepted", actor, id, summary(findings));
            }
            start(plugin, actor);
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
            stop(id);
            store.state(id, PluginState.DISABLED, null);
            audit("plugin_disabled", actor, id, record.version());
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
            stop(id);
            store.state(id, PluginState.FAULTED, reason);
            audit("plugin_faulted", PluginActor.PANEL, id, reason.toString());
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
            Found plugin = found().get(id);
            if (plugin != null) {
                try {
                    Files.deleteIfExists(plugin.jar());
                } catch (IOException e) {
                    throw new PluginRefusedException("plugin.problem.storage", e.getMessage());
                }
            }
            runtime.unload(id);
            store.delete(id);
            audit("plugin_removed", actor, id, plugin == null ? "" : plugin.manifest().version());
        } finally {
            lifecycle.unlock();
        }
    }

    /**
     * Installs an uploaded jar (or a zip holding one jar): checked for size, zip-slip, links and bombs, scanned,
     * and refused with its findings if anything is CRITICAL. Replaces the jar of a plugin that is not running.
     * Never enables.
     */
    Overview install(Path upload, String fileName, PluginActor actor) {
        lifecycle.lock();
        Path jar = null;
        try {
            jar = PluginUpload.unpack(upload, fileName);
            PluginManifest manifest = ManifestReader.read(jar);
            if (active.isRunning(manifest.id())) {
                throw new PluginRefusedException("plugin.refused.installRunning", manifest.id());
            }
            List<Finding> findings = scanner.scan(jar, manifest);
            if (findings.stream().anyMatch(f -> f.level() == Level.CRITICAL)) {
                audit("plugin_install_refused", actor, manifest.id(), summary(findings));
                throw new PluginUpload.CriticalFindingsException(manifest.id(), findings);
            }
            Files.createDirectories(directory.path());
            Found previous = found().get(manifest.id());
            Path target = directory.path().resolve(manifest.id() + ".jar");
            Files.copy(jar, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            if (previous != null && !previous.jar().equals(target)) {
                Files.deleteIfExists(previous.jar());
            }
            runtime.unload(manifest.id());
            Found installed = new Found(manifest, target, checksum(target));
            store.discovered(manifest.id(), manifest.version(), installed.checksum());
            scanAndRecord(installed, actor);
            audit("plugin_installed", actor, manifest.id(), manifest.version() + " " + fileName);
            events.publishEvent(new PluginInstalled(clock.instant(), manifest.id(), manifest.version()));
            return overview(manifest.id()).orElseThrow();
        } catch (IOException e) {
            throw new PluginRefusedException("plugin.problem.storage", e.getMessage());
        } finally {
            if (jar != null && !jar.equals(upload)) {
                try {
                    Files.deleteIfExists(jar);
                } catch (IOException ignored) {
                    // a temporary file
                }
            }
            lifecycle.unlock();
        }
    }

    /** Stores an admin's settings for a plugin; returns errors by key (empty when saved). */
    Map<String, String> saveSettings(String id, Map<String, String> values, PluginActor actor) {
        Found plugin = require(id);
        Map<String, String> errors = settingValues.save(plugin.manifest(), values);
        if (errors.isEmpty()) {
            audit("plugin_settings_changed", actor, id, String.join(", ", values.keySet()));
        }
        return errors;
    }

    /** Runs the health check of one running plugin now. */
    void checkHealth(String id) {
        active.get(id).ifPresent(plugin -> found().values().stream().filter(f -> f.manifest().id().equals(id)).findFirst()
                .ifPresent(f -> recordHealth(plugin, f)));
    }

    /** Runs every running plugin's health check; for the six-hourly job. */
    void checkAllHealth() {
        Map<String, Found> found = found();
        for (ActivePlugin plugin : active.all()) {
            Found jar = found.get(plugin.id());
            if (jar == null) {
                continue;
            }
            recordHealth(plugin, jar);
        }
    }

    private void recordHealth(ActivePlugin plugin, Found jar) {
        String enabledChecksum = store.find(plugin.id()).map(PluginStore.Record::enabledChecksum).orElse(null);
        PluginHealth.Result result = health.check(plugin, jar.checksum(), enabledChecksum, found());
        store.health(plugin.id(), result.healthy(), result.detail());
    }

    /** Why a plugin cannot be enabled now (dependencies, panel version), if it cannot; for the admin page. */
    Optional<PluginProblem> blocker(String id) {
        Map<String, Found> found = found();
        Found plugin = found.get(id);
        if (plugin == null) {
            return Optional.of(PluginProblem.of("plugin.reason.missing"));
        }
        try {
            checkRequirements(plugin, found);
            return Optional.empty();
        } catch (PluginRefusedException refused) {
            return Optional.of(refused.problem());
        }
    }

    // --- internals -------------------------------------------------------------------------------------------

    /** A readable jar of the plugins folder. */
    record Found(PluginManifest manifest, Path jar, String checksum) {
    }

    private Map<String, Found> found() {
        Map<String, Found> found = new LinkedHashMap<>();
        Map<String, PluginProblem> problems = new LinkedHashMap<>();
        for (Path jar : directory.jars()) {
            try {
                PluginManifest manifest = ManifestReader.read(jar);
                if (found.containsKey(manifest.id())) {
                    problems.put(jar.getFileName().toString(), PluginProblem.of("plugin.problem.duplicate", manifest.id()));
                    continue;
                }
                found.put(manifest.id(), new Found(manifest, jar, checksum(jar)));
            } catch (PluginRefusedException refused) {
                problems.put(jar.getFileName().toString(), refused.problem());
            }
        }
        unreadable = Map.copyOf(problems);
        return found;
    }

    private List<Overview> overviews(Map<String, Found> found) {
        List<Overview> overviews = new ArrayList<>();
        for (PluginStore.Record record : store.all()) {
            Found plugin = found.get(record.id());
            overviews.add(new Overview(record, plugin == null ? null : plugin.manifest(), plugin == null ? null : plugin.jar(),
                    store.findingsOf(record.id())));
        }
        return overviews;
    }

    private Found require(String id) {
        Found plugin = found().get(id);
        if (plugin == null) {
            throw new PluginRefusedException("plugin.refused.unknown", id);
        }
        return plugin;
    }

    private List<Finding> scanAndRecord(Found plugin, PluginActor actor) {
        String id = plugin.manifest().id();
        List<Finding> findings;
        try {
            findings = scanner.scan(plugin.jar(), plugin.manifest());
        } catch (PluginRefusedException refused) {
            store.state(id, PluginState.BLOCKED, refused.problem());
            return List.of(Finding.of(Rule.ZIP_SLIP, plugin.jar().getFileName().toString(), "", refused.problem().toString()));
        }
        store.findings(id, findings);
        PluginState state = store.find(id).map(PluginStore.Record::state).orElse(PluginState.DISCOVERED);
        if (findings.stream().anyMatch(f -> f.level() == Level.CRITICAL)) {
            if (active.isRunning(id)) {
                stop(id);
            }
            PluginProblem reason = PluginProblem.of("plugin.reason.critical", findings.stream()
                    .filter(f -> f.level() == Level.CRITICAL).count());
            if (state != PluginState.BLOCKED) {
                events.publishEvent(new PluginBlocked(clock.instant(), id, summary(findings)));
            }
            store.state(id, PluginState.BLOCKED, reason);
        } else if (state == PluginState.DISCOVERED || state == PluginState.BLOCKED) {
            store.state(id, PluginState.SCANNED, null);
        }
        return findings;
    }

    private void checkRequirements(Found plugin, Map<String, Found> found) {
        PluginManifest manifest = plugin.manifest();
        String panelVersion = shared.panelVersion();
        if (!SemanticVersions.satisfies(panelVersion, manifest.requires())) {
            throw new PluginRefusedException("plugin.refused.panelVersion", manifest.id(), manifest.requires(), panelVersion);
        }
        cycle(manifest.id(), found).ifPresent(path -> {
            throw new PluginRefusedException("plugin.refused.cycle", path);
        });
        for (PluginManifest.Dependency dependency : manifest.dependencies()) {
            Found other = found.get(dependency.pluginId());
            if (other == null) {
                if (dependency.optional()) {
                    continue;
                }
                throw new PluginRefusedException("plugin.refused.missingDependency", manifest.id(), dependency.pluginId(),
                        dependency.versionRange());
            }
            if (!SemanticVersions.satisfies(other.manifest().version(), dependency.versionRange())) {
                throw new PluginRefusedException("plugin.refused.dependencyVersion", manifest.id(), dependency.pluginId(),
                        dependency.versionRange(), other.manifest().version());
            }
            if (!dependency.optional() && !active.isRunning(dependency.pluginId())) {
                throw new PluginRefusedException("plugin.refused.dependencyDisabled", manifest.id(), dependency.pluginId());
            }
        }
    }

    /** A dependency path that comes back to where it started, e.g. {@code a → b → a}. */
    static Optional<String> cycle(String start, Map<String, Found> found) {
        Deque<String> path = new ArrayDeque<>();
        return visit(start, start, found, path, new java.util.HashSet<>());
    }

    private static Optional<String> visit(String start, String id, Map<String, Found> found, Deque<String> path,
                                          java.util.Set<String> done) {
        path.addLast(id);
        Found plugin = found.get(id);
        if (plugin != null) {
            for (PluginManifest.Dependency dependency : plugin.manifest().dependencies()) {
                if (dependency.pluginId().equals(start)) {
                    return Optional.of(String.join(" → ", path) + " → " + start);
                }
                if (!path.contains(dependency.pluginId()) && done.add(dependency.pluginId())) {
                    Optional<String> found2 = visit(start, dependency.pluginId(), found, path, done);
                    if (found2.isPresent()) {
                        return found2;
                    }
                }
            }
        }
        path.removeLast();
        return Optional.empty();
    }

    /** Dependencies before dependents; plugins in a cycle are left out. */
    private static List<String> startOrder(Map<String, Found> found) {
        List<String> order = new ArrayList<>();
        java.util.Set<String> visiting = new java.util.HashSet<>();
        for (String id : found.keySet()) {
            order(id, found, order, visiting);
        }
        return order;
    }

    private static void order(String id, Map<String, Found> found, List<String> order, java.util.Set<String> visiting) {
        if (order.contains(id) || !found.containsKey(id) || !visiting.add(id)) {
            return;
        }
        for (PluginManifest.Dependency dependency : found.get(id).manifest().dependencies()) {
            order(dependency.pluginId(), found, order, visiting);
        }
        order.add(id);
    }

    /** Checks, loads, migrates and starts; on success the plugin's registrations go live in one step. */
    private void start(Found plugin, PluginActor actor) {
        PluginManifest manifest = plugin.manifest();
        String id = manifest.id();
        checkRequirements(plugin, found());
        CapabilityGuard guard = new CapabilityGuard(manifest, panelSettings.strict());
        try {
            checkDeclaredContent(plugin, guard);
        } catch (io.pteroca.plugin.PluginAccessDeniedException undeclared) {
            audit("plugin_enable_refused", actor, id, undeclared.getMessage());
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
            audit("plugin_capability_warning", actor, id, String.join("; ", guard.warnings()));
        }
        audit("plugin_enabled", actor, id, manifest.version());
        recordHealth(running, plugin);
    }

    /** Migrations, assets, settings and hosts are only used when declared. */
    private static void checkDeclaredContent(Found plugin, CapabilityGuard guard) {
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
        audit("plugin_enable_failed", actor, id, problem.toString());
    }

    /** Takes a plugin's registrations out at once, then lets it stop and unloads it. */
    private void stop(String id) {
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

    private void withTimeout(java.util.concurrent.Callable<Void> work) throws Exception {
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

    private void audit(String action, PluginActor actor, String id, String details) {
        events.publishEvent(new AuditEvent(action, actor.accountId(), actor.email(), null, null, actor.ip(),
                id + (details == null || details.isEmpty() ? "" : ": " + details)));
    }

    /** Publishes a plugin lifecycle event to the plugins (through the bridge, like every other event). */
    void publish(PanelEvent event) {
        events.publishEvent(event);
    }

    private static String summary(List<Finding> findings) {
        Map<Level, Long> counts = new java.util.EnumMap<>(Level.class);
        findings.forEach(f -> counts.merge(f.level(), 1L, Long::sum));
        return counts.isEmpty() ? "no findings" : counts.toString();
    }

    static String checksum(Path jar) {
        try (InputStream in = Files.newInputStream(jar)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[64 * 1024];
            int read;
            while ((read = in.read(buffer)) > 0) {
                digest.update(buffer, 0, read);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException e) {
            throw new PluginRefusedException("plugin.problem.notArchive");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
