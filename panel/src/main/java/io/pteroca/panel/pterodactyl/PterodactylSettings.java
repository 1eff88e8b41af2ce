package io.pteroca.panel.pterodactyl;

import io.pteroca.panel.setting.SettingDefinition;
import io.pteroca.panel.setting.SettingGroup;
import io.pteroca.panel.setting.SettingType;
import io.pteroca.panel.setting.Settings;
import io.pteroca.panel.setting.SettingsContributor;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Where the Pterodactyl panel is and the application key the panel uses, typed. */
@Component
public class PterodactylSettings implements SettingsContributor {

    static final SettingDefinition URL = SettingDefinition.of("pterodactyl.url", SettingType.URL, SettingGroup.PTERODACTYL,
            "", 10);
    static final SettingDefinition APPLICATION_KEY = SettingDefinition.of("pterodactyl.application_key", SettingType.SECRET,
            SettingGroup.PTERODACTYL, "", 20);

    private final Settings settings;

    PterodactylSettings(Settings settings) {
        this.settings = settings;
    }

    @Override
    public List<SettingDefinition> settings() {
        return List.of(URL, APPLICATION_KEY);
    }

    public boolean configured() {
        return !url().isBlank() && !applicationKey().isBlank();
    }

    String url() {
        return settings.get(URL);
    }

    String applicationKey() {
        return settings.get(APPLICATION_KEY);
    }

    /** Stores both values together; an empty key keeps the stored one. */
    public void configure(String url, String applicationKey) {
        settings.setAll(applicationKey == null || applicationKey.isBlank() ? Map.of(URL, url)
                : Map.of(URL, url, APPLICATION_KEY, applicationKey));
    }
}
