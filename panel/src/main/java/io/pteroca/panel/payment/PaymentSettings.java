package io.pteroca.panel.payment;

import io.pteroca.panel.setting.SettingDefinition;
import io.pteroca.panel.setting.SettingGroup;
import io.pteroca.panel.setting.SettingType;
import io.pteroca.panel.setting.Settings;
import io.pteroca.panel.setting.SettingsContributor;
import io.pteroca.panel.shared.Money;
import io.pteroca.panel.wallet.WalletSettings;
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
    private final WalletSettings wallet;

    PaymentSettings(Settings settings, WalletSettings wallet) {
        this.settings = settings;
        this.wallet = wallet;
    }

    @Override
    public List<SettingDefinition> settings() {
        return List.of(MIN_TOP_UP, MAX_TOP_UP, BANK_TRANSFER_ENABLED, BANK_TRANSFER_INSTRUCTIONS);
    }

    Money minTopUp() {
        return Money.of(String.valueOf(settings.getInt(MIN_TOP_UP)), wallet.currency());
    }

    Money maxTopUp() {
        return Money.of(String.valueOf(settings.getInt(MAX_TOP_UP)), wallet.currency());
    }

    boolean bankTransferEnabled() {
        return settings.getBoolean(BANK_TRANSFER_ENABLED);
    }

    /** Sanitised when saved. */
    String bankTransferInstructions() {
        return settings.get(BANK_TRANSFER_INSTRUCTIONS);
    }
}
