package io.pteroca.panel.customer;

import io.pteroca.panel.setting.SettingDefinition;
import io.pteroca.panel.setting.SettingGroup;
import io.pteroca.panel.setting.SettingType;
import io.pteroca.panel.setting.Settings;
import io.pteroca.panel.setting.SettingsContributor;
import java.util.List;
import org.springframework.stereotype.Component;

/** Settings → Servers: what closing a customer's account gives back. */
@Component
class CustomerSettings implements SettingsContributor {

    static final SettingDefinition REFUND_UNUSED_ON_CLOSE = SettingDefinition.of("server.refund_unused_on_account_close",
            SettingType.BOOLEAN, SettingGroup.SERVERS, "false", 90);

    private final Settings settings;

    CustomerSettings(Settings settings) {
        this.settings = settings;
    }

    @Override
    public List<SettingDefinition> settings() {
        return List.of(REFUND_UNUSED_ON_CLOSE);
    }

    boolean refundUnusedOnClose() {
        return settings.getBoolean(REFUND_UNUSED_ON_CLOSE);
    }
}
