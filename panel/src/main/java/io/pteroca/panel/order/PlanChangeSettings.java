package io.pteroca.panel.order;

import io.pteroca.panel.setting.SettingDefinition;
import io.pteroca.panel.setting.SettingGroup;
import io.pteroca.panel.setting.SettingType;
import io.pteroca.panel.setting.Settings;
import io.pteroca.panel.setting.SettingsContributor;
import java.util.List;
import org.springframework.stereotype.Component;

/** What a customer gets back when they move to a smaller plan or cancel at once (Settings → Payments). */
@Component
public class PlanChangeSettings implements SettingsContributor {

    public static final SettingDefinition DOWNGRADE_CREDIT = SettingDefinition.of("order.downgrade_credit",
            SettingType.BOOLEAN, SettingGroup.PAYMENTS, "true", 140);
    public static final SettingDefinition CANCEL_REFUND = SettingDefinition.of("order.cancel_refund", SettingType.BOOLEAN,
            SettingGroup.PAYMENTS, "false", 142);

    private final Settings settings;

    PlanChangeSettings(Settings settings) {
        this.settings = settings;
    }

    @Override
    public List<SettingDefinition> settings() {
        return List.of(DOWNGRADE_CREDIT, CANCEL_REFUND);
    }

    /** A downgrade credits the unused difference to the wallet; off, it credits nothing. */
    boolean downgradeCredit() {
        return settings.getBoolean(DOWNGRADE_CREDIT);
    }

    /** Cancelling at once refunds the unused time to the wallet; off, it refunds nothing. */
    boolean cancelRefund() {
        return settings.getBoolean(CANCEL_REFUND);
    }
}
