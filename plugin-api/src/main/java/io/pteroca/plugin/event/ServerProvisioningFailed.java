package io.pteroca.plugin.event;

import java.time.Instant;

/** Creating a server failed for good; its order is refunded. */
public record ServerProvisioningFailed(Instant occurredAt, long serverId, long accountId, String reason) implements PanelEvent {
}
