package io.pteroca.plugin.payment;

import java.math.BigDecimal;

/**
 * What to charge: {@code amount} with at most 4 decimals in {@code currency} (ISO 4217); a gateway rounds it to
 * the currency's minor unit. {@code reference} is the panel's unguessable payment reference.
 */
public record CheckoutRequest(long paymentId, String reference, BigDecimal amount, String currency, String returnUrl,
                              String cancelUrl) {
}
