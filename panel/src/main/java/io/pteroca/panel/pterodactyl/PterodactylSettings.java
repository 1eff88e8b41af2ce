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

    /**
     * Random, made once per installation: it goes into every {@code external_id}, so two installations (say,
     * staging and production) sharing one Pterodactyl never take each other's users for their own.
     */
    static final SettingDefinition INSTALLATION_ID = SettingDefinition.of("pterodactyl.installation_id", SettingType.TEXT,
            SettingGroup.SYSTEM, "", 0);

    private final Settings settings;

    PterodactylSettings(Settings settings) {
        this.settings = settings;
    }

    @Override
    public List<SettingDefinition> settings() {
        return List.of(URL, APPLICATION_KEY, INSTALLATION_ID);
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

    /** The {@code external_id} of an account's Pterodactyl user. */
    String userExternalId(long accountId) {
        return "pteroca-" + installationId() + "-user-" + accountId;
    }

    /** The {@code external_id} of a server this panel sold, so a create that timed out is found, not repeated. */
    String serverExternalId(long serverId) {
        return serverExternalIdPrefix() + serverId;
    }

    /** What every {@code external_id} of this installation's servers starts with. */
    String serverExternalIdPrefix() {
        return "pteroca-" + installationId() + "-server-";
    }

    private String installationId() {
        String id = settings.get(INSTALLATION_ID);
        return id.isEmpty()
                ? settings.initializeOnce(INSTALLATION_ID, java.util.HexFormat.of().formatHex(new java.security.SecureRandom().generateSeed(4)))
                : id;
    }

    /** Stores both values together; an empty key keeps the stored one. */
    public void configure(String url, String applicationKey) {
        settings.setAll(applicationKey == null || applicationKey.isBlank() ? Map.of(URL, url)
                : Map.of(URL, url, APPLICATION_KEY, applicationKey));
    }
}
