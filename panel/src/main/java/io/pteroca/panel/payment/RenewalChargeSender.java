package io.pteroca.panel.payment;

import com.stripe.exception.StripeException;
import io.pteroca.panel.shared.RetryBackoff;
import io.pteroca.panel.shared.work.DurableWork;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends a DUE renewal charge to Stripe and records the answer. Every attempt of one charge uses the same idempotency
 * key (derived from the renewal), so a repeat after a timeout or a crash gets the first answer back instead of a second
 * charge. Stripe keeps keys for 24 hours, so a charge Stripe could not be asked about for 12 hours is given up.
 */
@Component
class RenewalChargeSender implements DurableWork {

    private static final Logger log = LoggerFactory.getLogger(RenewalChargeSender.class);
    private static final Duration GIVE_UP_AFTER = Duration.ofHours(12);
    /** How long the link of the "confirm your payment" e-mail works if the customer never opens it. */
    private static final Duration WAIT_FOR_CUSTOMER = Duration.ofDays(7);

    private final RenewalChargeRepository charges;
    private final PaymentRepository payments;
    private final PaymentConfirmation confirmation;
    private final SavedCards cards;
    private final StripeCards stripe;
    private final CardMails mails;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final Duration retryBase;

    RenewalChargeSender(RenewalChargeRepository charges, PaymentRepository payments, PaymentConfirmation confirmation,
                        SavedCards cards, StripeCards stripe, CardMails mails, TransactionTemplate transactions, Clock clock,
                        @Value("${pteroca.payments.renewal-charge-retry:PT2M}") Duration retryBase) {
        this.charges = charges;
        this.payments = payments;
        this.confirmation = confirmation;
        this.cards = cards;
        this.stripe = stripe;
        this.mails = mails;
        this.transactions = transactions;
        this.clock = clock;
        this.retryBase = retryBase;
    }

    @Override
    public String name() {
        return "renewal-charges";
    }

    @Override
    public Duration interval() {
        return Duration.ofMinutes(1);
    }

    @Override
    public List<Long> due(Instant now, int limit) {
        return charges.dueBy(List.of(RenewalCharge.State.DUE, RenewalCharge.State.NEEDS_ACTION), now, Limit.of(limit));
    }

    @Override
    public boolean attempt(long paymentId) {
        if (charges.findById(paymentId).filter(c -> c.state() == RenewalCharge.State.NEEDS_ACTION).isPresent()) {
            return expireUnconfirmed(paymentId);
        }
        RenewalCharge charge = charges.findById(paymentId).filter(c -> c.state() == RenewalCharge.State.DUE).orElse(null);
        Payment payment = payments.findById(paymentId).orElse(null);
        if (charge == null || payment == null) {
            return false;
        }
        if (payment.status() != PaymentStatus.PENDING) {
            // Confirmed by Stripe's webhook before this attempt recorded Stripe's answer.
            record(paymentId, new StripeCards.ChargeOutcome(StripeCards.ChargeOutcome.Kind.SENT, null, null));
            return true;
        }
        if (payment.view().createdAt().plus(GIVE_UP_AFTER).isBefore(clock.instant())) {
            record(paymentId, new StripeCards.ChargeOutcome(StripeCards.ChargeOutcome.Kind.DECLINED, null, "unreachable"));
            return true;
        }
        StripeCards.ChargeOutcome outcome;
        try {
            outcome = stripe.chargeOffSession(paymentId, cards.customerId(payment.userId()), charge.paymentMethod(),
                    payment.view().chargedAmount(), "Renewal top-up " + payment.view().reference(),
                    "pteroca-renewal-" + charge.renewalKey() + "-" + paymentId);
        } catch (StripeException e) {
            log.warn("Stripe could not be asked to charge renewal payment {}: {}", paymentId, e.getMessage());
            transactions.executeWithoutResult(status -> charges.lockByPaymentId(paymentId)
                    .filter(c -> c.state() == RenewalCharge.State.DUE)
                    .ifPresent(c -> c.retryAt(clock.instant().plus(RetryBackoff.pause(retryBase, c.attempts() + 1, 6)))));
            return false;
        }
        record(paymentId, outcome);
        return true;
    }

    /** Records Stripe's answer once: the attempt that finds the charge still DUE under its lock; the others do nothing. */
    private void record(long paymentId, StripeCards.ChargeOutcome outcome) {
        transactions.executeWithoutResult(status -> charges.lockByPaymentId(paymentId)
                .filter(c -> c.state() == RenewalCharge.State.DUE).ifPresent(charge -> {
                    RenewalCharge.State state = switch (outcome.kind()) {
                        case SENT -> RenewalCharge.State.SENT;
                        case NEEDS_ACTION -> RenewalCharge.State.NEEDS_ACTION;
                        case DECLINED -> RenewalCharge.State.DECLINED;
                    };
                    charge.answered(state, outcome.declineCode());
                    Payment payment = payments.lockById(paymentId).orElseThrow();
                    if (payment.status() != PaymentStatus.PENDING) {
                        return;
                    }
                    if (outcome.paymentIntentId() != null && payment.externalId() == null) {
                        payment.attach(outcome.paymentIntentId(), null);
                    }
                    if (state == RenewalCharge.State.NEEDS_ACTION) {
                        charge.waitUntil(clock.instant().plus(WAIT_FOR_CUSTOMER));
                        mails.authenticationNeeded(payment.view(), charge.paymentMethod());
                    } else if (state == RenewalCharge.State.DECLINED) {
                        confirmation.close(paymentId, PaymentStatus.FAILED, "stripe");
                        mails.declined(payment.view(), charge.paymentMethod(), outcome.declineCode());
                    }
                }));
    }

    /**
     * A charge held for its owner's confirmation that they never opened: its payment expires, so it stops being asked
     * about. Nothing can pay it any more — its payment intent waits for a new confirmation that only the panel's page
     * starts (and that page marks the charge SENT first).
     */
    private boolean expireUnconfirmed(long paymentId) {
        transactions.executeWithoutResult(status -> charges.lockByPaymentId(paymentId)
                .filter(c -> c.state() == RenewalCharge.State.NEEDS_ACTION && !clock.instant().isBefore(c.dueAt()))
                .ifPresent(charge -> {
                    charge.expired();
                    confirmation.close(paymentId, PaymentStatus.EXPIRED, "stripe");
                }));
        return true;
    }
}
