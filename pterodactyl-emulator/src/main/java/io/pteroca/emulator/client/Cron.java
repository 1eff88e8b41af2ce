package io.pteroca.emulator.client;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.BitSet;

/** The five cron fields of a schedule: validation and the next run time (UTC, minute resolution). */
final class Cron {

    private final BitSet minutes;
    private final BitSet hours;
    private final BitSet days;
    private final BitSet months;
    private final BitSet weekdays;

    private Cron(BitSet minutes, BitSet hours, BitSet days, BitSet months, BitSet weekdays) {
        this.minutes = minutes;
        this.hours = hours;
        this.days = days;
        this.months = months;
        this.weekdays = weekdays;
    }

    /** Parses the fields; null when any of them is not a valid cron expression. */
    static Cron parse(String minute, String hour, String dayOfMonth, String month, String dayOfWeek) {
        try {
            BitSet weekdays = field(dayOfWeek, 0, 7);
            if (weekdays.get(7)) {
                weekdays.set(0);
            }
            return new Cron(field(minute, 0, 59), field(hour, 0, 23), field(dayOfMonth, 1, 31), field(month, 1, 12), weekdays);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static BitSet field(String text, int min, int max) {
        BitSet result = new BitSet();
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("empty");
        }
        for (String part : text.trim().split(",")) {
            int step = 1;
            String range = part;
            int slash = part.indexOf('/');
            if (slash >= 0) {
                step = Integer.parseInt(part.substring(slash + 1));
                range = part.substring(0, slash);
                if (step < 1) {
                    throw new IllegalArgumentException("step");
                }
            }
            int from;
            int to;
            if (range.equals("*")) {
                from = min;
                to = max;
            } else if (range.contains("-")) {
                String[] bounds = range.split("-", 2);
                from = Integer.parseInt(bounds[0]);
                to = Integer.parseInt(bounds[1]);
            } else {
                from = Integer.parseInt(range);
                to = slash >= 0 ? max : from;
            }
            if (from < min || to > max || from > to) {
                throw new IllegalArgumentException("range");
            }
            for (int i = from; i <= to; i += step) {
                result.set(i);
            }
        }
        return result;
    }

    /** The first matching minute strictly after the given instant. */
    Instant next(Instant after) {
        ZonedDateTime t = after.atZone(ZoneOffset.UTC).truncatedTo(ChronoUnit.MINUTES).plusMinutes(1);
        ZonedDateTime limit = t.plusYears(5);
        while (t.isBefore(limit)) {
            if (!months.get(t.getMonthValue())) {
                t = t.withDayOfMonth(1).withHour(0).withMinute(0).plusMonths(1);
            } else if (!days.get(t.getDayOfMonth()) || !weekdays.get(t.getDayOfWeek().getValue() % 7)) {
                t = t.withHour(0).withMinute(0).plusDays(1);
            } else if (!hours.get(t.getHour())) {
                t = t.withMinute(0).plusHours(1);
            } else if (!minutes.get(t.getMinute())) {
                t = t.plusMinutes(1);
            } else {
                return t.toInstant();
            }
        }
        return null;
    }
}
