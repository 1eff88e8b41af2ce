package io.pteroca.panel.plugin;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One setting a plugin declares in its {@code plugin.yaml}: key, type (text, secret, boolean, number, url,
 * email, select), default, whether it must be set, the choices of a select, and label and help per language.
 */
record SettingSpec(String key, String type, String defaultValue, boolean required, List<String> options,
                   Map<String, String> labels, Map<String, String> help) {

    static final List<String> TYPES = List.of("text", "secret", "boolean", "number", "url", "email", "select");

    SettingSpec {
        options = List.copyOf(options);
        labels = Map.copyOf(labels);
        help = Map.copyOf(help);
    }

    public boolean secret() {
        return "secret".equals(type);
    }

    public String label(Locale locale) {
        return labels.getOrDefault(locale.getLanguage(), labels.getOrDefault("en", key));
    }

    public String helpText(Locale locale) {
        return help.getOrDefault(locale.getLanguage(), help.getOrDefault("en", ""));
    }
}
