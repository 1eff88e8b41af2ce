package io.pteroca.plugin.event;

import java.time.Instant;

/** A server was suspended (unpaid, or by an admin). */
public record ServerSuspended(Instant occurredAt, long serverId, long accountId, String reason) implements PanelEvent {
}
