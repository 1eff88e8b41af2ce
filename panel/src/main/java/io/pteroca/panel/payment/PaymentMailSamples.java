package io.pteroca.panel.payment;

import io.pteroca.panel.mail.MailSamples;
import io.pteroca.panel.setting.SiteSettings;
import io.pteroca.panel.shared.Money;
import io.pteroca.panel.wallet.WalletSettings;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;

/** The payment receipt with a made-up top-up, for the admin's e-mail previews. */
@Component
class PaymentMailSamples implements MailSamples {

    private final SiteSettings site;
    private final WalletSettings wallet;

    PaymentMailSamples(SiteSettings site, WalletSettings wallet) {
        this.site = site;
        this.wallet = wallet;
    }

    @Override
    public List<MailSample> samples(Locale locale) {
        return List.of(new MailSample("payment-receipt", PaymentConfirmation.receipt(site, "alex@example.com", null, "Alex",
                locale, Money.of("20.00", wallet.currency()), "cs_test_sample")));
    }
}
