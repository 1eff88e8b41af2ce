package io.pteroca.plugin.event;

import java.time.Instant;

/** A server's reinstallation was started. */
public record ServerReinstalled(Instant occurredAt, long serverId, long accountId) implements PanelEvent {
}
