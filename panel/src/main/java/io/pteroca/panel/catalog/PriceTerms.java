package io.pteroca.panel.catalog;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * What a price says: kind, period and amount (4 decimals). {@code minSlots}/{@code maxSlots} are set only for
 * per-slot prices; an on-demand price is always per 1 hour.
 */
public record PriceTerms(PriceKind kind, int periodValue, PeriodUnit periodUnit, BigDecimal amount, Integer minSlots,
                         Integer maxSlots) {

    private static final BigDecimal MINUTES_PER_DAY = BigDecimal.valueOf(1440);
    private static final BigDecimal MINUTES_PER_MONTH = BigDecimal.valueOf(43200);

    static PriceTerms onDemandHourly(BigDecimal amount) {
        return new PriceTerms(PriceKind.ON_DEMAND, 1, PeriodUnit.HOURS, amount, null, null);
    }

    /** About what one day costs (per slot for per-slot prices), for comparing options; 2 decimals. */
    public BigDecimal perDay() {
        return amount.multiply(MINUTES_PER_DAY).divide(periodUnit.approximateMinutes(periodValue), 2, RoundingMode.HALF_UP);
    }

    /** About what 30 days cost (per slot for per-slot prices); 2 decimals. */
    public BigDecimal perMonth() {
        return amount.multiply(MINUTES_PER_MONTH).divide(periodUnit.approximateMinutes(periodValue), 2, RoundingMode.HALF_UP);
    }
}
