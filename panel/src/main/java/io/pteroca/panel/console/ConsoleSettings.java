package io.pteroca.panel.console;

import io.pteroca.panel.setting.SettingDefinition;
import io.pteroca.panel.setting.SettingGroup;
import io.pteroca.panel.setting.SettingType;
import io.pteroca.panel.setting.Settings;
import io.pteroca.panel.setting.SettingsContributor;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * How browsers reach a server's console (Settings → Servers): through the panel's relay (default), or straight to
 * Wings as the original PteroCA does, which needs every Wings to allow the panel's origin.
 */
@Component
class ConsoleSettings implements SettingsContributor {

    static final SettingDefinition DIRECT = SettingDefinition.of("console.direct", SettingType.BOOLEAN, SettingGroup.SERVERS,
            "false", 100);

    private final Settings settings;

    ConsoleSettings(Settings settings) {
        this.settings = settings;
    }

    @Override
    public List<SettingDefinition> settings() {
        return List.of(DIRECT);
    }

    boolean direct() {
        return settings.getBoolean(DIRECT);
    }
}
