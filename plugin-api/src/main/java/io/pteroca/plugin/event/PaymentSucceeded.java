package io.pteroca.plugin.event;

import java.math.BigDecimal;
import java.time.Instant;

/** A top-up was paid and credited to the customer's wallet (raised once per payment, however often the gateway reported it). */
public record PaymentSucceeded(Instant occurredAt, long paymentId, long accountId, String gateway, BigDecimal amount, String currency) implements PanelEvent {
}
