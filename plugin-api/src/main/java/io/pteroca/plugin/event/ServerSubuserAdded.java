package io.pteroca.plugin.event;

import java.time.Instant;

/** A server's owner shared the server with another account. */
public record ServerSubuserAdded(Instant occurredAt, long serverId, long subuserAccountId) implements PanelEvent {
}
