package io.pteroca.plugin.event;

import java.math.BigDecimal;
import java.time.Instant;

/** A customer bought a server: the wallet was charged and the server is about to be set up. */
public record OrderPlaced(Instant occurredAt, long orderId, long accountId, long serverId, long productId, BigDecimal amount, String currency) implements PanelEvent {
}
