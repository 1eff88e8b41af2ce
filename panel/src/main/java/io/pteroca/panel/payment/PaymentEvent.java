package io.pteroca.panel.payment;

import io.pteroca.panel.shared.Money;

/**
 * A top-up started ({@code PENDING}), was paid ({@code PAID}, once per payment) or ended without money. Published
 * inside the transaction that recorded it.
 *
 * @param charged   what the customer paid (less than {@code amount} after a discount voucher)
 * @param reference the payment's reference, as the customer sees it
 */
public record PaymentEvent(long paymentId, long accountId, String gateway, Money amount, PaymentStatus status,
                           Money charged, String reference) {
}
