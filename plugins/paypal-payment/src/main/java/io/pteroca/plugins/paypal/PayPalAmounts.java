package io.pteroca.plugins.paypal;

import java.math.BigDecimal;
import java.util.Set;

/**
 * How PayPal wants an amount written: a decimal string with two places, except for the currencies PayPal takes only
 * in whole units (HUF, JPY, TWD: a decimal amount is an error there, whatever ISO 4217 says of them). An amount that
 * does not fit is refused rather than rounded: the customer would pay something other than what the wallet gets.
 */
final class PayPalAmounts {

    /** The currencies PayPal takes payments in (its REST API currency codes). */
    static final Set<String> CURRENCIES = Set.of("AUD", "BRL", "CAD", "CNY", "CZK", "DKK", "EUR", "HKD", "HUF", "ILS", "JPY",
            "MYR", "MXN", "TWD", "NZD", "NOK", "PHP", "PLN", "GBP", "SGD", "SEK", "CHF", "THB", "USD");
    private static final Set<String> WHOLE_UNITS_ONLY = Set.of("HUF", "JPY", "TWD");

    private PayPalAmounts() {
    }

    /** {@code 12.5} USD is {@code "12.50"}, {@code 1500} JPY is {@code "1500"}; null when PayPal cannot take it exactly. */
    static String value(BigDecimal amount, String currency) {
        if (amount == null || amount.signum() <= 0 || !CURRENCIES.contains(currency)) {
            return null;
        }
        int places = WHOLE_UNITS_ONLY.contains(currency) ? 0 : 2;
        BigDecimal stripped = amount.stripTrailingZeros();
        if (stripped.scale() > places) {
            return null;
        }
        return amount.setScale(places).toPlainString();
    }
}
