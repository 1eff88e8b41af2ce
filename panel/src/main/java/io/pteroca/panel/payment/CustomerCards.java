package io.pteroca.panel.payment;

import java.util.List;
import org.springframework.stereotype.Component;

/** A customer's saved cards for pages outside this feature (the admin's customer page): only what Stripe shows. */
@Component
public class CustomerCards {

    private final SavedCards cards;

    CustomerCards(SavedCards cards) {
        this.cards = cards;
    }

    /** The customer's cards, oldest first, with the one auto-renewal charges marked. */
    public List<SavedCardView> of(long userId) {
        return cards.of(userId);
    }
}
