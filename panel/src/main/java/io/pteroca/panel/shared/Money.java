package io.pteroca.panel.shared;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.time.Duration;
import java.util.Currency;
import java.util.Locale;
import java.util.Objects;

/**
 * An amount of money and its currency, the only place the panel does arithmetic on money.
 *
 * <p>Two rules. The ledger's: every amount is kept and computed at 4 decimal places, as the database stores it
 * (DECIMAL(19,4)), so an hourly price of 0.0099 is charged exactly; a result that needs more places is rounded
 * half-even. What people read: amounts at the currency's minor unit (2 decimals for every currency the panel offers),
 * rounded half-even ({@link #format}); a price with the places it needs, so 0.0099 per hour is not shown as 0.01
 * ({@link #formatPrecise}). Money only meets money of the same currency: mixing two is a programming error.
 *
 * <p>Our own type rather than JSR 354 or Joda-Money: those round to the currency's minor unit, while the ledger keeps
 * 4 decimals in every currency.
 */
public final class Money implements Comparable<Money>, Serializable {

    /** Decimal places of every amount the panel stores and computes. */
    public static final int LEDGER_SCALE = 4;
    /** Far above any real wallet or price, far below what DECIMAL(19,4) can hold. */
    private static final BigDecimal LIMIT = new BigDecimal("1000000000");
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final RoundingMode ROUNDING = RoundingMode.HALF_EVEN;

    private final BigDecimal amount;
    private final Currency currency;

    private Money(BigDecimal amount, Currency currency) {
        this.amount = amount.setScale(LEDGER_SCALE, ROUNDING);
        this.currency = Objects.requireNonNull(currency, "currency");
    }

    /**
     * An exact amount, e.g. a stored one. More than 4 decimals is a programming error, never silently rounded: use
     * the arithmetic below to get there.
     */
    public static Money of(BigDecimal amount, Currency currency) {
        return new Money(amount.setScale(LEDGER_SCALE, RoundingMode.UNNECESSARY), currency);
    }

    public static Money of(String amount, Currency currency) {
        return of(new BigDecimal(amount), currency);
    }

    public static Money zero(Currency currency) {
        return new Money(BigDecimal.ZERO, currency);
    }

    /**
     * What a person typed, "12.50" or "12,50": a positive amount of at most 4 decimals below the limit, or a
     * {@link Refusal} that says what is wrong with it.
     */
    public static Money parse(String typed, Currency currency) {
        return new Money(typedDecimal(typed), currency);
    }

    /** A positive number of at most 4 decimals below the limit as a person typed it, or a {@link Refusal}. */
    static BigDecimal typedDecimal(String typed) {
        String plain = typed == null ? "" : typed.strip().replace(',', '.');
        if (!plain.matches("[+-]?\\d{1,20}(\\.\\d{1,20})?")) {
            throw new Refusal("wallet.amount.positive");
        }
        BigDecimal value = new BigDecimal(plain);
        if (value.signum() <= 0) {
            throw new Refusal("wallet.amount.positive");
        }
        if (value.stripTrailingZeros().scale() > LEDGER_SCALE) {
            throw new Refusal("wallet.amount.scale");
        }
        if (value.compareTo(LIMIT) >= 0) {
            throw new Refusal("wallet.amount.tooLarge");
        }
        return value;
    }

    /** This amount if it is above zero and below the limit; otherwise a {@link Refusal} saying which. */
    public Money requirePositive() {
        if (amount.signum() <= 0) {
            throw new Refusal("wallet.amount.positive");
        }
        if (amount.compareTo(LIMIT) >= 0) {
            throw new Refusal("wallet.amount.tooLarge");
        }
        return this;
    }

    public Money plus(Money other) {
        return new Money(amount.add(same(other).amount), currency);
    }

    public Money minus(Money other) {
        return new Money(amount.subtract(same(other).amount), currency);
    }

    public Money negate() {
        return new Money(amount.negate(), currency);
    }

    /** {@code count} times this amount, e.g. a per-slot price for the slots chosen. */
    public Money times(int count) {
        return new Money(amount.multiply(BigDecimal.valueOf(count)), currency);
    }

    /** {@code percent} of this amount, e.g. a voucher's discount (4 decimals, half-even). */
    public Money percent(Percent percent) {
        return new Money(amount.multiply(percent.value()).divide(HUNDRED, LEDGER_SCALE, ROUNDING), currency);
    }

