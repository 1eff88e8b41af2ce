package io.pteroca.panel.catalog;

import static io.pteroca.panel.support.TestMoney.USD;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class PriceTermsTest {

    private static PriceTerms every(int count, PeriodUnit unit, String amount) {
        return new PriceTerms(PriceKind.STATIC, count, unit, new BigDecimal(amount), null, null);
    }

    @Test
    void perDayAndPerMonthAreRoundedOnlyForDisplay() {
        assertThat(every(1, PeriodUnit.MONTHS, "9.99").perDay(USD).amount()).isEqualByComparingTo("0.33");
        assertThat(every(1, PeriodUnit.MONTHS, "9.99").perMonth(USD).amount()).isEqualByComparingTo("9.99");
        assertThat(every(7, PeriodUnit.DAYS, "1").perMonth(USD).amount()).isEqualByComparingTo("4.29");
        assertThat(every(3, PeriodUnit.MONTHS, "20").perMonth(USD).amount()).isEqualByComparingTo("6.67");
        assertThat(every(30, PeriodUnit.MINUTES, "0.0100").perDay(USD).amount()).isEqualByComparingTo("0.48");
        assertThat(PriceTerms.onDemandHourly(new BigDecimal("0.0137")).perMonth(USD).amount()).isEqualByComparingTo("9.86");
    }

    @Test
    void monthsAreCalendarMonthsInUtc() {
        Instant january31 = Instant.parse("2026-01-31T10:00:00Z");
        assertThat(PeriodUnit.MONTHS.after(january31, 1)).isEqualTo(Instant.parse("2026-02-28T10:00:00Z"));
        assertThat(PeriodUnit.HOURS.after(january31, 36)).isEqualTo(Instant.parse("2026-02-01T22:00:00Z"));
    }
}
