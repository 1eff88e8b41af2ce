package io.pteroca.panel.plugin;

import io.pteroca.plugin.event.PluginInstalled;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Puts an uploaded jar (or a zip holding one jar) into the plugins folder: checked for size, zip-slip, links and
 * bombs, scanned, and refused with its findings if anything is CRITICAL. Replaces the jar of a plugin that is not
 * running. Never enables. Callers hold the lifecycle lock.
 */
@Component
class PluginInstaller {

    private final PluginDirectory directory;
    private final PluginJars jars;
    private final SecurityScanner scanner;
    private final PluginScans scans;
    private final ActivePlugins active;
    private final PluginRuntime runtime;
    private final PluginStore store;
    private final PluginAudit audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PluginInstaller(PluginDirectory directory, PluginJars jars, SecurityScanner scanner, PluginScans scans,
                    ActivePlugins active, PluginRuntime runtime, PluginStore store, PluginAudit audit,
                    ApplicationEventPublisher events, Clock clock) {
        this.directory = directory;
        this.jars = jars;
        this.scanner = scanner;
        this.scans = scans;
        this.active = active;
        this.runtime = runtime;
        this.store = store;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** Installs the upload; returns the installed plugin's id. */
    String install(Path upload, String fileName, PluginActor actor) {
        Path jar = null;
        try {
            jar = PluginUpload.unpack(upload, fileName);
            PluginManifest manifest = ManifestReader.read(jar);
            if (active.isRunning(manifest.id())) {
                throw new PluginRefusedException("plugin.refused.installRunning", manifest.id());
            }
            List<Finding> findings = scanner.scan(jar, manifest);
            if (findings.stream().anyMatch(f -> f.level() == Level.CRITICAL)) {
                audit.record("plugin_install_refused", actor, manifest.id(), PluginAudit.summary(findings));
                throw new PluginUpload.CriticalFindingsException(manifest.id(), findings);
            }
            Files.createDirectories(directory.path());
            PluginJar previous = jars.read().get(manifest.id());
            Path target = directory.path().resolve(manifest.id() + ".jar");
            Files.copy(jar, target, StandardCopyOption.REPLACE_EXISTING);
            if (previous != null && !previous.jar().equals(target)) {
                Files.deleteIfExists(previous.jar());
            }
            runtime.unload(manifest.id());
            PluginJar installed = new PluginJar(manifest, target, PluginJars.checksum(target));
            store.discovered(manifest.id(), manifest.version(), installed.checksum());
            scans.scanAndRecord(installed);
            audit.record("plugin_installed", actor, manifest.id(), manifest.version() + " " + fileName);
            events.publishEvent(new PluginInstalled(clock.instant(), manifest.id(), manifest.version()));
            return manifest.id();
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
        }
    }
}
