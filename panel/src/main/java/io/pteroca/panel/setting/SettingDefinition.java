package io.pteroca.panel.setting;

import java.util.List;

/**
 * One setting: its key, how it is typed and edited, and its value when nobody set one.
 * Features declare their settings as constants and read them through {@link Settings}.
 */
public record SettingDefinition(String key, SettingType type, SettingGroup group, String defaultValue,
                                int order, List<String> options) {

    public SettingDefinition {
        options = options == null ? List.of() : List.copyOf(options);
    }

    public static SettingDefinition of(String key, SettingType type, SettingGroup group, String defaultValue, int order) {
        return new SettingDefinition(key, type, group, defaultValue, order, List.of());
    }

    public static SettingDefinition select(String key, SettingGroup group, String defaultValue, int order, List<String> options) {
        return new SettingDefinition(key, SettingType.SELECT, group, defaultValue, order, options);
    }

    public boolean secret() {
        return type == SettingType.SECRET;
    }

    /** The message key of the label shown in the admin screen. */
    public String labelKey() {
        return "setting." + key;
    }
}
