package io.pteroca.panel.plugin;

import io.pteroca.panel.audit.AuditEvent;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/** Writes what was done to a plugin, by whom, to the audit log. */
@Component
class PluginAudit {

    private final ApplicationEventPublisher events;

    PluginAudit(ApplicationEventPublisher events) {
        this.events = events;
    }

    void record(String action, PluginActor actor, String id, String details) {
        events.publishEvent(new AuditEvent(action, actor.accountId(), actor.email(), null, null, actor.ip(),
                id + (details == null || details.isEmpty() ? "" : ": " + details)));
    }

    /** Findings counted by level, e.g. {@code {HIGH=2}}, or "no findings". */
    static String summary(List<Finding> findings) {
        Map<Level, Long> counts = new EnumMap<>(Level.class);
        findings.forEach(f -> counts.merge(f.level(), 1L, Long::sum));
        return counts.isEmpty() ? "no findings" : counts.toString();
    }
}
