package io.pteroca.plugin.event;

import java.time.Instant;

/** A server's paid term ended; it keeps running during the grace period. */
public record ServerExpired(Instant occurredAt, long serverId, long accountId) implements PanelEvent {
}
