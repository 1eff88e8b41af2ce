package io.pteroca.panel.theme;

import io.pteroca.panel.setting.SettingDefinition;
import io.pteroca.panel.setting.SettingGroup;
import io.pteroca.panel.setting.SettingType;
import io.pteroca.panel.setting.Settings;
import io.pteroca.panel.setting.SettingsContributor;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The active theme's name. It is not on a settings form: a theme becomes active only through {@link Themes}, which
 * checks it first (Settings → Appearance, Admin → Themes, or {@code theme set} on the command line).
 */
@Component
class ThemeSettings implements SettingsContributor {

    static final SettingDefinition ACTIVE = SettingDefinition.of("appearance.theme", SettingType.TEXT, SettingGroup.SYSTEM,
            Theme.DEFAULT, 0);

    private final Settings settings;

    ThemeSettings(Settings settings) {
        this.settings = settings;
    }

    @Override
    public List<SettingDefinition> settings() {
        return List.of(ACTIVE);
    }

    String active() {
        return settings.get(ACTIVE);
    }

    void activate(String name) {
        settings.set(ACTIVE, Theme.DEFAULT.equals(name) ? "" : name);
    }
}
