package io.pteroca.panel.wallet;

import io.pteroca.panel.setting.SettingDefinition;
import io.pteroca.panel.setting.SettingGroup;
import io.pteroca.panel.setting.Settings;
import io.pteroca.panel.setting.SettingsContributor;
import io.pteroca.panel.shared.Money;
import java.util.Currency;
import java.util.List;
import org.springframework.stereotype.Component;

/** The wallet's currency, typed. One currency per site: customers top up and pay in it. */
@Component
public class WalletSettings implements SettingsContributor {

    static final SettingDefinition CURRENCY = SettingDefinition.select("wallet.currency", SettingGroup.GENERAL, "USD", 60,
            List.of("USD", "EUR", "GBP", "PLN", "CAD", "AUD", "CHF", "SEK", "NOK", "DKK", "CZK", "BRL", "INR"));

    private final Settings settings;

    WalletSettings(Settings settings) {
        this.settings = settings;
    }

    @Override
    public List<SettingDefinition> settings() {
        return List.of(CURRENCY);
    }

    /** The installation's currency: every wallet, price and order is in it. */
    public Currency currency() {
        return Currency.getInstance(settings.get(CURRENCY));
    }

    /** Nothing, in the installation's currency. */
    public Money zero() {
        return Money.zero(currency());
    }
}
