package io.pteroca.plugin.event;

import java.time.Instant;

/** A server's owner stopped sharing the server with an account. */
public record ServerSubuserRemoved(Instant occurredAt, long serverId, long subuserAccountId) implements PanelEvent {
}
