package io.pteroca.panel.payment;

import io.pteroca.panel.setting.SettingDefinition;
import io.pteroca.panel.setting.SettingGroup;
import io.pteroca.panel.setting.SettingType;
import io.pteroca.panel.setting.Settings;
import io.pteroca.panel.setting.SettingsContributor;
import java.math.BigDecimal;
import java.util.List;
import org.springframework.stereotype.Component;

/** Top-up limits and the bank-transfer gateway, typed. */
@Component
class PaymentSettings implements SettingsContributor {

    static final SettingDefinition MIN_TOP_UP = SettingDefinition.of("payment.min_top_up", SettingType.NUMBER,
            SettingGroup.PAYMENTS, "5", 10);
    static final SettingDefinition MAX_TOP_UP = SettingDefinition.of("payment.max_top_up", SettingType.NUMBER,
            SettingGroup.PAYMENTS, "1000", 20);
    static final SettingDefinition BANK_TRANSFER_ENABLED = SettingDefinition.of("payment.bank_transfer.enabled",
            SettingType.BOOLEAN, SettingGroup.PAYMENTS, "false", 30);
    static final SettingDefinition BANK_TRANSFER_INSTRUCTIONS = SettingDefinition.of("payment.bank_transfer.instructions",
            SettingType.HTML, SettingGroup.PAYMENTS, "", 40);

    private final Settings settings;

    PaymentSettings(Settings settings) {
        this.settings = settings;
    }

    @Override
    public List<SettingDefinition> settings() {
        return List.of(MIN_TOP_UP, MAX_TOP_UP, BANK_TRANSFER_ENABLED, BANK_TRANSFER_INSTRUCTIONS);
    }

    BigDecimal minTopUp() {
        return new BigDecimal(settings.getInt(MIN_TOP_UP));
    }

    BigDecimal maxTopUp() {
        return new BigDecimal(settings.getInt(MAX_TOP_UP));
    }

    boolean bankTransferEnabled() {
        return settings.getBoolean(BANK_TRANSFER_ENABLED);
    }

    /** Sanitised when saved. */
    String bankTransferInstructions() {
        return settings.get(BANK_TRANSFER_INSTRUCTIONS);
    }
}
