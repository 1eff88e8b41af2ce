package io.pteroca.panel.payment;

import java.math.BigDecimal;

/**
 * A top-up started ({@code PENDING}), was paid ({@code PAID}, once per payment) or ended without money. Published
 * inside the transaction that recorded it.
 */
public record PaymentEvent(long paymentId, long accountId, String gateway, BigDecimal amount, String currency,
                           PaymentStatus status) {
}
