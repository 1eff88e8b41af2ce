package io.pteroca.panel.support;

import io.pteroca.panel.shared.Money;
import java.util.Currency;

/** Amounts in the currency tests run the panel with (the default, USD). */
public final class TestMoney {

    public static final Currency USD = Currency.getInstance("USD");

    private TestMoney() {
    }

    public static Money usd(String amount) {
        return Money.of(amount, USD);
    }
}
