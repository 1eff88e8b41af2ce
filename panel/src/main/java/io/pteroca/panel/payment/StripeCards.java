package io.pteroca.panel.payment;

import com.stripe.exception.CardException;
import com.stripe.exception.StripeException;
import com.stripe.model.PaymentIntent;
import com.stripe.model.PaymentMethod;
import com.stripe.model.SetupIntent;
import com.stripe.model.checkout.Session;
import com.stripe.net.RequestOptions;
import com.stripe.param.CustomerCreateParams;
import com.stripe.param.PaymentIntentCreateParams;
import com.stripe.param.checkout.SessionCreateParams;
import io.pteroca.panel.shared.Money;
import io.pteroca.plugin.payment.CheckoutStart;
import io.pteroca.plugin.payment.PaymentState;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Stripe's side of saved cards: customers, Checkout in setup mode, card details, detaching, and the off-session
 * charge. Only Stripe's ids and what a card shows (brand, last 4 digits, expiry) ever reach the panel.
 */
@Component
class StripeCards {

    static final String PAYMENT_ID = "pteroca_payment_id";

    private final StripeApi api;

    StripeCards(StripeApi api) {
        this.api = api;
    }

    /** A Stripe Customer for the account; the idempotency key makes a retried creation return the same one. */
    String createCustomer(long userId, String email) throws StripeException {
        CustomerCreateParams params = CustomerCreateParams.builder().setEmail(email)
                .putMetadata("pteroca_user_id", Long.toString(userId)).build();
        return api.client().customers().create(params, idempotent("pteroca-customer-" + userId)).getId();
    }

    /** Stripe's hosted page where the customer enters a card to keep (Checkout in setup mode). */
    CheckoutStart startSetup(String customerId, String currency, String returnUrl, String cancelUrl) throws StripeException {
        Session session = api.client().checkout().sessions().create(SessionCreateParams.builder()
                .setMode(SessionCreateParams.Mode.SETUP)
                .setCustomer(customerId)
                .setCurrency(currency.toLowerCase(Locale.ROOT))
                .addPaymentMethodType(SessionCreateParams.PaymentMethodType.CARD)
                .setSuccessUrl(returnUrl)
                .setCancelUrl(cancelUrl)
                .build());
        return new CheckoutStart(session.getId(), session.getUrl());
    }

    /** The card a completed setup session saved; empty while it is not complete. */
    Optional<Card> cardOfSetupSession(String sessionId) throws StripeException {
        Session session = api.client().checkout().sessions().retrieve(sessionId);
        if (!"setup".equals(session.getMode()) || !"complete".equals(session.getStatus()) || session.getSetupIntent() == null) {
            return Optional.empty();
        }
        return cardOfSetupIntent(session.getSetupIntent());
    }

    Optional<Card> cardOfSetupIntent(String setupIntentId) throws StripeException {
        SetupIntent intent = api.client().setupIntents().retrieve(setupIntentId);
        if (!"succeeded".equals(intent.getStatus()) || intent.getPaymentMethod() == null) {
            return Optional.empty();
        }
        return card(intent.getPaymentMethod());
    }

    /** A card payment method's details; empty for anything that is not a card attached to a customer. */
    Optional<Card> card(String paymentMethodId) throws StripeException {
        PaymentMethod method = api.client().paymentMethods().retrieve(paymentMethodId);
        if (method.getCard() == null || method.getCustomer() == null) {
            return Optional.empty();
        }
        PaymentMethod.Card card = method.getCard();
        return Optional.of(new Card(method.getId(), method.getCustomer(), card.getBrand(), card.getLast4(),
                card.getExpMonth().intValue(), card.getExpYear().intValue()));
    }

    /** Stripe forgets the card for this customer; a card Stripe no longer knows counts as detached. */
    void detach(String paymentMethodId) throws StripeException {
        try {
            api.client().paymentMethods().detach(paymentMethodId);
        } catch (StripeException e) {
            if (!"resource_missing".equals(e.getCode()) && !"payment_method_unexpected_state".equals(e.getCode())) {
                throw e;
            }
        }
    }

