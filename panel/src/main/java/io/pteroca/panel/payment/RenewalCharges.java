package io.pteroca.panel.payment;

import com.stripe.exception.StripeException;
import io.pteroca.panel.order.AutoRenewalShort;
import io.pteroca.panel.server.DueAutoRenewal;
import io.pteroca.panel.setting.SiteSettings;
import io.pteroca.panel.shared.Money;
import io.pteroca.panel.shared.Refusal;
import io.pteroca.panel.shared.work.DurableWorkRunner;
import io.pteroca.plugin.payment.CheckoutStart;
import java.math.RoundingMode;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Service;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Auto-renewal paid by a saved card when the wallet is short: the card is charged the shortfall off-session, Stripe's
 * webhook confirms the payment (which credits the wallet, once), and then the renewal is paid from the wallet as usual.
 * A card that needs its owner (3-D Secure) gets a link by e-mail to a page that sends them to Stripe to confirm it.
 */
@Service
class RenewalCharges {

    private static final Logger log = LoggerFactory.getLogger(RenewalCharges.class);

    private final RenewalChargeRepository charges;
    private final PaymentRepository payments;
    private final TopUps topUps;
    private final SavedCards cards;
    private final StripeCards stripe;
    private final StripeSettings stripeSettings;
    private final PaymentSettings paymentSettings;
    private final RenewalChargeSender sender;
    private final DurableWorkRunner work;
    private final DueAutoRenewal dueRenewal;
    private final SiteSettings site;
    private final TransactionTemplate transactions;
    private final Clock clock;

    RenewalCharges(RenewalChargeRepository charges, PaymentRepository payments, TopUps topUps, SavedCards cards,
                   StripeCards stripe, StripeSettings stripeSettings, PaymentSettings paymentSettings,
                   RenewalChargeSender sender, DurableWorkRunner work, DueAutoRenewal dueRenewal, SiteSettings site,
                   TransactionTemplate transactions, Clock clock) {
        this.charges = charges;
        this.payments = payments;
        this.topUps = topUps;
        this.cards = cards;
        this.stripe = stripe;
        this.stripeSettings = stripeSettings;
        this.paymentSettings = paymentSettings;
        this.sender = sender;
        this.work = work;
        this.dueRenewal = dueRenewal;
        this.site = site;
        this.transactions = transactions;
        this.clock = clock;
    }

    /**
     * Stores the charge and its pending payment in the transaction that recorded the shortfall (once per renewal
     * key), then sends it after the commit; a crash in between leaves it DUE for the next sweep.
     */
    @EventListener
    void walletShort(AutoRenewalShort event) {
        if (!stripeSettings.enabled() || charges.existsByRenewalKey(event.renewalKey())) {
            return;
        }
        cards.renewalCard(event.ownerId()).ifPresent(card -> {
            PaymentView payment = topUps.startForRenewal(event.ownerId(), amountToCharge(event.shortfall()));
            charges.saveAndFlush(new RenewalCharge(payment.id(), event.serverId(), event.renewalKey(), card.paymentMethod(),
                    clock.instant()));
            work.afterCommit(sender, payment.id());
        });
    }

    /** The shortfall in whole cents, rounded up so the renewal is covered, and at least the smallest top-up. */
    private Money amountToCharge(Money shortfall) {
        Money inCents = Money.of(shortfall.amount().setScale(shortfall.currency().getDefaultFractionDigits(), RoundingMode.CEILING),
                shortfall.currency());
        Money least = paymentSettings.minTopUp();
        return inCents.isLessThan(least) ? least : inCents;
    }

    /**
     * Once a renewal charge is confirmed (and the wallet credited), the renewal it was for is paid from the wallet, if
     * that period is still due. Should this be lost in a crash, the lifecycle job renews on its next run all the same.
     */
    @Async
    @TransactionalEventListener(condition = "#event.status().name() == 'PAID'")
    void paid(PaymentEvent event) {
        charges.findById(event.paymentId()).ifPresent(charge -> dueRenewal.renewIfDue(charge.serverId()));
    }

    /**
     * Where the customer confirms a charge their bank held for authentication: one Stripe Checkout for that payment,
     * the same one however often the link is opened. Returns the panel's payment page, which sends them on.
     */
    String authenticate(long userId, long paymentId) {
        Payment payment = payments.findById(paymentId).filter(p -> p.userId() == userId)
                .orElseThrow(() -> Refusal.notFound("card.notFound"));
        boolean waiting = charges.findById(paymentId).filter(c -> c.state() == RenewalCharge.State.NEEDS_ACTION).isPresent();
        if (!waiting || payment.status() != PaymentStatus.PENDING || payment.view().checkoutUrl() != null) {
            return "/payments/" + paymentId + (payment.view().checkoutUrl() != null && payment.status() == PaymentStatus.PENDING
                    ? "?checkout=true" : "");
        }
        String page = site.url() + "/payments/" + paymentId;
        try {
            CheckoutStart started = stripe.startAuthentication(paymentId, cards.customerId(userId), payment.view().chargedAmount(),
                    payment.view().reference(), page + "?returned=true", page);
            transactions.executeWithoutResult(status -> charges.lockByPaymentId(paymentId)
                    .filter(c -> c.state() == RenewalCharge.State.NEEDS_ACTION).ifPresent(charge -> {
                        charge.handedToCustomer();
                        payments.lockById(paymentId).filter(p -> p.status() == PaymentStatus.PENDING)
                                .ifPresent(p -> p.attach(started.externalId(), started.redirectUrl()));
                    }));
        } catch (StripeException e) {
            log.warn("Stripe could not open the confirmation of payment {}: {}", paymentId, e.getMessage());
            throw new Refusal("payment.gateway.unavailable");
        }
        return "/payments/" + paymentId + "?checkout=true";
    }

    /** Whether a confirmed Stripe payment intent is one of the renewal charges (only those are credited by it). */
    boolean isRenewalCharge(long paymentId) {
        return charges.existsById(paymentId);
    }
}
