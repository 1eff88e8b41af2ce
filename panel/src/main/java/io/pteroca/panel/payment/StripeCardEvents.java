package io.pteroca.panel.payment;

import com.stripe.exception.StripeException;
import io.pteroca.plugin.payment.GatewayException;
import io.pteroca.plugin.payment.PaymentState;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * Stripe's verified events about saved cards and their off-session charges: a card saved (setup intent succeeded, or
 * Checkout in setup mode completed) is kept; a renewal charge's payment intent succeeded confirms its payment — the one
 * idempotent confirmation, so replays and parallel deliveries credit once.
 */
@Component
class StripeCardEvents {

    private static final Logger log = LoggerFactory.getLogger(StripeCardEvents.class);

    private final SavedCards cards;
    private final StripeCards stripe;
    private final PaymentConfirmation confirmation;
    /** Looked up when an event arrives: renewal charges depend, through the gateways, on this class. A provider rather
     *  than a @Lazy proxy, which the build-time (AOT) context cannot make for a class. */
    private final ObjectProvider<RenewalCharges> renewalCharges;

    StripeCardEvents(SavedCards cards, StripeCards stripe, PaymentConfirmation confirmation, ObjectProvider<RenewalCharges> renewalCharges) {
        this.cards = cards;
        this.stripe = stripe;
        this.confirmation = confirmation;
        this.renewalCharges = renewalCharges;
    }

    void handle(String type, JsonNode object) {
        try {
            switch (type) {
                case "setup_intent.succeeded" -> keep(stripe.card(object.path("payment_method").asString("")));
                case "checkout.session.completed" -> {
                    if ("setup".equals(object.path("mode").asString("")) && !object.path("setup_intent").asString("").isEmpty()) {
                        keep(stripe.cardOfSetupIntent(object.path("setup_intent").asString("")));
                    }
                }
                case "payment_intent.succeeded" -> paymentOf(object).filter(renewalCharges.getObject()::isRenewalCharge)
                        .ifPresent(paymentId -> confirmation.confirm(paymentId, "stripe"));
                default -> {
                    // Not about saved cards.
                }
            }
        } catch (StripeException e) {
            log.warn("Could not ask Stripe about a {} event: {}", type, e.getMessage());
            throw new Deferred(e);
        }
    }

    PaymentState paymentIntentState(String paymentIntentId) throws GatewayException {
        try {
            return stripe.paymentIntentState(paymentIntentId);
        } catch (StripeException e) {
            throw new GatewayException("Could not ask Stripe about " + paymentIntentId + ": " + e.getMessage(), e);
        }
    }

    private void keep(Optional<StripeCards.Card> card) {
        card.ifPresent(cards::keep);
    }

    private static Optional<Long> paymentOf(JsonNode intent) {
        String id = intent.path("metadata").path(StripeCards.PAYMENT_ID).asString("");
        return id.matches("\\d{1,18}") ? Optional.of(Long.parseLong(id)) : Optional.empty();
    }

    /** Stripe could not be asked about the event now; the webhook is answered so that Stripe delivers it again. */
    static final class Deferred extends RuntimeException {

        Deferred(Throwable cause) {
            super(cause);
        }
    }
}
