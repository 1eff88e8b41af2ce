package io.pteroca.panel.catalog;

import io.pteroca.panel.shared.Money;
import java.util.Currency;

/** A price a customer can choose; {@code id} identifies it in an order. */
public record PriceOption(long id, PriceTerms terms, Currency currency) {

    public PriceKind kind() {
        return terms.kind();
    }

    /** The price of one period (per slot for per-slot prices). */
    public Money amount() {
        return terms.price(currency);
    }

    public Money perDay() {
        return terms.perDay(currency);
    }

    public Money perMonth() {
        return terms.perMonth(currency);
    }
}