    /** This amount less {@code percent} of it (4 decimals, half-even). */
    public Money lessPercent(Percent percent) {
        return new Money(amount.multiply(HUNDRED.subtract(percent.value())).divide(HUNDRED, LEDGER_SCALE, ROUNDING), currency);
    }

    /**
     * What this amount, paid per {@code period}, comes to over {@code span} (4 decimals, half-even): 0.0099 per hour
     * is 7.1280 per 30 days.
     */
    public Money proRata(Duration period, Duration span) {
        if (period.isZero() || period.isNegative()) {
            throw new IllegalArgumentException("a period must be positive: " + period);
        }
        return new Money(amount.multiply(BigDecimal.valueOf(span.toSeconds()))
                .divide(BigDecimal.valueOf(period.toSeconds()), LEDGER_SCALE, ROUNDING), currency);
    }

    /**
     * {@code percent} of this amount rounded half-even once, straight to the currency's minor unit: the tax of an
     * invoice line (rounding to 4 places first could round a half twice).
     */
    public Money percentInMinorUnits(Percent percent) {
        return new Money(amount.multiply(percent.value()).divide(HUNDRED, minorDigits(), ROUNDING), currency);
    }

    /**
     * The net part of this amount when it includes {@code percent} on top of that net, rounded half-even once to the
     * currency's minor unit: 123.00 including 23% is 100.00 net.
     */
    public Money netOfIncludedInMinorUnits(Percent percent) {
        return new Money(amount.multiply(HUNDRED).divide(HUNDRED.add(percent.value()), minorDigits(), ROUNDING), currency);
    }

    /** This amount at the currency's minor unit, half-even: what a card can be charged, or a figure only shown. */
    public Money roundedToMinorUnit() {
        return new Money(amount.setScale(minorDigits(), ROUNDING), currency);
    }

    /** Whether no digit lies below the currency's minor unit: 12.50 does, 12.505 does not. */
    public boolean inWholeMinorUnits() {
        return amount.compareTo(amount.setScale(minorDigits(), ROUNDING)) == 0;
    }

    /** The amount counted in the currency's minor unit, rounded half-even: 1999 for 19.99 USD (what Stripe is sent). */
    public long minorUnits() {
        return amount.setScale(minorDigits(), ROUNDING).movePointRight(minorDigits()).longValueExact();
    }

    public int signum() {
        return amount.signum();
    }

    public boolean isPositive() {
        return amount.signum() > 0;
    }

    public boolean isZero() {
        return amount.signum() == 0;
    }

    public boolean isLessThan(Money other) {
        return compareTo(other) < 0;
    }

    @Override
    public int compareTo(Money other) {
        return amount.compareTo(same(other).amount);
    }

    /** The ledger value, always 4 decimals: for persistence and for what leaves the panel through a plugin's API. */
    public BigDecimal amount() {
        return amount;
    }

    public Currency currency() {
        return currency;
    }

    /** For people: "4.99 USD" in English, "4,99 USD" in Polish; the currency's minor unit, rounded half-even. */
    public String format(Locale locale) {
        return written(locale, minorDigits(), minorDigits());
    }

    /**
     * For a price: as many places as it needs, at least the minor unit's: "0.0099 USD", "4.99 USD", "0.125 USD".
     */
    public String formatPrecise(Locale locale) {
        return written(locale, minorDigits(), Math.max(minorDigits(), LEDGER_SCALE));
    }

    private String written(Locale locale, int minimumDigits, int maximumDigits) {
        NumberFormat number = NumberFormat.getNumberInstance(locale);
        number.setMinimumFractionDigits(minimumDigits);
        number.setMaximumFractionDigits(maximumDigits);
        number.setRoundingMode(ROUNDING);
        // Rounded before formatting, so a tiny negative amount reads "0.00", not "-0.00".
        return number.format(amount.setScale(maximumDigits, ROUNDING)) + " " + currency.getCurrencyCode();
    }

    private int minorDigits() {
        return Math.max(currency.getDefaultFractionDigits(), 0);
    }

    private Money same(Money other) {
        if (!currency.equals(other.currency)) {
            throw new IllegalArgumentException("cannot mix " + currency + " and " + other.currency);
        }
        return other;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Money money && amount.equals(money.amount) && currency.equals(money.currency);
    }

    @Override
    public int hashCode() {
        return Objects.hash(amount, currency);
    }

    /** As people read it in English, e.g. "6.49 USD": what history lines and audit details quote. */
    @Override
    public String toString() {
        return format(Locale.ENGLISH);
    }
}
