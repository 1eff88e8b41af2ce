package io.pteroca.panel.payment;

import com.stripe.exception.StripeException;
import io.pteroca.panel.account.AccountView;
import io.pteroca.panel.account.Accounts;
import io.pteroca.panel.setting.SiteSettings;
import io.pteroca.panel.shared.Refusal;
import io.pteroca.panel.wallet.WalletSettings;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A customer's saved cards. A card is added on Stripe's hosted page and kept here only once Stripe says it is saved
 * (its webhook, or Stripe asked when the customer comes back); removing one detaches it at Stripe first.
 */
@Service
class SavedCards {

    private static final Logger log = LoggerFactory.getLogger(SavedCards.class);

    private final StripeCustomerRepository customers;
    private final SavedCardRepository cards;
    private final StripeCards stripe;
    private final StripeSettings settings;
    private final Accounts accounts;
    private final WalletSettings wallet;
    private final SiteSettings site;
    private final CardDetachments detachments;
    private final TransactionTemplate transactions;
    private final Clock clock;

    SavedCards(StripeCustomerRepository customers, SavedCardRepository cards, StripeCards stripe, StripeSettings settings,
               Accounts accounts, WalletSettings wallet, SiteSettings site, CardDetachments detachments,
               TransactionTemplate transactions, Clock clock) {
        this.detachments = detachments;
        this.customers = customers;
        this.cards = cards;
        this.stripe = stripe;
        this.settings = settings;
        this.accounts = accounts;
        this.wallet = wallet;
        this.site = site;
        this.transactions = transactions;
        this.clock = clock;
    }

    boolean available() {
        return settings.enabled();
    }

    List<SavedCardView> of(long userId) {
        return transactions.execute(status -> {
            Long renewalCard = customers.findById(userId).map(StripeCustomer::renewalCardId).orElse(null);
            return cards.findByUserIdOrderById(userId).stream().map(card -> card.view(renewalCard)).toList();
        });
    }

    /** Where the customer enters the card: Stripe Checkout in setup mode, coming back to the cards page. */
    String startAdding(long userId) {
        if (!available()) {
            throw new Refusal("card.unavailable");
        }
        String page = site.url() + "/account/payment-methods";
        try {
            return stripe.startSetup(customerOf(userId), wallet.currency().getCurrencyCode(),
                    page + "?session={CHECKOUT_SESSION_ID}", page).redirectUrl();
        } catch (StripeException e) {
            log.warn("Stripe could not start saving a card for account {}: {}", userId, e.getMessage());
            throw new Refusal("payment.gateway.unavailable");
        }
    }

    /** Back from Stripe: asks Stripe (never the browser) whether the session saved a card of this customer. */
    void returnedFrom(long userId, String sessionId) {
        if (!available() || sessionId == null || !sessionId.startsWith("cs_")) {
            return;
        }
        try {
            stripe.cardOfSetupSession(sessionId).filter(card -> customers.findById(userId)
                    .map(c -> c.customerId().equals(card.customerId())).orElse(false)).ifPresent(this::keep);
        } catch (StripeException e) {
            log.warn("Could not ask Stripe about setup session {}: {}", sessionId, e.getMessage());
        }
    }

    /**
     * Keeps a card Stripe saved for one of the panel's customers; the same card twice (webhook and return page, or a
     * replayed webhook) is kept once. A card saved for an account closed meanwhile is detached instead: the account's
     * lock orders this against the closure, which removes the cards it finds.
     */
    void keep(StripeCards.Card card) {
        Optional<StripeCustomer> owner = customers.findByCustomerId(card.customerId());
        if (owner.isEmpty() || cards.findByPaymentMethod(card.paymentMethodId()).isPresent()) {
            return;
        }
        long userId = owner.get().userId();
        try {
            boolean closed = Boolean.TRUE.equals(transactions.execute(status -> {
                customers.lockByUserId(userId);
                if (accounts.find(userId).map(AccountView::deleted).orElse(true)) {
                    return true;
                }
                cards.saveAndFlush(new SavedCard(userId, card, clock.instant()));
                return false;
            }));
            if (closed) {
                detachments.detachLater(userId, card.paymentMethodId());
            }
        } catch (DataIntegrityViolationException keptMeanwhile) {
            // Another delivery of the same event kept it first.
        }
    }

    /**
     * Forgets the card at Stripe, then here; a card Stripe cannot be reached about stays, so it is never half-removed.
     * Returns the card as it was.
     */
    SavedCardView remove(long userId, long cardId) {
        SavedCard card = cards.findById(cardId).filter(c -> c.userId() == userId)
                .orElseThrow(() -> Refusal.notFound("card.notFound"));
        SavedCardView removed = card.view(null);
        try {
            stripe.detach(card.paymentMethod());
        } catch (StripeException e) {
            log.warn("Stripe could not detach the card {} of account {}: {}", cardId, userId, e.getMessage());
            throw new Refusal("card.removeFailed");
        }
        transactions.executeWithoutResult(status -> {
            customers.lockByUserId(userId).filter(c -> Long.valueOf(cardId).equals(c.renewalCardId()))
                    .ifPresent(c -> c.renewWith(null));
            cards.findById(cardId).ifPresent(cards::delete);
        });
        return removed;
    }

    /** The account the card is saved for. */
    Optional<Long> ownerOf(long cardId) {
        return cards.findById(cardId).map(SavedCard::userId);
    }

    /** The card auto-renewal charges when the wallet is short, or none ({@code cardId} null). */
    void chooseForRenewal(long userId, Long cardId) {
        transactions.executeWithoutResult(status -> {
            if (cardId != null && cards.findById(cardId).filter(c -> c.userId() == userId).isEmpty()) {
                throw Refusal.notFound("card.notFound");
            }
            StripeCustomer customer = customers.lockByUserId(userId).orElseThrow(() -> Refusal.notFound("card.notFound"));
            customer.renewWith(cardId);
        });
    }

    /** The Stripe customer and payment method auto-renewal charges, if the customer chose a card. */
    Optional<RenewalCard> renewalCard(long userId) {
        return customers.findById(userId).filter(c -> c.renewalCardId() != null)
                .flatMap(c -> cards.findById(c.renewalCardId()).map(card -> new RenewalCard(c.customerId(), card.paymentMethod())));
    }

    String customerId(long userId) {
        return customers.findById(userId).map(StripeCustomer::customerId).orElseThrow();
    }

    /** The account's Stripe customer, created at Stripe on first use (the same one however often that is retried). */
    private String customerOf(long userId) throws StripeException {
        Optional<StripeCustomer> known = customers.findById(userId);
        if (known.isPresent()) {
            return known.get().customerId();
        }
        AccountView account = accounts.find(userId).orElseThrow();
        String customerId = stripe.createCustomer(userId, account.email());
        try {
            transactions.executeWithoutResult(status -> customers.saveAndFlush(new StripeCustomer(userId, customerId, clock.instant())));
        } catch (DataIntegrityViolationException createdMeanwhile) {
            return customers.findById(userId).map(StripeCustomer::customerId).orElseThrow(() -> createdMeanwhile);
        }
        return customerId;
    }

    record RenewalCard(String customerId, String paymentMethod) {
    }
}
