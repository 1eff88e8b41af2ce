package io.pteroca.panel.catalog;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

/** The unit of a price's period. Months are calendar months (UTC), so a monthly plan renews on the same day. */
public enum PeriodUnit {
    MINUTES(1),
    HOURS(60),
    DAYS(1440),
    MONTHS(43200);

    /** Only for showing "about this much per day": a month counts as 30 days. */
    private final long approximateMinutes;

    PeriodUnit(long approximateMinutes) {
        this.approximateMinutes = approximateMinutes;
    }

    /** {@code count} units, a month counted as 30 days: only for showing "about this much per day". */
    Duration approximately(int count) {
        return Duration.ofMinutes(approximateMinutes * count);
    }

    /** The start of {@code count} units ending at {@code end}. */
    public Instant before(Instant end, int count) {
        return switch (this) {
            case MINUTES -> end.minus(Duration.ofMinutes(count));
            case HOURS -> end.minus(Duration.ofHours(count));
            case DAYS -> end.minus(Duration.ofDays(count));
            case MONTHS -> end.atOffset(ZoneOffset.UTC).minusMonths(count).toInstant();
        };
    }

    /** The end of {@code count} units starting at {@code start}. */
    public Instant after(Instant start, int count) {
        return switch (this) {
            case MINUTES -> start.plus(Duration.ofMinutes(count));
            case HOURS -> start.plus(Duration.ofHours(count));
            case DAYS -> start.plus(Duration.ofDays(count));
            case MONTHS -> start.atOffset(ZoneOffset.UTC).plusMonths(count).toInstant();
        };
    }
}
