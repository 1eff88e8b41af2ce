package io.pteroca.plugin.event;

import java.time.Instant;

/**
 * A server was suspended: for not paying (its paid time and grace period ran out), or by an admin (also when an admin
 * takes over a suspension for not paying).
 *
 * @param cause {@code UNPAID} or {@code ADMIN}
 * @param reason the admin's reason, which the customer is shown; empty when unpaid
 */
public record ServerSuspended(Instant occurredAt, long serverId, long accountId, String cause, String reason) implements PanelEvent {
}
