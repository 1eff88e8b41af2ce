package io.pteroca.panel.manage;

import java.time.DayOfWeek;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * A schedule's cron fields in words: the common shapes ("every 15 minutes", "at 04:00 every day", weekdays, a day
 * of the month) get a sentence, anything else each field spelled out with day and month names.
 */
@Component
class CronText {

    private static final Pattern NUMBER = Pattern.compile("\\d{1,2}");
    private static final Pattern EVERY_N = Pattern.compile("\\*/(\\d{1,2})");
    private static final Pattern DIGITS = Pattern.compile("\\d+");

    private final MessageSource messages;

    CronText(MessageSource messages) {
        this.messages = messages;
    }

    String describe(CronFields cron, Locale locale) {
        boolean anyDay = "*".equals(cron.dayOfMonth()) && "*".equals(cron.month()) && "*".equals(cron.dayOfWeek());
        if (anyDay && "*".equals(cron.hour())) {
            if ("*".equals(cron.minute())) {
                return text(locale, "schedule.cron.everyMinute");
            }
            Matcher step = EVERY_N.matcher(cron.minute());
            if (step.matches()) {
                return text(locale, "schedule.cron.everyMinutes", step.group(1));
            }
            if (number(cron.minute())) {
                return text(locale, "schedule.cron.hourlyAt", cron.minute());
            }
        }
        Matcher hourStep = EVERY_N.matcher(cron.hour());
        if (anyDay && number(cron.minute()) && hourStep.matches()) {
            return text(locale, "schedule.cron.everyHoursAt", hourStep.group(1), cron.minute());
        }
        if (number(cron.minute()) && number(cron.hour()) && "*".equals(cron.month())) {
            String time = String.format(Locale.ROOT, "%02d:%02d", Integer.parseInt(cron.hour()), Integer.parseInt(cron.minute()));
            if (anyDay) {
                return text(locale, "schedule.cron.dailyAt", time);
            }
            if ("*".equals(cron.dayOfMonth()) && !cron.dayOfWeek().contains("/")) {
                return text(locale, "schedule.cron.weeklyAt", time, names(cron.dayOfWeek(), locale, day -> dayName(day, locale)));
            }
            if (number(cron.dayOfMonth()) && "*".equals(cron.dayOfWeek())) {
                return text(locale, "schedule.cron.monthlyAt", time, cron.dayOfMonth());
            }
        }
        return text(locale, "schedule.cron.fields", field(cron.minute(), locale), field(cron.hour(), locale),
                field(cron.dayOfMonth(), locale),
                names(cron.month(), locale, m -> monthName(m, locale)), names(cron.dayOfWeek(), locale, d -> dayName(d, locale)));
    }

    private String field(String value, Locale locale) {
        return "*".equals(value) ? text(locale, "schedule.cron.any") : value.replace(",", ", ");
    }

    /** Numbers replaced by names ("1-5" becomes "Monday-Friday"); {@code *} stays "any". */
    private String names(String value, Locale locale, IntFunction<String> name) {
        if ("*".equals(value) || value.contains("/")) {
            return field(value, locale);
        }
        return DIGITS.matcher(value).replaceAll(m -> Matcher.quoteReplacement(name.apply(Integer.parseInt(m.group()))))
                .replace(",", ", ");
    }

    private static String dayName(int day, Locale locale) {
        return DayOfWeek.of(day == 0 ? 7 : day).getDisplayName(TextStyle.FULL, locale);
    }

    private static String monthName(int month, Locale locale) {
        return Month.of(month).getDisplayName(TextStyle.FULL, locale);
    }

    private static boolean number(String value) {
        return NUMBER.matcher(value).matches();
    }

    /** A message of the schedule tab in the reader's language. */
    String message(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }

    private String text(Locale locale, String key, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}
