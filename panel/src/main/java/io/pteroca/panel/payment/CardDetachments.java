package io.pteroca.panel.payment;

import com.stripe.exception.StripeException;
import io.pteroca.panel.account.AccountEvent;
import io.pteroca.panel.shared.work.DurableWork;
import io.pteroca.panel.shared.work.DurableWorkRunner;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The saved cards of a closed account. In the transaction that closes the account each card leaves the account and is
 * written down to be detached at Stripe; durable work then detaches it, again and again with back-off while Stripe
 * fails, so closing an account never waits for Stripe and no card is forgotten while Stripe still holds it.
 */
@Component
class CardDetachments implements DurableWork {

    private static final Logger log = LoggerFactory.getLogger(CardDetachments.class);

    private final CardDetachmentRepository detachments;
    private final SavedCardRepository cards;
    private final StripeCustomerRepository customers;
    private final StripeCards stripe;
    private final DurableWorkRunner runner;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final Duration retryBase;

    CardDetachments(CardDetachmentRepository detachments, SavedCardRepository cards, StripeCustomerRepository customers,
                    StripeCards stripe, DurableWorkRunner runner, TransactionTemplate transactions, Clock clock,
                    @Value("${pteroca.payments.card-detach-retry:PT1M}") Duration retryBase) {
        this.detachments = detachments;
        this.cards = cards;
        this.customers = customers;
        this.stripe = stripe;
        this.runner = runner;
        this.transactions = transactions;
        this.clock = clock;
        this.retryBase = retryBase;
    }

    /** An account was closed: its cards go, in the closing transaction, and Stripe is told after it commits. */
    @EventListener
    void accountChanged(AccountEvent event) {
        if (event.kind() != AccountEvent.Kind.DELETED || event.accountId() == null) {
            return;
        }
        long userId = event.accountId();
        transactions.executeWithoutResult(status -> {
            // The lock a card Stripe saves meanwhile also takes (SavedCards.keep): it is kept before, or detached after.
            customers.lockByUserId(userId).ifPresent(customer -> customer.renewWith(null));
            List<SavedCard> saved = cards.lockAllOf(userId);
            List<Long> queued = new ArrayList<>();
            for (SavedCard card : saved) {
                queue(userId, card.paymentMethod(), queued);
            }
            cards.deleteAll(saved);
            if (!queued.isEmpty()) {
                runner.afterCommit(this, queued);
            }
        });
    }

    /** A card Stripe saved for an account that is closed by now: detached at once, never kept. */
    void detachLater(long userId, String paymentMethod) {
        List<Long> queued = new ArrayList<>();
        transactions.executeWithoutResult(status -> queue(userId, paymentMethod, queued));
        if (!queued.isEmpty()) {
            runner.afterCommit(this, queued);
        }
    }

    private void queue(long userId, String paymentMethod, List<Long> queued) {
        if (!detachments.existsByPaymentMethod(paymentMethod)) {
            queued.add(detachments.save(new CardDetachment(userId, paymentMethod, clock.instant())).id());
        }
    }

    @Override
    public String name() {
        return "card-detachments";
    }

    @Override
    public Duration interval() {
        return Duration.ofMinutes(1);
    }

    @Override
    public List<Long> due(Instant now, int limit) {
        return detachments.dueBy(now, Limit.of(limit));
    }

    @Override
    public boolean attempt(long id) {
        CardDetachment detachment = detachments.findById(id).orElse(null);
        if (detachment == null) {
            return true;
        }
        try {
            stripe.detach(detachment.paymentMethod());
        } catch (StripeException e) {
            log.warn("Stripe could not detach a card of closed account {}, will retry: {}", detachment.userId(), e.getMessage());
            transactions.executeWithoutResult(status -> detachments.findById(id)
                    .ifPresent(found -> found.failed(e.getMessage(), retryBase, clock.instant())));
            return false;
        }
        transactions.executeWithoutResult(status -> detachments.findById(id).ifPresent(detachments::delete));
        return true;
    }
}
