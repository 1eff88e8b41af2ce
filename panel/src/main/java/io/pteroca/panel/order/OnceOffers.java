package io.pteroca.panel.order;

import io.pteroca.panel.catalog.PriceTerms;
import io.pteroca.panel.pterodactyl.PterodactylAccounts;
import io.pteroca.panel.shared.Refusal;
import java.time.Clock;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;

/**
 * Trials and free prices limited to one: each customer gets them once per product, counted by panel account and by
 * Pterodactyl user. The unique indexes decide a race; the checks before them only give the usual answer sooner.
 */
@Component
class OnceOffers {

    private final OfferUseRepository uses;
    private final PterodactylAccounts pterodactyl;
    private final Clock clock;

    OnceOffers(OfferUseRepository uses, PterodactylAccounts pterodactyl, Clock clock) {
        this.uses = uses;
        this.pterodactyl = pterodactyl;
        this.clock = clock;
    }

    /** Records that the customer took this price's offer for the server, or refuses when they had it already. */
    void claim(long productId, PriceTerms price, long accountId, long serverId) {
        if (!price.limitedToOnce()) {
            return;
        }
        OfferUse.Offer offer = price.trial() ? OfferUse.Offer.TRIAL : OfferUse.Offer.FREE;
        // Without its Pterodactyl user the second check cannot be made; linking takes a moment after sign-up.
        long pterodactylUser = pterodactyl.userOf(accountId).orElseThrow(() -> new Refusal("order.onceWaitForAccount"));
        if (uses.existsByProductIdAndOfferAndAccountId(productId, offer, accountId)
                || uses.existsByProductIdAndOfferAndPterodactylUserId(productId, offer, pterodactylUser)) {
            throw refusal(offer);
        }
        try {
            uses.saveAndFlush(new OfferUse(productId, offer, accountId, pterodactylUser, serverId, clock.instant()));
        } catch (DataIntegrityViolationException takenMeanwhile) {
            throw refusal(offer);
        }
    }

    private static Refusal refusal(OfferUse.Offer offer) {
        return Refusal.conflict(offer == OfferUse.Offer.TRIAL ? "order.trialUsed" : "order.freeUsed");
    }
}
