package io.pteroca.plugin.event;

import java.math.BigDecimal;
import java.time.Instant;

/** A customer started a top-up through a gateway; no money has moved yet. */
public record PaymentStarted(Instant occurredAt, long paymentId, long accountId, String gateway, BigDecimal amount, String currency) implements PanelEvent {
}