    /**
     * Charges the saved card without the customer (off-session), confirmed at once. The idempotency key makes a
     * repeated attempt — after a timeout or a crash — return the first attempt's outcome instead of charging again.
     * Stripe's answer only says where the payment stands; money moves when its webhook confirms it.
     * A transport or API failure is thrown: the attempt may be repeated under the same key.
     */
    ChargeOutcome chargeOffSession(long paymentId, String customerId, String paymentMethodId, Money amount,
                                   String description, String idempotencyKey) throws StripeException {
        PaymentIntentCreateParams params = PaymentIntentCreateParams.builder()
                .setAmount(amount.minorUnits())
                .setCurrency(amount.currency().getCurrencyCode().toLowerCase(Locale.ROOT))
                .setCustomer(customerId)
                .setPaymentMethod(paymentMethodId)
                .setOffSession(true)
                .setConfirm(true)
                .setDescription(description)
                .putMetadata(PAYMENT_ID, Long.toString(paymentId))
                .build();
        try {
            PaymentIntent intent = api.client().paymentIntents().create(params, idempotent(idempotencyKey));
            return switch (intent.getStatus()) {
                case "succeeded", "processing" -> new ChargeOutcome(ChargeOutcome.Kind.SENT, intent.getId(), null);
                case "requires_action", "requires_confirmation" -> new ChargeOutcome(ChargeOutcome.Kind.NEEDS_ACTION, intent.getId(), null);
                default -> new ChargeOutcome(ChargeOutcome.Kind.DECLINED, intent.getId(), intent.getStatus());
            };
        } catch (CardException refused) {
            PaymentIntent intent = refused.getStripeError() == null ? null : refused.getStripeError().getPaymentIntent();
            String intentId = intent == null ? null : intent.getId();
            if ("authentication_required".equals(refused.getCode())) {
                return new ChargeOutcome(ChargeOutcome.Kind.NEEDS_ACTION, intentId, null);
            }
            String code = refused.getDeclineCode() != null ? refused.getDeclineCode() : refused.getCode();
            return new ChargeOutcome(ChargeOutcome.Kind.DECLINED, intentId, code);
        }
    }

    /**
     * Stripe's hosted page where the customer pays a charge their bank wants them to confirm (3-D Secure): a Checkout
     * session for the same payment, so its webhooks confirm that payment.
     */
    CheckoutStart startAuthentication(long paymentId, String customerId, Money amount, String reference, String returnUrl,
                                      String cancelUrl) throws StripeException {
        Session session = api.client().checkout().sessions().create(SessionCreateParams.builder()
                .setMode(SessionCreateParams.Mode.PAYMENT)
                .setCustomer(customerId)
                .setClientReferenceId(Long.toString(paymentId))
                .putMetadata("payment_id", Long.toString(paymentId))
                .setPaymentIntentData(SessionCreateParams.PaymentIntentData.builder()
                        .putMetadata(PAYMENT_ID, Long.toString(paymentId)).build())
                .setSuccessUrl(returnUrl)
                .setCancelUrl(cancelUrl)
                .addLineItem(SessionCreateParams.LineItem.builder()
                        .setQuantity(1L)
                        .setPriceData(SessionCreateParams.LineItem.PriceData.builder()
                                .setCurrency(amount.currency().getCurrencyCode().toLowerCase(Locale.ROOT))
                                .setUnitAmount(amount.minorUnits())
                                .setProductData(SessionCreateParams.LineItem.PriceData.ProductData.builder()
                                        .setName("Wallet top-up " + reference).build())
                                .build())
                        .build())
                .build(), idempotent("pteroca-authenticate-" + paymentId));
        return new CheckoutStart(session.getId(), session.getUrl());
    }

    PaymentState paymentIntentState(String paymentIntentId) throws StripeException {
        return switch (api.client().paymentIntents().retrieve(paymentIntentId).getStatus()) {
            case "succeeded" -> PaymentState.PAID;
            case "canceled" -> PaymentState.FAILED;
            default -> PaymentState.PENDING;
        };
    }

    private static RequestOptions idempotent(String key) {
        return RequestOptions.builder().setIdempotencyKey(key).build();
    }

    /** What the panel keeps of a card. */
    record Card(String paymentMethodId, String customerId, String brand, String last4, int expMonth, int expYear) {
    }

    /** Where an off-session charge stands after Stripe answered; {@code declineCode} only for a decline. */
    record ChargeOutcome(Kind kind, String paymentIntentId, String declineCode) {

        enum Kind { SENT, NEEDS_ACTION, DECLINED }
    }
}
