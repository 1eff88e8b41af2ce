package io.pteroca.plugin.event;

import java.time.Instant;

/** The panel started creating a paid server in Pterodactyl. */
public record ServerProvisioningStarted(Instant occurredAt, long serverId, long accountId) implements PanelEvent {
}
