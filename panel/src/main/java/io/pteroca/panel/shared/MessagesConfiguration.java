package io.pteroca.panel.shared;

import java.text.NumberFormat;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * The messages in {@code messages*.properties}. An argument that is {@link Money} or a {@link Percent} is written in
 * the message's language, so a refusal, a flash message or an e-mail says "This costs 4.99 USD" in English and
 * "4,99 USD" in Polish without each caller formatting it.
 *
 * <p>A message that counts something is written with ICU's plural syntax, e.g.
 * {@code {0,plural,one{# hour} few{# hours} many{# hours} other{# hours}}}: the language's own rules pick the
 * form, which {@code ChoiceFormat} cannot do ("22 godziny" but "25 godzin" in Polish).
 */
@Configuration(proxyBeanMethods = false)
class MessagesConfiguration {

    @Bean
    MessageSource messageSource() {
        ResourceBundleMessageSource messages = new LocalisingMessageSource();
        messages.setBasename("messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return messages;
    }

    private static final class LocalisingMessageSource extends ResourceBundleMessageSource {

        /** A placeholder with a format of its own, such as {@code {0,number,integer}} or {@code {0,choice,...}}. */
        private static final Pattern TYPED_ARGUMENT = Pattern.compile("\\{\\s*\\d+\\s*,");

        private final Map<PluralKey, com.ibm.icu.text.MessageFormat> pluralFormats = new ConcurrentHashMap<>();
        private final Map<String, Boolean> typedArguments = new ConcurrentHashMap<>();
        private final Map<Locale, NumberFormat> numberFormats = new ConcurrentHashMap<>();

        @Override
        protected String getMessageInternal(String code, Object[] args, Locale locale) {
            if (code == null || args == null || args.length == 0) {
                return super.getMessageInternal(code, args, locale);
            }
            Locale language = locale == null ? getDefaultLocale() : locale;
            String pattern = language == null ? null : resolveCodeWithoutArguments(code, language);
            if (pattern == null) {
                return super.getMessageInternal(code, args, locale);
            }
            if (!pattern.contains(",plural,")) {
                return super.getMessageInternal(code, numbersWritten(pattern, args, language), locale);
            }
            com.ibm.icu.text.MessageFormat format = pluralFormats.computeIfAbsent(new PluralKey(pattern, language),
                    key -> new com.ibm.icu.text.MessageFormat(key.pattern(), key.locale()));
            Object[] resolved = resolveArguments(args, language);
            synchronized (format) {
                return format.format(resolved);
            }
        }

        /**
         * Numbers for plain {@code {0}} placeholders written as {@code MessageFormat} would write them, with one number
         * format per language instead of the new one {@code MessageFormat} makes for each number it writes, which cost
         * about a tenth of a store page. Messages that give a number a format of their own keep the number.
         */
        private Object[] numbersWritten(String pattern, Object[] args, Locale language) {
            if (typedArguments.computeIfAbsent(pattern, p -> TYPED_ARGUMENT.matcher(p).find())) {
                return args;
            }
            Object[] written = args;
            for (int i = 0; i < args.length; i++) {
                if (args[i] instanceof Number number) {
                    if (written == args) {
                        written = args.clone();
                    }
                    NumberFormat format = numberFormats.computeIfAbsent(language, NumberFormat::getInstance);
                    synchronized (format) {
                        written[i] = format.format(number);
                    }
                }
            }
            return written;
        }

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

    private record PluralKey(String pattern, Locale locale) {
    }
}
