package io.pteroca.panel.web;

import io.pteroca.panel.setting.SettingDefinition;
import io.pteroca.panel.setting.SettingGroup;
import io.pteroca.panel.setting.SettingType;
import io.pteroca.panel.setting.Settings;
import io.pteroca.panel.setting.SettingsContributor;
import java.util.List;
import org.springframework.stereotype.Component;

/** Light/dark default and colours of the layout. */
@Component
class AppearanceSettings implements SettingsContributor {

    static final SettingDefinition DEFAULT_MODE = SettingDefinition.select("appearance.default_mode", SettingGroup.APPEARANCE,
            "auto", 10, List.of("auto", "light", "dark"));
    static final SettingDefinition PRIMARY = SettingDefinition.of("appearance.primary_color", SettingType.COLOR,
            SettingGroup.APPEARANCE, "#4466d6", 20);
    static final SettingDefinition DARK_PRIMARY = SettingDefinition.of("appearance.dark_primary_color", SettingType.COLOR,
            SettingGroup.APPEARANCE, "#7c8bfd", 30);

    private final Settings settings;

    AppearanceSettings(Settings settings) {
        this.settings = settings;
    }

    @Override
    public List<SettingDefinition> settings() {
        return List.of(DEFAULT_MODE, PRIMARY, DARK_PRIMARY);
    }

    String defaultMode() {
        return settings.get(DEFAULT_MODE);
    }

    String primaryColor() {
        return settings.get(PRIMARY);
    }

    String darkPrimaryColor() {
        return settings.get(DARK_PRIMARY);
    }
}
