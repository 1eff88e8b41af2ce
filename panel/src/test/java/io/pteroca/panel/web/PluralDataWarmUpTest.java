package io.pteroca.panel.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.pteroca.panel.setting.SiteSettings;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;

class PluralDataWarmUpTest {

    @Test
    void everyLanguageIsLoadedInTheBackgroundAfterTheStart() {
        List<Locale> asked = new ArrayList<>();
        List<Runnable> background = new ArrayList<>();
        StaticMessageSource messages = new StaticMessageSource() {
            @Override
            protected String getMessageInternal(String code, Object[] args, Locale locale) {
                asked.add(locale);
                return code;
            }
        };
        PluralDataWarmUp warmUp = new PluralDataWarmUp(messages, background::add);

        warmUp.warmUp();
        assertThat(asked).as("not in the thread that starts the panel").isEmpty();
        background.remove(0).run();

        assertThat(asked).map(Locale::toLanguageTag).containsExactlyElementsOf(SiteSettings.LANGUAGES);
    }

    @Test
    void theMessageItFormatsHasAPlural() throws Exception {
        Properties english = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/messages.properties")) {
            english.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        assertThat(english.getProperty(PluralDataWarmUp.PLURAL_MESSAGE)).contains(",plural,");
    }
}
