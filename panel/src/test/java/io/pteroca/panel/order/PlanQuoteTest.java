package io.pteroca.panel.order;

import static io.pteroca.panel.support.TestMoney.usd;
import static org.assertj.core.api.Assertions.assertThat;

import io.pteroca.panel.catalog.PeriodUnit;
import io.pteroca.panel.catalog.PriceKind;
import io.pteroca.panel.catalog.PriceTerms;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Proration: the rest of the real period at the new price less the old, to the second, 4 decimals half-even. */
class PlanQuoteTest {

    private static final PriceTerms MONTHLY = new PriceTerms(PriceKind.STATIC, 1, PeriodUnit.MONTHS, new BigDecimal("5"), null,
            null);
    /** January has 31 days: the period that ends on 1 February. */
    private static final Instant PAID_UNTIL = Instant.parse("2026-02-01T00:00:00Z");

    @Test
    void halfOfAThirtyOneDayMonthCostsHalfTheDifference() {
        Instant now = Instant.parse("2026-01-16T12:00:00Z");
        assertThat(PlanQuote.prorated(MONTHLY, usd("5"), usd("8"), now, PAID_UNTIL)).isEqualTo(usd("1.5000"));
        assertThat(PlanQuote.prorated(MONTHLY, usd("8"), usd("5"), now, PAID_UNTIL)).as("a downgrade is worth as much back")
                .isEqualTo(usd("-1.5000"));
        assertThat(PlanQuote.remaining(MONTHLY, now, PAID_UNTIL)).isEqualTo(Duration.ofHours(372));
    }

    @Test
    void theLastMinuteCostsItsShareRoundedHalfEvenToFourDecimals() {
        Instant now = PAID_UNTIL.minusSeconds(60);
        // 3.00 × 60 / 2,678,400 s = 0.0000672…
        assertThat(PlanQuote.prorated(MONTHLY, usd("5"), usd("8"), now, PAID_UNTIL)).isEqualTo(usd("0.0001"));
        // 0.30 × 60 / 2,678,400 s = 0.0000067…: too little to charge
        assertThat(PlanQuote.prorated(MONTHLY, usd("5"), usd("5.30"), now, PAID_UNTIL)).isEqualTo(usd("0.0000"));
    }

    @Test
    void nothingIsLeftAtOrAfterThePaidUntil() {
        assertThat(PlanQuote.prorated(MONTHLY, usd("5"), usd("8"), PAID_UNTIL, PAID_UNTIL)).isEqualTo(usd("0"));
        assertThat(PlanQuote.prorated(MONTHLY, usd("5"), usd("8"), PAID_UNTIL.plusSeconds(1), PAID_UNTIL)).isEqualTo(usd("0"));
        assertThat(PlanQuote.remaining(MONTHLY, PAID_UNTIL.plusSeconds(1), PAID_UNTIL)).isZero();
    }

    @Test
    void timeAnAdminAddedBeyondOnePeriodCountsAsOnePeriod() {
        Instant now = Instant.parse("2025-12-01T00:00:00Z");
        assertThat(PlanQuote.prorated(MONTHLY, usd("5"), usd("8"), now, PAID_UNTIL)).isEqualTo(usd("3.0000"));
    }

    /** An admin's upgrade path may lead to a product of another category at the same price: nothing moves. */
    @Test
    void aMoveToAProductOfTheSamePriceIsNeitherAnUpgradeNorADowngradeAndCostsNothing() {
        Instant now = Instant.parse("2026-01-10T08:00:00Z");
        assertThat(PlanQuote.prorated(MONTHLY, usd("5"), usd("5"), now, PAID_UNTIL)).isEqualTo(usd("0.0000"));
        PlanQuote quote = new PlanQuote(1, 2, "Small", "Premium", usd("5"), usd("5"), MONTHLY, PAID_UNTIL,
                PlanQuote.remaining(MONTHLY, now, PAID_UNTIL), usd("0"), usd("0"));
        assertThat(quote.upgrade()).isFalse();
        assertThat(quote.downgrade()).isFalse();
    }

    /** February 2026 has 28 days: a week before its end is a quarter of the period. */
    @Test
    void aShortMonthProratesByItsOwnLength() {
        Instant paidUntil = Instant.parse("2026-03-01T00:00:00Z");
        Instant now = Instant.parse("2026-02-22T00:00:00Z");
        assertThat(PlanQuote.prorated(MONTHLY, usd("5"), usd("9"), now, paidUntil)).isEqualTo(usd("1.0000"));
        assertThat(PlanQuote.prorated(MONTHLY, usd("9"), usd("5"), now, paidUntil)).isEqualTo(usd("-1.0000"));
    }
}
