package io.pteroca.panel.catalog;

import java.math.BigDecimal;

/** A price a customer can choose; {@code id} identifies it in an order. */
public record PriceOption(long id, PriceTerms terms) {

    public PriceKind kind() {
        return terms.kind();
    }

    public BigDecimal amount() {
        return terms.amount();
    }

    public BigDecimal perDay() {
        return terms.perDay();
    }

    public BigDecimal perMonth() {
        return terms.perMonth();
    }
}
