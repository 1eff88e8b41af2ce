package io.pteroca.panel.webhook;

import io.pteroca.panel.setting.SettingDefinition;
import io.pteroca.panel.setting.SettingGroup;
import io.pteroca.panel.setting.SettingType;
import io.pteroca.panel.setting.Settings;
import io.pteroca.panel.setting.SettingsContributor;
import java.util.List;
import org.springframework.stereotype.Component;

/** Whether webhooks may reach addresses inside the provider's own network. */
@Component
class WebhookSettings implements SettingsContributor {

    static final SettingDefinition ALLOW_PRIVATE_TARGETS = SettingDefinition.of("webhooks.allow_private_targets",
            SettingType.BOOLEAN, SettingGroup.SECURITY, "false", 200);

    private final Settings settings;

    WebhookSettings(Settings settings) {
        this.settings = settings;
    }

    @Override
    public List<SettingDefinition> settings() {
        return List.of(ALLOW_PRIVATE_TARGETS);
    }

    boolean allowPrivateTargets() {
        return settings.getBoolean(ALLOW_PRIVATE_TARGETS);
    }
}
