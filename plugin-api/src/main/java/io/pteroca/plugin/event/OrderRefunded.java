package io.pteroca.plugin.event;

import java.math.BigDecimal;
import java.time.Instant;

/** An order's money went back to the customer's wallet (e.g. the server could not be created). */
public record OrderRefunded(Instant occurredAt, long orderId, long accountId, long serverId, BigDecimal amount) implements PanelEvent {
}
