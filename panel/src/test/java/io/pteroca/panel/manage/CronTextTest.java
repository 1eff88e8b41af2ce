package io.pteroca.panel.manage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pteroca.panel.shared.Refusal;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

/** Cron fields are checked as Pterodactyl reads them and described in words. */
class CronTextTest {

    private final CronText text = new CronText(messages());

    private static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasename("messages");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        return source;
    }

    private String describe(String minute, String hour, String dayOfMonth, String month, String dayOfWeek) {
        return text.describe(CronFields.checked(minute, hour, dayOfMonth, month, dayOfWeek), Locale.ENGLISH);
    }

    @Test
    void commonShapesReadAsSentences() {
        assertThat(describe("*", "*", "*", "*", "*")).isEqualTo("every minute");
        assertThat(describe("*/15", "*", "*", "*", "*")).isEqualTo("every 15 minutes");
        assertThat(describe("5", "*", "*", "*", "*")).isEqualTo("every hour at minute 5");
        assertThat(describe("0", "*/6", "*", "*", "*")).isEqualTo("every 6 hours at minute 0");
        assertThat(describe("0", "4", "*", "*", "*")).isEqualTo("at 04:00 every day");
        assertThat(describe(" 30 ", "22", "*", "*", "0,6")).isEqualTo("at 22:30 on Sunday, Saturday");
        assertThat(describe("0", "3", "1", "*", "*")).isEqualTo("at 03:00 on day 1 of the month");
        assertThat(describe("0,30", "9-17", "*", "1-3", "7"))
                .isEqualTo("minute 0, 30, hour 9-17, day of month any, month January-March, day of week Sunday");
        assertThat(describe("0", "4", "*/2", "*", "*/2"))
                .isEqualTo("minute 0, hour 4, day of month */2, month any, day of week */2");
        assertThat(text.describe(CronFields.checked("0", "4", "*", "*", "*"), Locale.forLanguageTag("pl")))
                .isEqualTo("codziennie o 04:00");
    }

    @Test
    void fieldsOutOfRangeOrMalformedAreRefusedNamingTheField() {
        assertThatThrownBy(() -> CronFields.checked("60", "*", "*", "*", "*")).hasMessage("schedule.invalid.minute");
        assertThatThrownBy(() -> CronFields.checked("*", "24", "*", "*", "*")).hasMessage("schedule.invalid.hour");
        assertThatThrownBy(() -> CronFields.checked("*", "*", "0", "*", "*")).hasMessage("schedule.invalid.dayOfMonth");
        assertThatThrownBy(() -> CronFields.checked("*", "*", "*", "5-2", "*")).hasMessage("schedule.invalid.month");
        assertThatThrownBy(() -> CronFields.checked("*", "*", "*", "*", "MON")).hasMessage("schedule.invalid.dayOfWeek");
        for (String bad : new String[] {"", "*/0", "1,", ",1", "1--2", "*/", "a", "1 2", "1-", "999"}) {
            assertThatThrownBy(() -> CronFields.checked(bad, "*", "*", "*", "*")).as(bad).isInstanceOf(Refusal.class);
        }
        assertThat(CronFields.checked("5/10", "1-5/2", "1,15", "*/3", "0-7").toString()).isEqualTo("5/10 1-5/2 1,15 */3 0-7");
    }
}
