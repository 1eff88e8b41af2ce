package io.pteroca.plugin.event;

import java.time.Instant;

/** A server finished installing and its owner can use it. */
public record ServerReady(Instant occurredAt, long serverId, long accountId, String identifier) implements PanelEvent {
}
