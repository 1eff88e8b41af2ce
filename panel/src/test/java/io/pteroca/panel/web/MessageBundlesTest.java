package io.pteroca.panel.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** English and Polish are complete, and every message key a template (the built-in themes' too) names exists. */
class MessageBundlesTest {

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessageBundlesTest.class.getResourceAsStream("/" + name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    @Test
    void polishHasEveryEnglishKey() throws IOException {
        assertThat(load("messages_pl.properties").stringPropertyNames())
                .containsExactlyInAnyOrderElementsOf(load("messages.properties").stringPropertyNames());
    }

    /** A key written twice silently keeps its last text, so one of the two places shows the other's words. */
    @Test
    void noKeyIsWrittenTwice() throws IOException {
        for (String bundle : java.util.List.of("messages.properties", "messages_pl.properties")) {
            Set<String> seen = new java.util.HashSet<>();
            Set<String> twice = new TreeSet<>();
            for (String line : Files.readAllLines(Path.of("src/main/resources", bundle))) {
                Matcher key = Pattern.compile("^([^#!\\s][^=:\\s]*)\\s*[=:]").matcher(line);
                if (key.find() && !seen.add(key.group(1))) {
                    twice.add(key.group(1));
                }
            }
            assertThat(twice).as(bundle).isEmpty();
        }
    }

    /**
     * Only messages with arguments go through MessageFormat, where an apostrophe is written twice; in the others a
     * doubled apostrophe would show as two.
     */
    @Test
    void apostrophesAreDoubledOnlyInMessagesWithArguments() throws IOException {
        for (String bundle : java.util.List.of("messages.properties", "messages_pl.properties")) {
            Properties messages = load(bundle);
            assertThat(messages.stringPropertyNames().stream().filter(key -> {
                String text = messages.getProperty(key);
                return text.contains("''") && !text.matches("(?s).*\\{\\d.*");
            }).sorted().toList()).as(bundle).isEmpty();
        }
    }

    @Test
    void everyKeyNamedInATemplateExists() throws IOException {
        Set<String> keys = load("messages.properties").stringPropertyNames();
        Pattern literalKey = Pattern.compile("#\\{([a-zA-Z][a-zA-Z0-9_.]+)[}(]");
        Set<String> missing = new TreeSet<>();
        // The themes that come with the panel use the panel's messages too.
        try (Stream<Path> files = Stream.concat(Files.walk(Path.of("src/main/resources/templates")),
                Files.walk(Path.of("src/main/resources/themes")))) {
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
