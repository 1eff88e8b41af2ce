package io.pteroca.panel.server;

import io.pteroca.panel.setting.SettingDefinition;
import io.pteroca.panel.setting.SettingGroup;
import io.pteroca.panel.setting.SettingType;
import io.pteroca.panel.setting.Settings;
import io.pteroca.panel.setting.SettingsContributor;
import java.time.Duration;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Component;

/** How servers are kept: reminders, grace period, deletion of unpaid servers, provisioning retries (Settings → Servers). */
@Component
class ServerSettings implements SettingsContributor {

    static final SettingDefinition REMINDER_HOURS = SettingDefinition.of("server.reminder_hours", SettingType.TEXT,
            SettingGroup.SERVERS, "72,24", 10);
    static final SettingDefinition GRACE_HOURS = SettingDefinition.of("server.grace_hours", SettingType.NUMBER,
            SettingGroup.SERVERS, "0", 20);
    static final SettingDefinition DELETE_AFTER_DAYS = SettingDefinition.of("server.delete_after_days", SettingType.NUMBER,
            SettingGroup.SERVERS, "7", 30);
    static final SettingDefinition DELETE_WARNING_DAYS = SettingDefinition.of("server.delete_warning_days", SettingType.NUMBER,
            SettingGroup.SERVERS, "2", 40);
    static final SettingDefinition AUTO_RENEW_LEAD_HOURS = SettingDefinition.of("server.auto_renew_lead_hours",
            SettingType.NUMBER, SettingGroup.SERVERS, "1", 50);
    static final SettingDefinition PROVISIONING_ATTEMPTS = SettingDefinition.of("server.provisioning_attempts",
            SettingType.NUMBER, SettingGroup.SERVERS, "8", 60);
    static final SettingDefinition LOG_RETENTION_DAYS = SettingDefinition.of("server.log_retention_days",
            SettingType.NUMBER, SettingGroup.SERVERS, "365", 70);

    /** Customers manage their servers in Pterodactyl (through "Open in Pterodactyl"); billing stays here. */
    static final SettingDefinition PTERODACTYL_CLIENT_PANEL = SettingDefinition.of("pterodactyl.client_panel",
            SettingType.BOOLEAN, SettingGroup.PTERODACTYL, "false", 70);

    private final Settings settings;

    ServerSettings(Settings settings) {
        this.settings = settings;
    }

    @Override
    public List<SettingDefinition> settings() {
        return List.of(REMINDER_HOURS, GRACE_HOURS, DELETE_AFTER_DAYS, DELETE_WARNING_DAYS, AUTO_RENEW_LEAD_HOURS,
                PROVISIONING_ATTEMPTS, LOG_RETENTION_DAYS, PTERODACTYL_CLIENT_PANEL);
    }

    /** Hours before expiry at which a reminder goes out, largest first; junk entries are skipped. */
    List<Integer> reminderHours() {
        return Arrays.stream(settings.get(REMINDER_HOURS).split(",")).map(String::strip)
                .filter(value -> value.matches("\\d{1,5}")).map(Integer::parseInt).filter(hours -> hours > 0).distinct()
                .sorted(Comparator.reverseOrder()).toList();
    }

    Duration grace() {
        return Duration.ofHours(Math.max(0, settings.getInt(GRACE_HOURS)));
    }

    /** How long a suspended server is kept before it is deleted; zero keeps it forever. */
    Duration deleteAfter() {
        return Duration.ofDays(Math.max(0, settings.getInt(DELETE_AFTER_DAYS)));
    }

    Duration deletionWarning() {
        return Duration.ofDays(Math.max(0, settings.getInt(DELETE_WARNING_DAYS)));
    }

    Duration autoRenewLead() {
        return Duration.ofHours(Math.max(0, settings.getInt(AUTO_RENEW_LEAD_HOURS)));
    }

    int provisioningAttempts() {
        return Math.max(1, settings.getInt(PROVISIONING_ATTEMPTS));
    }

    Duration logRetention() {
        return Duration.ofDays(Math.max(30, settings.getInt(LOG_RETENTION_DAYS)));
    }

    boolean pterodactylIsClientPanel() {
        return settings.getBoolean(PTERODACTYL_CLIENT_PANEL);
    }
}
