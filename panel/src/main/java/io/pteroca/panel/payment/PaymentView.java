package io.pteroca.panel.payment;

import io.pteroca.panel.shared.Money;
import java.time.Instant;

/** A payment as pages and other features see it. */
public record PaymentView(Long id, Long userId, String gateway, String reference, Money amount, Money chargedAmount,
                          String voucherCode, PaymentStatus status, Instant createdAt, Instant settledAt, String settledBy, String checkoutUrl) {

    public boolean discounted() {
        return chargedAmount.compareTo(amount) != 0;
    }

    public boolean pending() {
        return status == PaymentStatus.PENDING;
    }
}
