package io.pteroca.plugin.payment;

/**
 * A provider's notification after verification: which checkout ({@code externalId}) is now in which state.
 * {@code verified} false means it must be refused and ignored.
 */
public record Notification(boolean verified, String externalId, PaymentState state) {

    public static Notification rejected() {
        return new Notification(false, null, null);
    }

    /** Authentic, but about nothing that changes a payment. */
    public static Notification ignored() {
        return new Notification(true, null, null);
    }
}
