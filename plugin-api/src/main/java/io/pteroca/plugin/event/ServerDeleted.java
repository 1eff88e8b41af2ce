package io.pteroca.plugin.event;

import java.time.Instant;

/** A server was deleted from Pterodactyl and the panel. */
public record ServerDeleted(Instant occurredAt, long serverId, long accountId) implements PanelEvent {
}
