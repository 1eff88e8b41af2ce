package io.pteroca.panel.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.pteroca.panel.setting.SiteSettings;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every translation found next to messages.properties is complete and says the same things (same keys, same
 * arguments), nothing is left in English, and every message key a template (the built-in themes' too) names exists.
 */
class MessageBundlesTest {

    private static final Path RESOURCES = Path.of("src/main/resources");
    private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d+)");
    private static final String PLURAL_SELECTOR = "(?:zero|one|two|few|many|other|=\\d+)\\s*\\{";

    /** Names, codes and units: the same in every language. */
    private static final Set<String> NAMES_AND_CODES = Set.of(
            "pterodactyl", "pteroca", "stripe", "paypal", "discord", "google", "recaptcha", "cloudflare", "turnstile",
            "captcha", "sftp", "smtp", "starttls", "tls", "cpu", "ram", "mb", "gb", "mib", "iban", "bic", "swift", "url",
            "demo", "egg", "nest", "nodes", "usd", "eur", "gbp", "pln", "cad", "aud", "chf", "czk", "dkk", "nok", "sek",
            "brl", "inr");

    /**
     * Words at least one of our languages spells exactly as English does and uses in this sense (German Status, French
     * Description, Spanish Error, Dutch Servers, Italian Password). A value identical to the English one passes only
     * if every word of it is a name, a code or one of these.
     */
    private static final Set<String> SPELT_AS_IN_ENGLISH = Set.of(
            "account", "action", "active", "addon", "admin", "administrator", "area", "backups", "code", "console", "dashboard",
            "databases", "description", "detail", "details", "disk", "docker", "e-mail", "e-mails", "error", "favicon",
            "general", "host", "image", "inactive", "introduction", "logo", "maintenance", "max", "menu", "min", "minute",
            "minutes", "name", "note", "notes", "offline", "optional", "pages", "panel", "passkey", "passkeys", "password", "per",
            "permissions", "permission", "placement", "plan", "plugin", "plugins", "port", "problem", "product", "role", "server",
            "servers", "site", "slot", "slots", "software", "source", "status", "strict", "support", "swap", "text", "total",
            "type", "upload", "uptime", "variable", "variables", "version", "voucher", "vouchers", "widgets",
            "webhook", "webhooks");

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(RESOURCES.resolve(name))) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    private static List<String> translations() throws IOException {
        try (Stream<Path> files = Files.list(RESOURCES)) {
            return files.map(file -> file.getFileName().toString())
                    .filter(name -> name.matches("messages_[A-Za-z_]+\\.properties")).sorted().toList();
        }
    }

    private static List<String> bundles() throws IOException {
        return Stream.concat(Stream.of("messages.properties"), translations().stream()).toList();
    }

    @Test
    void everyLanguageOfTheMenuThatHasATranslationIsFoundAndEveryTranslationIsInTheMenu() throws IOException {
        assertThat(translations()).isNotEmpty().allSatisfy(bundle -> assertThat(SiteSettings.LANGUAGES)
                .contains(bundle.substring("messages_".length(), bundle.length() - ".properties".length()).replace('_', '-')));
    }

    @Test
    void everyTranslationHasExactlyTheEnglishKeys() throws IOException {
        Set<String> english = load("messages.properties").stringPropertyNames();
        java.util.Map<String, Set<String>> wrongKeys = new java.util.TreeMap<>();
        for (String bundle : translations()) {
            Set<String> keys = load(bundle).stringPropertyNames();
            Set<String> wrong = new TreeSet<>();
            english.stream().filter(key -> !keys.contains(key)).forEach(key -> wrong.add("missing " + key));
            keys.stream().filter(key -> !english.contains(key)).forEach(key -> wrong.add("not in English " + key));
            if (!wrong.isEmpty()) {
                wrongKeys.put(bundle, wrong);
            }
        }
        assertThat(wrongKeys).as("every bundle at once, so one run lists all the work").isEmpty();
    }

    /** A translation that loses {1} shows the wrong number; one that invents {2} shows "{2}". */
    @Test
    void everyTranslationUsesTheSameArgumentsAsEnglish() throws IOException {
        Properties english = load("messages.properties");
        for (String bundle : translations()) {
            Properties translated = load(bundle);
            assertThat(english.stringPropertyNames().stream().filter(translated::containsKey)
                    .filter(key -> !arguments(english.getProperty(key)).equals(arguments(translated.getProperty(key))))
                    .sorted().toList()).as(bundle).isEmpty();
        }
    }

    private static Set<String> arguments(String text) {
        Set<String> found = new TreeSet<>();
        Matcher matcher = ARGUMENT.matcher(text);
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found;
    }

    /** A value identical to English is a forgotten translation unless it is only names and codes. */
    @Test
    void nothingIsLeftInEnglish() throws IOException {
        Properties english = load("messages.properties");
        Set<String> languageNames = new HashSet<>();
        SiteSettings.LANGUAGES.forEach(tag -> languageNames.add(english.getProperty("option." + tag)));
        for (String bundle : translations()) {
            Properties translated = load(bundle);
            assertThat(english.stringPropertyNames().stream().filter(key -> {
                String text = english.getProperty(key);
                return text.equals(translated.getProperty(key)) && !languageNames.contains(text) && !onlyNamesAndCodes(text);
            }).sorted().toList()).as(bundle).isEmpty();
        }
    }

    private static boolean onlyNamesAndCodes(String text) {
        String words = text.replaceAll(PLURAL_SELECTOR + "|\\{\\d+[^{}]*}?|[{}#]", " ").replaceAll("[^\\p{L}-]+", " ").strip();
        return words.isEmpty() || Arrays.stream(words.toLowerCase(java.util.Locale.ROOT).split("\\s+"))
                .allMatch(word -> word.length() < 3 || NAMES_AND_CODES.contains(word) || SPELT_AS_IN_ENGLISH.contains(word));
    }

    /**
     * A counting message names every plural form its language's rules pick for a whole number (Polish and Ukrainian
     * need one, few and many; Czech one, few and other), else a count would silently fall back to another form.
     */
    @Test
    void everyCountingMessageHasEveryFormItsLanguageNeeds() throws IOException {
        for (String bundle : bundles()) {
            String tag = bundle.equals("messages.properties") ? "en"
                    : bundle.substring("messages_".length(), bundle.length() - ".properties".length()).replace('_', '-');
            java.util.Locale locale = java.util.Locale.forLanguageTag(tag);
            com.ibm.icu.text.PluralRules rules = com.ibm.icu.text.PluralRules.forLocale(locale);
            Properties messages = load(bundle);
            List<String> lacking = messages.stringPropertyNames().stream().sorted().filter(key -> {
                String text = messages.getProperty(key);
                if (!text.contains(",plural,")) {
                    return false;
                }
                new com.ibm.icu.text.MessageFormat(text, locale).format(new Object[] {1, 2, 3});
                Set<String> forms = new HashSet<>();
                Matcher form = Pattern.compile(PLURAL_SELECTOR).matcher(text);
                while (form.find()) {
                    forms.add(form.group().replaceAll("[\\s{]", ""));
                }
                return !forms.contains("other") || java.util.stream.IntStream.rangeClosed(0, 200)
                        .anyMatch(n -> !forms.contains(rules.select(n)) && !forms.contains("=" + n));
            }).toList();
            assertThat(lacking).as(bundle).isEmpty();
        }
    }

    /** A key written twice silently keeps its last text, so one of the two places shows the other's words. */
    @Test
    void noKeyIsWrittenTwice() throws IOException {
        for (String bundle : bundles()) {
            Set<String> seen = new HashSet<>();
            Set<String> twice = new TreeSet<>();
            for (String line : Files.readAllLines(RESOURCES.resolve(bundle))) {
                Matcher key = Pattern.compile("^([^#!\\s][^=:\\s]*)\\s*[=:]").matcher(line);
                if (key.find() && !seen.add(key.group(1))) {
                    twice.add(key.group(1));
                }
            }
            assertThat(twice).as(bundle).isEmpty();
        }
    }

    /**
     * Only messages with arguments go through MessageFormat, where an apostrophe is written twice (a single one
     * would swallow the text up to the next); in the others a doubled apostrophe would show as two.
     */
    @Test
    void apostrophesAreDoubledExactlyInMessagesWithArguments() throws IOException {
        for (String bundle : bundles()) {
            Properties messages = load(bundle);
            assertThat(messages.stringPropertyNames().stream().filter(key -> {
                String text = messages.getProperty(key);
                boolean withArguments = text.matches("(?s).*\\{\\d.*");
                return withArguments ? text.matches("(?s).*(?<!')'(?!').*") : text.contains("''");
            }).sorted().toList()).as(bundle).isEmpty();
        }
    }

    @Test
    void everyKeyNamedInATemplateExists() throws IOException {
        Set<String> keys = load("messages.properties").stringPropertyNames();
        Pattern literalKey = Pattern.compile("#\\{([a-zA-Z][a-zA-Z0-9_.]+)[}(]");
        Set<String> missing = new TreeSet<>();
        // The themes that come with the panel use the panel's messages too.
        try (Stream<Path> files = Stream.concat(Files.walk(RESOURCES.resolve("templates")),
                Files.walk(RESOURCES.resolve("themes")))) {
            for (Path file : files.filter(Files::isRegularFile).filter(f -> f.toString().endsWith(".html")
                    || f.toString().endsWith(".txt")).toList()) {
                Matcher matcher = literalKey.matcher(Files.readString(file));
                while (matcher.find()) {
                    if (!keys.contains(matcher.group(1))) {
                        missing.add(matcher.group(1) + " in " + file.getFileName());
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }
}
