package io.pteroca.plugin.event;

import java.math.BigDecimal;
import java.time.Instant;

/** A server's term was extended by a paid renewal (by the customer or by auto-renew). */
public record ServerRenewed(Instant occurredAt, long serverId, long accountId, BigDecimal amount, Instant paidUntil, boolean automatic) implements PanelEvent {
}
