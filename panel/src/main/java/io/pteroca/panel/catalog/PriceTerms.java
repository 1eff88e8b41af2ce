package io.pteroca.panel.catalog;

import io.pteroca.panel.shared.Money;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.Currency;

/**
 * What a price says: kind, period and amount (4 decimals, in the installation's currency). {@code minSlots}/
 * {@code maxSlots} are set only for per-slot prices; an on-demand price is always per 1 hour. {@code oncePerCustomer}:
 * a free price each customer (and Pterodactyl user) may order only once; trials always are.
 */
public record PriceTerms(PriceKind kind, int periodValue, PeriodUnit periodUnit, BigDecimal amount, Integer minSlots,
                         Integer maxSlots, boolean oncePerCustomer) {

    public PriceTerms(PriceKind kind, int periodValue, PeriodUnit periodUnit, BigDecimal amount, Integer minSlots,
                      Integer maxSlots) {
        this(kind, periodValue, periodUnit, amount, minSlots, maxSlots, false);
    }

    private static final Duration DAY = Duration.ofDays(1);
    private static final Duration THIRTY_DAYS = Duration.ofDays(30);

    static PriceTerms onDemandHourly(BigDecimal amount) {
        return new PriceTerms(PriceKind.ON_DEMAND, 1, PeriodUnit.HOURS, amount, null, null);
    }

    /** Nothing to pay: a free price or a trial. */
    public boolean free() {
        return amount.signum() == 0;
    }

    public boolean trial() {
        return kind == PriceKind.TRIAL;
    }

    /** Each customer may order it once: every trial, and free prices the admin limited so. */
    public boolean limitedToOnce() {
        return trial() || (oncePerCustomer && free());
    }

    /** The price of one period (per slot for per-slot prices). */
    public Money price(Currency currency) {
        return Money.of(amount, currency);
    }

    /** What one period costs: the price, times the slots for per-slot prices. */
    public Money periodAmount(Integer slots, Currency currency) {
        return slots == null ? price(currency) : price(currency).times(slots);
    }

    /** About what one day costs (per slot for per-slot prices), for comparing options; rounded, as it is only shown. */
    public Money perDay(Currency currency) {
        return about(price(currency), DAY);
    }

    /** About what 30 days cost (per slot for per-slot prices); rounded, as it is only shown. */
    public Money perMonth(Currency currency) {
        return about(price(currency), THIRTY_DAYS);
    }

    /** About what {@code periodAmount}, paid each period of this price, comes to over 30 days; rounded to be shown. */
    public Money perMonthOf(Money periodAmount) {
        return about(periodAmount, THIRTY_DAYS);
    }

    /**
     * What is left, at {@code now}, of {@code periodAmount} paid for the period that ends at {@code end} (the real
     * length of that period, calendar months included; 4 decimals, not rounded).
     */
    public Money unusedShare(Money periodAmount, java.time.Instant now, java.time.Instant end) {
        Duration period = Duration.between(periodUnit.before(end, periodValue), end);
        return periodAmount.proRata(period, Duration.between(now, end));
    }

    private Money about(Money periodAmount, Duration span) {
        return periodAmount.proRata(periodUnit.approximately(periodValue), span).roundedToMinorUnit();
    }
}
