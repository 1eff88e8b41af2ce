package io.pteroca.panel.plugin;

import io.pteroca.panel.setting.InvalidSettingsException;
import io.pteroca.panel.setting.SettingDefinition;
import io.pteroca.panel.setting.SettingGroup;
import io.pteroca.panel.setting.SettingType;
import io.pteroca.panel.setting.Settings;
import io.pteroca.plugin.PluginAccessDeniedException;
import io.pteroca.plugin.PluginSettings;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Plugin settings, stored with the panel's own as {@code plugin.<id>.<key>} (secrets encrypted the same way).
 * A plugin reaches them only through {@link #of}, bound to its id and its declared keys, so it can read
 * neither another plugin's settings nor the panel's.
 */
@Component
class PluginSettingValues {

    /** An admin's addition to the hosts a plugin may call, e.g. a provider's sandbox. */
    static final String EXTRA_HOSTS = "_hosts";

    private final Settings settings;

    PluginSettingValues(Settings settings) {
        this.settings = settings;
    }

    static SettingDefinition definition(String pluginId, SettingSpec spec) {
        SettingType type = switch (spec.type()) {
            case "secret" -> SettingType.SECRET;
            case "boolean" -> SettingType.BOOLEAN;
            case "number" -> SettingType.NUMBER;
            case "url" -> SettingType.URL;
            case "email" -> SettingType.EMAIL;
            case "select" -> SettingType.SELECT;
            default -> SettingType.TEXT;
        };
        return new SettingDefinition("plugin." + pluginId + "." + spec.key(), type, SettingGroup.SYSTEM, spec.defaultValue(), 0,
                spec.options());
    }

    static SettingDefinition extraHosts(String pluginId) {
        return SettingDefinition.of("plugin." + pluginId + "." + EXTRA_HOSTS, SettingType.TEXT, SettingGroup.SYSTEM, "", 0);
    }

    /** The view a plugin gets of its own settings. */
    PluginSettings of(PluginManifest manifest) {
        return new PluginSettings() {
            @Override
            public String get(String key) {
                return settings.get(declared(key));
            }

            @Override
            public boolean getBoolean(String key) {
                return Boolean.parseBoolean(get(key));
            }

            @Override
            public long getLong(String key) {
                SettingDefinition definition = declared(key);
                try {
                    return Long.parseLong(settings.get(definition).trim());
                } catch (NumberFormatException e) {
                    try {
                        return Long.parseLong(definition.defaultValue().trim());
                    } catch (NumberFormatException alsoNot) {
                        return 0;
                    }
                }
            }

            @Override
            public boolean isSet(String key) {
                return settings.isSet(declared(key));
            }

            private SettingDefinition declared(String key) {
                return manifest.settings().stream().filter(s -> s.key().equals(key)).findFirst()
                        .map(s -> definition(manifest.id(), s))
                        .orElseThrow(() -> new PluginAccessDeniedException(manifest.id() + " declares no setting " + key));
            }
        };
    }

    /** What Settings → Plugins shows for one setting: never a secret's value, only a masked hint. */
    record Field(SettingSpec spec, String value, String masked, String error) {
    }

    List<Field> fields(PluginManifest manifest, Map<String, String> submitted, Map<String, String> errors) {
        List<Field> fields = new ArrayList<>();
        for (SettingSpec spec : manifest.settings()) {
            SettingDefinition definition = definition(manifest.id(), spec);
            fields.add(new Field(spec, spec.secret() ? "" : submitted.getOrDefault(spec.key(), settings.get(definition)),
                    spec.secret() ? settings.masked(definition) : "", errors.get(spec.key())));
        }
        return fields;
    }

    String extraHostsOf(String pluginId) {
        return settings.get(extraHosts(pluginId));
    }

    /**
     * Validates and stores an admin's values: all or none. {@code values} holds only what changes (a secret left
     * empty keeps its value); an empty value resets a setting to its default. Returns the errors by key.
     */
    Map<String, String> save(PluginManifest manifest, Map<String, String> values) {
        Map<SettingDefinition, String> changes = new LinkedHashMap<>();
        Map<String, String> keyOf = new LinkedHashMap<>();
        for (SettingSpec spec : manifest.settings()) {
            if (values.containsKey(spec.key())) {
                SettingDefinition definition = definition(manifest.id(), spec);
                changes.put(definition, values.get(spec.key()));
                keyOf.put(definition.key(), spec.key());
            }
        }
        if (values.containsKey(EXTRA_HOSTS)) {
            String hosts = String.join(" ", values.get(EXTRA_HOSTS).trim().toLowerCase(java.util.Locale.ROOT).split("[\\s,]+"));
            if (!hosts.isEmpty() && !hosts.matches("((\\*\\.)?[a-z0-9.-]+(:[0-9]{1,5})?)( (\\*\\.)?[a-z0-9.-]+(:[0-9]{1,5})?)*")) {
                return Map.of(EXTRA_HOSTS, "plugin.settings.hostsInvalid");
            }
            changes.put(extraHosts(manifest.id()), hosts);
        }
        try {
            settings.setAll(changes);
            return Map.of();
        } catch (InvalidSettingsException e) {
            Map<String, String> errors = new LinkedHashMap<>();
            e.errors().forEach((key, message) -> errors.put(keyOf.getOrDefault(key, EXTRA_HOSTS), message));
            return errors;
        }
    }

    /** The first declared setting that is required but has no value, if any. */
    Optional<String> missingRequired(PluginManifest manifest) {
        return manifest.settings().stream().filter(SettingSpec::required)
                .filter(s -> settings.get(definition(manifest.id(), s)).isBlank()).map(SettingSpec::key).findFirst();
    }
}
