package io.pteroca.panel.account;

import io.pteroca.panel.setting.SettingDefinition;
import io.pteroca.panel.setting.SettingGroup;
import io.pteroca.panel.setting.SettingType;
import io.pteroca.panel.setting.Settings;
import io.pteroca.panel.setting.SettingsContributor;
import java.util.List;
import org.springframework.stereotype.Component;

/** Whether the panel charges tax, which is what makes billing details required before a payment. */
@Component
public class BillingSettings implements SettingsContributor {

    public static final SettingDefinition TAXES_ENABLED = SettingDefinition.of("billing.taxes_enabled",
            SettingType.BOOLEAN, SettingGroup.PAYMENTS, "false", 100);

    private final Settings settings;

    BillingSettings(Settings settings) {
        this.settings = settings;
    }

    @Override
    public List<SettingDefinition> settings() {
        return List.of(TAXES_ENABLED);
    }

    public boolean taxesEnabled() {
        return settings.getBoolean(TAXES_ENABLED);
    }
}
