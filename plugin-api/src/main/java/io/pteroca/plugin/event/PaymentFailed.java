package io.pteroca.plugin.event;

import java.time.Instant;

/** A top-up ended without money: {@code status} is {@code FAILED}, {@code EXPIRED} or {@code CANCELLED}. */
public record PaymentFailed(Instant occurredAt, long paymentId, long accountId, String gateway, String status) implements PanelEvent {
}
