package io.pteroca.panel.pterodactyl;

import io.pteroca.panel.setting.SettingDefinition;
import io.pteroca.panel.setting.SettingGroup;
import io.pteroca.panel.setting.SettingType;
import io.pteroca.panel.setting.Settings;
import io.pteroca.panel.setting.SettingsContributor;
import io.pteroca.pterodactyl.PanelDialect;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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

    /** Which panel answers: detected once from the panel (never from the key's prefix), or forced. */
    static final SettingDefinition DIALECT = SettingDefinition.select("pterodactyl.dialect", SettingGroup.PTERODACTYL,
            "detect", 30, List.of("detect", "pterodactyl", "pelican"));
    /**
     * Pelican without our plugin cannot make a client key for a customer: one root admin's own client key
     * ({@code pacc_}) then acts for every customer, and Pelican's activity log names that admin. Empty: off.
     */
    static final SettingDefinition PELICAN_ADMIN_CLIENT_KEY = SettingDefinition.of("pterodactyl.pelican_admin_client_key",
            SettingType.SECRET, SettingGroup.PTERODACTYL, "", 80);
    /** The ports Pelican may give a server it places by node tags (with none it would give the server no port). */
    static final SettingDefinition PELICAN_PORT_RANGE = SettingDefinition.of("pterodactyl.pelican_port_range",
            SettingType.TEXT, SettingGroup.PTERODACTYL, "25565-25600", 90);
    /** What detection found, with the URL it was found at ("PELICAN https://…"): another URL is detected again. */
    static final SettingDefinition DETECTED_DIALECT = SettingDefinition.of("pterodactyl.detected_dialect", SettingType.TEXT,
            SettingGroup.SYSTEM, "", 0);

    private final Settings settings;

    PterodactylSettings(Settings settings) {
        this.settings = settings;
    }

    @Override
    public List<SettingDefinition> settings() {
        return List.of(URL, APPLICATION_KEY, DIALECT, PELICAN_ADMIN_CLIENT_KEY, PELICAN_PORT_RANGE, INSTALLATION_ID,
                DETECTED_DIALECT);
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

    /** The dialect an admin forced; empty when it is to be detected. */
    Optional<PanelDialect> forcedDialect() {
        return switch (settings.get(DIALECT)) {
            case "pterodactyl" -> Optional.of(PanelDialect.PTERODACTYL);
            case "pelican" -> Optional.of(PanelDialect.PELICAN);
            default -> Optional.empty();
        };
    }

    /** What detection found at the current URL, if it ran there. */
    Optional<PanelDialect> detectedDialect() {
        String[] remembered = settings.get(DETECTED_DIALECT).split(" ", 2);
        if (remembered.length < 2 || !remembered[1].equals(url())) {
            return Optional.empty();
        }
        try {
            return Optional.of(PanelDialect.valueOf(remembered[0]));
        } catch (IllegalArgumentException unknown) {
            return Optional.empty();
        }
    }

    void rememberDetected(PanelDialect dialect) {
        settings.set(DETECTED_DIALECT, dialect.name() + " " + url());
    }

    /** The root admin's client key of the Pelican fallback; empty when the fallback is off. */
    Optional<String> pelicanAdminClientKey() {
        String key = settings.get(PELICAN_ADMIN_CLIENT_KEY);
        return key.isBlank() ? Optional.empty() : Optional.of(key);
    }

    /** The port ranges for a deploy by tags, e.g. ["25565-25600"]; malformed entries are left out. */
    List<String> pelicanPortRanges() {
        return java.util.Arrays.stream(settings.get(PELICAN_PORT_RANGE).split("[,\\s]+"))
                .map(String::strip).filter(range -> range.matches("\\d{1,5}(-\\d{1,5})?")).toList();
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
