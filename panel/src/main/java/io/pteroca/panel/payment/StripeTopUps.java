package io.pteroca.panel.payment;

import com.stripe.exception.StripeException;
import com.stripe.model.checkout.Session;
import io.pteroca.panel.setting.SiteSettings;
import java.math.BigDecimal;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Card top-ups through Stripe Checkout. The browser coming back proves nothing: the wallet is credited only by
 * {@link PaymentConfirmation}, after Stripe's signed webhook or Stripe's own answer about the session says paid.
 */
@Service
class StripeTopUps {

    static final String STRIPE = "stripe";
    private static final Logger log = LoggerFactory.getLogger(StripeTopUps.class);

    private final TopUps topUps;
    private final PaymentRepository payments;
    private final StripeGateway stripe;
    private final StripeSettings settings;
    private final PaymentConfirmation confirmation;
    private final SiteSettings site;
    private final TransactionTemplate transactions;
    private final Clock clock;

    StripeTopUps(TopUps topUps, PaymentRepository payments, StripeGateway stripe, StripeSettings settings,
                 PaymentConfirmation confirmation, SiteSettings site, TransactionTemplate transactions, Clock clock) {
        this.topUps = topUps;
        this.payments = payments;
        this.stripe = stripe;
        this.settings = settings;
        this.confirmation = confirmation;
        this.site = site;
        this.transactions = transactions;
        this.clock = clock;
    }

    boolean available() {
        return settings.enabled();
    }

    /** Records the payment, opens a Checkout Session for it and returns the URL to send the customer to. */
    String start(long userId, BigDecimal amount) {
        if (!settings.enabled()) {
            throw new TopUps.TopUpRefused("payment.topUp.unavailable");
        }
        PaymentView payment = topUps.start(userId, amount, STRIPE);
        String page = site.url() + "/payments/" + payment.id();
        try {
            Session session = stripe.openCheckout(payment, page + "?returned=true", page);
            transactions.executeWithoutResult(status -> payments.findById(payment.id()).orElseThrow().attach(session.getId(),
                    session.getUrl()));
            return session.getUrl();
        } catch (StripeException e) {
            log.warn("Stripe refused to open a checkout for payment {}: {}", payment.id(), e.getMessage());
            confirmation.close(payment.id(), PaymentStatus.FAILED, "stripe");
            throw new TopUps.TopUpRefused("payment.stripe.unavailable");
        }
    }

    /** Asks Stripe about a pending payment and settles it by Stripe's answer; the browser's word counts for nothing. */
    void reconcile(long paymentId) {
        payments.findById(paymentId).filter(p -> p.status() == PaymentStatus.PENDING && STRIPE.equals(p.gateway())
                && p.externalId() != null).ifPresent(payment -> {
            try {
                Session session = stripe.session(payment.externalId());
                if ("paid".equals(session.getPaymentStatus()) || "no_payment_required".equals(session.getPaymentStatus())) {
                    confirmation.confirm(payment.id(), "stripe");
                } else if ("expired".equals(session.getStatus())) {
                    confirmation.close(payment.id(), PaymentStatus.EXPIRED, "stripe");
                }
            } catch (StripeException e) {
                log.warn("Could not ask Stripe about payment {}: {}", paymentId, e.getMessage());
            }
        });
    }

    Clock clock() {
        return clock;
    }
}
