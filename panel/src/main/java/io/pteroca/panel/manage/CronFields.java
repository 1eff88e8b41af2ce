package io.pteroca.panel.manage;

import io.pteroca.panel.shared.Refusal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The five cron fields of a schedule, checked as Pterodactyl reads them: {@code *}, a number, a range {@code a-b},
 * a step {@code /n} after any of those, and comma lists. Day of week is 0-7 (0 and 7 are Sunday).
 */
record CronFields(String minute, String hour, String dayOfMonth, String month, String dayOfWeek) {

    private static final Pattern PART = Pattern.compile("(\\*|(\\d{1,2})(?:-(\\d{1,2}))?)(?:/(\\d{1,2}))?");
    private static final int MAX_LENGTH = 64;

    /** The stripped fields, or the refusal naming the first field that is not valid. */
    static CronFields checked(String minute, String hour, String dayOfMonth, String month, String dayOfWeek) {
        CronFields fields = new CronFields(strip(minute), strip(hour), strip(dayOfMonth), strip(month), strip(dayOfWeek));
        require(fields.minute, 0, 59, "schedule.invalid.minute");
        require(fields.hour, 0, 23, "schedule.invalid.hour");
        require(fields.dayOfMonth, 1, 31, "schedule.invalid.dayOfMonth");
        require(fields.month, 1, 12, "schedule.invalid.month");
        require(fields.dayOfWeek, 0, 7, "schedule.invalid.dayOfWeek");
        return fields;
    }

    private static String strip(String field) {
        return field == null ? "" : field.strip();
    }

    private static void require(String field, int min, int max, String messageKey) {
        if (!valid(field, min, max)) {
            throw Refusal.onField("schedule", messageKey);
        }
    }

    static boolean valid(String field, int min, int max) {
        if (field.isEmpty() || field.length() > MAX_LENGTH || field.startsWith(",") || field.endsWith(",")) {
            return false;
        }
        for (String part : field.split(",")) {
            Matcher m = PART.matcher(part);
            if (!m.matches()) {
                return false;
            }
            if (m.group(4) != null && Integer.parseInt(m.group(4)) < 1) {
                return false;
            }
            if (m.group(2) != null) {
                int from = Integer.parseInt(m.group(2));
                int to = m.group(3) == null ? from : Integer.parseInt(m.group(3));
                if (from < min || to > max || from > to) {
                    return false;
                }
            }
        }
        return true;
    }

    /** As one line, the way crontab shows it. */
    @Override
    public String toString() {
        return String.join(" ", minute, hour, dayOfMonth, month, dayOfWeek);
    }
}
