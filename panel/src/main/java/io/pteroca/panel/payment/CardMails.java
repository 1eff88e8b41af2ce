package io.pteroca.panel.payment;

import io.pteroca.panel.account.Accounts;
import io.pteroca.panel.mail.MailRequest;
import io.pteroca.panel.mail.MailSamples;
import io.pteroca.panel.mail.MailType;
import io.pteroca.panel.mail.Mailer;
import io.pteroca.panel.setting.SiteSettings;
import io.pteroca.panel.shared.Money;
import io.pteroca.panel.wallet.WalletSettings;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/** The e-mails of a renewal charged to a saved card: declined, or held by the bank until its owner confirms it. */
@Component
class CardMails implements MailSamples {

    /** Decline codes with a message of their own; any other reads as a plain decline. */
    private static final Set<String> EXPLAINED = Set.of("insufficient_funds", "expired_card", "unreachable");

    private final Accounts accounts;
    private final SavedCardRepository cards;
    private final Mailer mailer;
    private final SiteSettings site;
    private final WalletSettings wallet;

    CardMails(Accounts accounts, SavedCardRepository cards, Mailer mailer, SiteSettings site, WalletSettings wallet) {
        this.accounts = accounts;
        this.cards = cards;
        this.mailer = mailer;
        this.site = site;
        this.wallet = wallet;
    }

    void declined(PaymentView payment, String paymentMethod, String declineCode) {
        String reason = "card.decline." + (EXPLAINED.contains(declineCode) ? declineCode : "generic");
        send(payment, paymentMethod, MailType.CARD_DECLINED, "card-declined", reason);
    }

    void authenticationNeeded(PaymentView payment, String paymentMethod) {
        send(payment, paymentMethod, MailType.CARD_AUTHENTICATION, "card-authentication", null);
    }

    private void send(PaymentView payment, String paymentMethod, MailType type, String template, String reasonKey) {
        String last4 = cards.findByPaymentMethod(paymentMethod).map(card -> card.view(null).last4()).orElse("····");
        accounts.find(payment.userId()).filter(a -> a.email() != null && !a.deleted()).ifPresent(owner -> mailer.send(
                request(owner.email(), owner.id(), owner.firstName(),
                        owner.language() != null ? Locale.forLanguageTag(owner.language()) : site.defaultLocale(),
                        type, template, payment.chargedAmount(), last4, payment.id(), reasonKey)));
    }

    private MailRequest request(String email, Long accountId, String firstName, Locale locale, MailType type, String template,
                                Money amount, String last4, long paymentId, String reasonKey) {
        Map<String, Object> model = new java.util.HashMap<>(Map.of("name", firstName, "siteTitle", site.title(),
                "siteUrl", site.url(), "amount", amount, "last4", last4,
                "link", site.url() + "/payments/" + paymentId + "/authenticate"));
        if (reasonKey != null) {
            model.put("reasonKey", reasonKey);
        }
        return new MailRequest(email, accountId, type, "payment/mail/" + template, "mail." + template.replace("-", ".") + ".subject",
                new Object[] {site.title()}, model, locale);
    }

    @Override
    public List<MailSample> samples(Locale locale) {
        Money amount = Money.of("7.50", wallet.currency());
        return List.of(
                new MailSample("card-declined", request("alex@example.com", null, "Alex", locale, MailType.CARD_DECLINED,
                        "card-declined", amount, "4242", 1, "card.decline.insufficient_funds")),
                new MailSample("card-authentication", request("alex@example.com", null, "Alex", locale,
                        MailType.CARD_AUTHENTICATION, "card-authentication", amount, "4242", 1, null)));
    }
}
