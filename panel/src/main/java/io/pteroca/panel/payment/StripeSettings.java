package io.pteroca.panel.payment;

import io.pteroca.panel.setting.SettingDefinition;
import io.pteroca.panel.setting.SettingGroup;
import io.pteroca.panel.setting.SettingType;
import io.pteroca.panel.setting.Settings;
import io.pteroca.panel.setting.SettingsContributor;
import java.util.Arrays;
import java.util.List;
import org.springframework.stereotype.Component;

/** Stripe's keys (encrypted) and payment methods, typed. */
@Component
class StripeSettings implements SettingsContributor {

    static final SettingDefinition ENABLED = SettingDefinition.of("payment.stripe.enabled", SettingType.BOOLEAN,
            SettingGroup.PAYMENTS, "false", 50);
    static final SettingDefinition SECRET_KEY = SettingDefinition.of("payment.stripe.secret_key", SettingType.SECRET,
            SettingGroup.PAYMENTS, "", 60);
    static final SettingDefinition WEBHOOK_SECRET = SettingDefinition.of("payment.stripe.webhook_secret", SettingType.SECRET,
            SettingGroup.PAYMENTS, "", 70);
    static final SettingDefinition PAYMENT_METHODS = SettingDefinition.of("payment.stripe.payment_methods", SettingType.TEXT,
            SettingGroup.PAYMENTS, "card", 80);

    private final Settings settings;

    StripeSettings(Settings settings) {
        this.settings = settings;
    }

    @Override
    public List<SettingDefinition> settings() {
        return List.of(ENABLED, SECRET_KEY, WEBHOOK_SECRET, PAYMENT_METHODS);
    }

    boolean enabled() {
        return settings.getBoolean(ENABLED) && !secretKey().isBlank() && !webhookSecret().isBlank();
    }

    String secretKey() {
        return settings.get(SECRET_KEY);
    }

    String webhookSecret() {
        return settings.get(WEBHOOK_SECRET);
    }

    List<String> paymentMethods() {
        return Arrays.stream(settings.get(PAYMENT_METHODS).split(",")).map(String::strip).filter(m -> !m.isEmpty()).toList();
    }
}
