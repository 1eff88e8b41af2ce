package io.pteroca.panel.web;

import io.pteroca.panel.setting.SiteSettings;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.core.task.TaskExecutor;
import org.springframework.stereotype.Component;

/**
 * The first message with a plural in a language (the store's "3 months") loads ICU's data for that language from the
 * jar, and every view needing the message waits for it: under load on a busy machine that took 9 s and was the store's
 * slowest view. So every language the panel speaks is loaded in the background as the panel starts serving.
 */
@Component
class PluralDataWarmUp {

    private static final Logger log = LoggerFactory.getLogger(PluralDataWarmUp.class);

    /** A message with a plural; any would do, ICU's data is per language. */
    static final String PLURAL_MESSAGE = "catalog.period.HOURS";

    private final MessageSource messages;
    private final TaskExecutor background;

    PluralDataWarmUp(MessageSource messages, @Qualifier("applicationTaskExecutor") TaskExecutor background) {
        this.messages = messages;
        this.background = background;
    }

    @EventListener(ApplicationReadyEvent.class)
    void warmUp() {
        background.execute(() -> {
            try {
                loadEveryLanguage();
            } catch (RuntimeException e) {
                log.warn("Could not load the languages' plural rules ahead; the first view of each loads them", e);
            }
        });
    }

    void loadEveryLanguage() {
        for (String language : SiteSettings.LANGUAGES) {
            messages.getMessage(PLURAL_MESSAGE, new Object[] {2}, Locale.forLanguageTag(language));
        }
    }
}
