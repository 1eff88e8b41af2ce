package io.pteroca.panel.shared;

import java.io.Serializable;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Locale;

/** A share in percent, above 0 and below 100, at most 4 decimals: what a discount voucher takes off. */
public record Percent(BigDecimal value) implements Serializable {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public Percent {
        if (value.signum() <= 0 || value.compareTo(HUNDRED) >= 0 || value.stripTrailingZeros().scale() > Money.LEDGER_SCALE) {
            throw new IllegalArgumentException("not a percent between 0 and 100: " + value);
        }
    }

    public static Percent of(String value) {
        return new Percent(new BigDecimal(value));
    }

    /** What an admin typed, "15" or "12,5": a percent above 0 and below 100, or a {@link Refusal} saying why. */
    public static Percent parse(String typed) {
        BigDecimal value = Money.typedDecimal(typed);
        if (value.compareTo(HUNDRED) >= 0) {
            throw new Refusal("voucher.admin.percent");
        }
        return new Percent(value);
    }

    /** "15%" or "12.5%", as the locale writes percentages. */
    public String format(Locale locale) {
        NumberFormat percent = NumberFormat.getPercentInstance(locale);
        percent.setMaximumFractionDigits(Money.LEDGER_SCALE);
        return percent.format(value.movePointLeft(2));
    }

    @Override
    public String toString() {
        return format(Locale.ENGLISH);
    }
}
