package io.pteroca.panel.plugin;

import io.pteroca.plugin.event.PluginBlocked;
import java.time.Clock;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Scans a plugin's jar and records the findings and the verdict: a CRITICAL finding blocks the plugin (and stops it
 * if it runs); a clean scan of a new or blocked plugin makes it SCANNED. Callers hold the lifecycle lock.
 */
@Component
class PluginScans {

    private final SecurityScanner scanner;
    private final PluginStore store;
    private final ActivePlugins active;
    private final PluginRunner runner;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PluginScans(SecurityScanner scanner, PluginStore store, ActivePlugins active, PluginRunner runner,
                ApplicationEventPublisher events, Clock clock) {
        this.scanner = scanner;
        this.store = store;
        this.active = active;
        this.runner = runner;
        this.events = events;
        this.clock = clock;
    }

    List<Finding> scanAndRecord(PluginJar plugin) {
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
                runner.stop(id);
            }
            PluginProblem reason = PluginProblem.of("plugin.reason.critical", findings.stream()
                    .filter(f -> f.level() == Level.CRITICAL).count());
            if (state != PluginState.BLOCKED) {
                events.publishEvent(new PluginBlocked(clock.instant(), id, PluginAudit.summary(findings)));
            }
            store.state(id, PluginState.BLOCKED, reason);
        } else if (state == PluginState.DISCOVERED || state == PluginState.BLOCKED) {
            store.state(id, PluginState.SCANNED, null);
        }
        return findings;
    }
}
