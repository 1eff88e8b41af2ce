package io.pteroca.panel.shared;

import java.util.Locale;

/**
 * {@code #money} in templates and e-mails: money written in the page's language, e.g.
 * {@code ${#money.format(balance)}} gives "4.99 USD" in English and "4,99 USD" in Polish.
 */
public final class MoneyExpressions {

    private final Locale locale;

    MoneyExpressions(Locale locale) {
        this.locale = locale;
    }

    /** An amount at the currency's minor unit (balances, totals, charges); empty for none. */
    public String format(Money money) {
        return money == null ? "" : money.format(locale);
    }

    /** A price with the places it needs: an hourly 0.0099 stays 0.0099; empty for none. */
    public String price(Money money) {
        return money == null ? "" : money.formatPrecise(locale);
    }

    /** A discount's share, e.g. "15 %"; empty for none. */
    public String percent(Percent percent) {
        return percent == null ? "" : percent.format(locale);
    }
}
