package io.pteroca.plugin.payment;

/** What a provider says about a payment. */
public enum PaymentState {
    PENDING, PAID, FAILED, EXPIRED
}
