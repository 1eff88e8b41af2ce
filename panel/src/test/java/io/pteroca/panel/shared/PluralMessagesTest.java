package io.pteroca.panel.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.context.MessageSource;

/** Counted things take the form their language's plural rules give, past where ChoiceFormat's ranges could reach. */
class PluralMessagesTest {

    private static final Locale POLISH = Locale.forLanguageTag("pl");
    private static final Locale UKRAINIAN = Locale.forLanguageTag("uk");
    private static final Locale CZECH = Locale.forLanguageTag("cs");
    private static final Locale BRAZILIAN = Locale.forLanguageTag("pt-BR");

    private final MessageSource messages = new MessagesConfiguration().messageSource();

    private String hours(long count, Locale locale) {
        return messages.getMessage("catalog.period.HOURS", new Object[] {count}, locale);
    }

    @Test
    void polishCountsFollowTheLastDigitsNotARange() {
        assertThat(hours(1, POLISH)).isEqualTo("1 godzinę");
        assertThat(hours(3, POLISH)).isEqualTo("3 godziny");
        assertThat(hours(12, POLISH)).isEqualTo("12 godzin");
        assertThat(hours(22, POLISH)).isEqualTo("22 godziny");
        assertThat(hours(25, POLISH)).isEqualTo("25 godzin");
        assertThat(hours(102, POLISH)).isEqualTo("102 godziny");
        assertThat(hours(112, POLISH)).isEqualTo("112 godzin");
    }

    @Test
    void ukrainianTwentyOneIsSingularButElevenIsNot() {
        assertThat(hours(21, UKRAINIAN)).isEqualTo("21 година");
        assertThat(hours(11, UKRAINIAN)).isEqualTo("11 годин");
        assertThat(hours(34, UKRAINIAN)).isEqualTo("34 години");
        assertThat(messages.getMessage("admin.users.hasServers", new Object[] {1}, UKRAINIAN)).startsWith("У цього клієнта ще один сервер.");
    }

    @Test
    void czechFewStopsAtFour() {
        assertThat(hours(4, CZECH)).isEqualTo("4 hodiny");
        assertThat(hours(22, CZECH)).isEqualTo("22 hodin");
        assertThat(messages.getMessage("schedule.taskCount", new Object[] {0}, CZECH)).isEqualTo("žádné úlohy");
    }

    @Test
    void aPeriodOfOneDropsTheNumberWhereTheSentenceSaysEvery() {
        assertThat(messages.getMessage("catalog.every.MONTHS", new Object[] {1}, Locale.ENGLISH)).isEqualTo("month");
        assertThat(messages.getMessage("catalog.every.MONTHS", new Object[] {3}, Locale.ENGLISH)).isEqualTo("3 months");
        assertThat(messages.getMessage("catalog.every.MINUTES", new Object[] {1}, POLISH)).isEqualTo("minutę");
        assertThat(messages.getMessage("catalog.every.MINUTES", new Object[] {5}, POLISH)).isEqualTo("5 minut");
    }

    @Test
    void zeroIsSingularInFrenchAndAServerCountOfOneIsAWord() {
        assertThat(messages.getMessage("subuser.permissionCount", new Object[] {0}, Locale.FRENCH)).isEqualTo("0 permission");
        assertThat(messages.getMessage("admin.users.deleteServers", new Object[] {1}, BRAZILIAN))
                .isEqualTo("Este cliente tem um servidor.");
    }

    @Test
    void otherArgumentsOfACountingMessageAreStillWrittenInTheLanguage() {
        Object[] args = {"Minecraft", 2, Money.of("1.5", java.util.Currency.getInstance("USD"))};
        assertThat(messages.getMessage("mail.onDemand.summary.line", args, POLISH)).isEqualTo("Minecraft: 2 godziny, 1,50 USD");
        assertThat(messages.getMessage("mail.onDemand.summary.line", args, Locale.ENGLISH)).isEqualTo("Minecraft: 2 hours, 1.50 USD");
    }

    @Test
    void plainNumbersAreWrittenAsTheLanguageWritesThemAndTypedOnesKeepTheirFormat() {
        Object[] pages = {1234, 56789L};
        assertThat(messages.getMessage("pager.of", pages, Locale.ENGLISH)).isEqualTo("Page 1,234 of 56,789");
        assertThat(messages.getMessage("pager.of", pages, Locale.GERMAN)).isEqualTo("Seite 1.234 von 56.789");
        assertThat(messages.getMessage("catalog.card.memory", new Object[] {1, 1024}, Locale.ENGLISH)).isEqualTo("1 GB RAM");
        assertThat(messages.getMessage("catalog.card.memory", new Object[] {0, 512}, Locale.ENGLISH)).isEqualTo("512 MB RAM");
        assertThat(messages.getMessage("catalog.product.limitsShort", new Object[] {2048, 10240, 150}, Locale.ENGLISH))
                .isEqualTo("2048 MB RAM · 10240 MB disk · 150 % CPU");
    }
}
