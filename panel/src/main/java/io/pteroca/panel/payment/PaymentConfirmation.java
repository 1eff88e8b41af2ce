package io.pteroca.panel.payment;

import io.pteroca.panel.mail.MailRequest;
import io.pteroca.panel.mail.MailType;
import io.pteroca.panel.mail.Mailer;
import io.pteroca.panel.account.Accounts;
import io.pteroca.panel.setting.SiteSettings;
import io.pteroca.panel.voucher.Vouchers;
import io.pteroca.panel.wallet.WalletReason;
import io.pteroca.panel.wallet.WalletReference;
import io.pteroca.panel.wallet.Wallets;
import java.time.Clock;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one place a payment becomes money, whoever confirms it (webhook, return URL, reconciliation): under the payment row's lock, a PENDING payment turns PAID
 * and credits its owner's wallet; every later call — a repeated webhook, a second admin click — finds it PAID and
 * does nothing. The wallet entry references the payment, so even a bypassed lock could not credit twice.
 */
@Service
class PaymentConfirmation {

    private final PaymentRepository payments;
    private final Wallets wallets;
    private final Accounts accounts;
    private final Mailer mailer;
    private final SiteSettings site;
    private final Clock clock;
    private final Vouchers vouchers;

    private final org.springframework.context.ApplicationEventPublisher events;

    PaymentConfirmation(PaymentRepository payments, Wallets wallets, Accounts accounts, Mailer mailer, SiteSettings site,
                        Clock clock, Vouchers vouchers, org.springframework.context.ApplicationEventPublisher events) {
        this.events = events;
        this.vouchers = vouchers;
        this.payments = payments;
        this.wallets = wallets;
        this.accounts = accounts;
        this.mailer = mailer;
        this.site = site;
        this.clock = clock;
    }

    /** Returns true when this call credited the wallet, false when the payment was already settled. */
    @Transactional
    boolean confirm(long paymentId, String confirmedBy) {
        Payment payment = payments.lockById(paymentId).orElseThrow(() -> new IllegalArgumentException("no payment " + paymentId));
        if (payment.status() != PaymentStatus.PENDING) {
            return false;
        }
        payment.settle(PaymentStatus.PAID, confirmedBy, clock.instant());
        vouchers.consume(payment.id());
        wallets.credit(payment.userId(), payment.amount(), WalletReason.TOP_UP, WalletReference.of("payment", payment.id()),
                payment.view().reference(), null);
        sendReceipt(payment.view());
        events.publishEvent(event(payment));
        return true;
    }

    /** Ends a pending payment without money, e.g. a transfer that never arrived. */
    @Transactional
    boolean close(long paymentId, PaymentStatus outcome, String closedBy) {
        if (outcome == PaymentStatus.PAID || outcome == PaymentStatus.PENDING) {
            throw new IllegalArgumentException("closing cannot pay");
        }
        Payment payment = payments.lockById(paymentId).orElseThrow(() -> new IllegalArgumentException("no payment " + paymentId));
        if (payment.status() != PaymentStatus.PENDING) {
            return false;
        }
        payment.settle(outcome, closedBy, clock.instant());
        vouchers.release(payment.id());
        events.publishEvent(event(payment));
        return true;
    }

    static PaymentEvent event(Payment payment) {
        PaymentView view = payment.view();
        return new PaymentEvent(view.id(), view.userId(), view.gateway(), view.amount(), view.status(),
                view.chargedAmount(), view.reference());
    }

    private void sendReceipt(PaymentView payment) {
        accounts.find(payment.userId()).filter(a -> a.email() != null).ifPresent(owner -> mailer.send(receipt(site,
                owner.email(), owner.id(), owner.firstName(),
                owner.language() != null ? Locale.forLanguageTag(owner.language()) : site.defaultLocale(),
                payment.amount(), payment.reference())));
    }

    /** The receipt of a confirmed payment; also what the admin's e-mail previews show. */
    static MailRequest receipt(SiteSettings site, String email, Long accountId, String firstName, Locale locale,
                               io.pteroca.panel.shared.Money amount, String reference) {
        return new MailRequest(email, accountId, MailType.PAYMENT_RECEIPT, "payment/mail/receipt", "mail.receipt.subject",
                new Object[] {site.title()}, Map.of("name", firstName, "siteTitle", site.title(), "siteUrl", site.url(),
                        "amount", amount, "reference", reference), locale);
    }
}
