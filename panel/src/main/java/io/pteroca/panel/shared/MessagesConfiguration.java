package io.pteroca.panel.shared;

import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * The messages in {@code messages*.properties}. An argument that is {@link Money} or a {@link Percent} is written in
 * the message's language, so a refusal, a flash message or an e-mail says "This costs 4.99 USD" in English and
 * "4,99 USD" in Polish without each caller formatting it.
 */
@Configuration(proxyBeanMethods = false)
class MessagesConfiguration {

    @Bean
    MessageSource messageSource() {
        ResourceBundleMessageSource messages = new MoneyWritingMessageSource();
        messages.setBasename("messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return messages;
    }

    private static final class MoneyWritingMessageSource extends ResourceBundleMessageSource {

        @Override
        protected Object[] resolveArguments(Object[] args, Locale locale) {
            Object[] resolved = super.resolveArguments(args, locale).clone();
            for (int i = 0; i < resolved.length; i++) {
                if (resolved[i] instanceof Money money) {
                    resolved[i] = money.format(locale);
                } else if (resolved[i] instanceof Percent percent) {
                    resolved[i] = percent.format(locale);
                }
            }
            return resolved;
        }
    }
}
