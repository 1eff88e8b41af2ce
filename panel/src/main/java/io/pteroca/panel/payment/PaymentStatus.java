package io.pteroca.panel.payment;

/** Where a top-up stands. Only PENDING may still change; PAID is the one that credits the wallet. */
public enum PaymentStatus {
    PENDING, PAID, FAILED, EXPIRED, CANCELLED
}
