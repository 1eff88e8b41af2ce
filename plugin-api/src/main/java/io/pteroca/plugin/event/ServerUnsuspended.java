package io.pteroca.plugin.event;

import java.time.Instant;

/** A suspended server runs again (renewed, or by an admin). */
public record ServerUnsuspended(Instant occurredAt, long serverId, long accountId) implements PanelEvent {
}
