package io.pteroca.plugin.payment;

/**
 * A started checkout: the provider's id for it, and where to send the customer ({@code null} when the customer
 * stays in the panel, e.g. to read bank transfer instructions).
 */
public record CheckoutStart(String externalId, String redirectUrl) {
}
