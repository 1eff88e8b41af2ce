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
    static final SettingDefinition BANK_ACCOUNT_HOLDER = SettingDefinition.of("payment.bank_transfer.account_holder",
            SettingType.TEXT, SettingGroup.PAYMENTS, "", 32);
    static final SettingDefinition BANK_IBAN = SettingDefinition.of("payment.bank_transfer.iban",
            SettingType.IBAN, SettingGroup.PAYMENTS, "", 34);
    static final SettingDefinition BANK_BIC = SettingDefinition.of("payment.bank_transfer.bic",
            SettingType.TEXT, SettingGroup.PAYMENTS, "", 36);
    static final SettingDefinition BANK_TRANSFER_EXPIRY_DAYS = SettingDefinition.of("payment.bank_transfer.expire_after_days",
            SettingType.NUMBER, SettingGroup.PAYMENTS, "14", 38);
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
        return List.of(MIN_TOP_UP, MAX_TOP_UP, BANK_TRANSFER_ENABLED, BANK_ACCOUNT_HOLDER, BANK_IBAN, BANK_BIC,
                BANK_TRANSFER_EXPIRY_DAYS, BANK_TRANSFER_INSTRUCTIONS);
    }

    Money minTopUp() {
        return Money.of(String.valueOf(settings.getInt(MIN_TOP_UP)), wallet.currency());
    }

    Money maxTopUp() {
        return Money.of(String.valueOf(settings.getInt(MAX_TOP_UP)), wallet.currency());
    }

    /** Days a bank transfer may stay unpaid before it expires; 0 keeps it open until an admin settles it. */
    int bankTransferExpiryDays() {
        return Math.max(0, settings.getInt(BANK_TRANSFER_EXPIRY_DAYS));
    }

    boolean bankTransferEnabled() {
        return settings.getBoolean(BANK_TRANSFER_ENABLED);
    }

    /** Sanitised when saved. */
    String bankTransferInstructions() {
        return settings.get(BANK_TRANSFER_INSTRUCTIONS);
    }

    BankAccount bankAccount() {
        return new BankAccount(settings.get(BANK_ACCOUNT_HOLDER), settings.get(BANK_IBAN), settings.get(BANK_BIC));
    }

    /** Where customers send their transfers; any part may be empty when the admin put it in the instructions instead. */
    record BankAccount(String holder, String iban, String bic) {

        /** The IBAN in groups of four, as banks print it. */
        public String ibanForPeople() {
            return iban.replaceAll("(.{4})(?!$)", "$1 ");
        }
    }
}
