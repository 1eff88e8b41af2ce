package io.pteroca.panel.pterodactyl;

import io.pteroca.pterodactyl.client.model.ActivityLog;
import java.time.Instant;
import java.util.Map;

/** One line of Pterodactyl's activity log of a server: when, the event's name, and its properties (whatever users typed). */
public record ActivityEntry(Instant at, String event, Map<String, Object> properties) {

    static ActivityEntry of(ActivityLog entry) {
        return new ActivityEntry(entry.timestamp().toInstant(), entry.event(), entry.properties());
    }
}
