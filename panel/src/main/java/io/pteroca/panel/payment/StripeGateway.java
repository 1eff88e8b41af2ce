package io.pteroca.panel.payment;

import com.stripe.StripeClient;
import com.stripe.exception.SignatureVerificationException;
import com.stripe.exception.StripeException;
import com.stripe.model.checkout.Session;
import com.stripe.net.Webhook;
import com.stripe.param.checkout.SessionCreateParams;
import io.pteroca.panel.shared.Money;
import io.pteroca.plugin.payment.CheckoutRequest;
import io.pteroca.plugin.payment.CheckoutStart;
import io.pteroca.plugin.payment.GatewayException;
import io.pteroca.plugin.payment.Notification;
import io.pteroca.plugin.payment.PaymentGateway;
import io.pteroca.plugin.payment.PaymentState;
import java.util.Arrays;
import java.util.Currency;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Card payments through Stripe Checkout. Money leaves the panel's 4 decimals here, rounded to the minor unit. */
@Component
class StripeGateway implements PaymentGateway {

    private static final Logger log = LoggerFactory.getLogger(StripeGateway.class);

    private final StripeSettings settings;
    private final StripeApi api;
    private final StripeCardEvents cardEvents;
    private final MessageSource messages;
    private final JsonMapper json = JsonMapper.builder().build();

    StripeGateway(StripeSettings settings, StripeApi api, StripeCardEvents cardEvents, MessageSource messages) {
        this.settings = settings;
        this.api = api;
        this.cardEvents = cardEvents;
        this.messages = messages;
    }

    @Override
    public String id() {
        return "stripe";
    }

    @Override
    public String displayName(Locale locale) {
        return messages.getMessage("payment.stripe.name", null, locale);
    }

    @Override
    public Set<String> supportedCurrencies() {
        return Set.of();
    }

    @Override
    public boolean available() {
        return settings.enabled();
    }

    @Override
    public CheckoutStart startCheckout(CheckoutRequest request) throws GatewayException {
        SessionCreateParams.Builder params = SessionCreateParams.builder()
                .setMode(SessionCreateParams.Mode.PAYMENT)
                .setClientReferenceId(Long.toString(request.paymentId()))
                .putMetadata("payment_id", Long.toString(request.paymentId()))
                .setSuccessUrl(request.returnUrl())
                .setCancelUrl(request.cancelUrl())
                .addLineItem(SessionCreateParams.LineItem.builder()
                        .setQuantity(1L)
                        .setPriceData(SessionCreateParams.LineItem.PriceData.builder()
                                .setCurrency(request.currency().toLowerCase(Locale.ROOT))
                                .setUnitAmount(Money.of(request.amount(), Currency.getInstance(request.currency())).minorUnits())
                                .setProductData(SessionCreateParams.LineItem.PriceData.ProductData.builder()
                                        .setName("Wallet top-up " + request.reference()).build())
                                .build())
                        .build());
        for (String method : settings.paymentMethods()) {
            Arrays.stream(SessionCreateParams.PaymentMethodType.values())
                    .filter(type -> method.equals(type.getValue())).findFirst().ifPresent(params::addPaymentMethodType);
        }
        try {
            Session session = client().checkout().sessions().create(params.build());
            return new CheckoutStart(session.getId(), session.getUrl());
        } catch (StripeException e) {
            throw new GatewayException("Stripe refused to open a checkout: " + e.getMessage(), e);
        }
    }

    @Override
    public Notification handleWebhook(String payload, Map<String, String> headers) {
        String signature = headers.get("stripe-signature");
        if (payload == null || signature == null || settings.webhookSecret().isBlank()) {
            return Notification.rejected();
        }
        try {
            Webhook.constructEvent(payload, signature, settings.webhookSecret());
        } catch (SignatureVerificationException | RuntimeException invalid) {
            log.warn("Refused a Stripe webhook: {}", invalid.getMessage());
            return Notification.rejected();
        }
        // Read the event ourselves: stripe-java only deserialises events of its own pinned API version.
        JsonNode event = json.readTree(payload);
        JsonNode session = event.path("data").path("object");
        // Saved cards and their off-session charges: handled apart, as no checkout of a top-up is about them.
        cardEvents.handle(event.path("type").asString(""), session);
        String sessionId = session.path("id").asString("");
        PaymentState state = switch (event.path("type").asString("")) {
            case "checkout.session.completed" -> "paid".equals(session.path("payment_status").asString("")) ? PaymentState.PAID : null;
            case "checkout.session.async_payment_succeeded" -> PaymentState.PAID;
            case "checkout.session.async_payment_failed" -> PaymentState.FAILED;
            case "checkout.session.expired" -> PaymentState.EXPIRED;
            default -> null;
        };
        return state == null ? Notification.ignored() : new Notification(true, sessionId, state);
    }

    @Override
    public PaymentState queryState(String sessionId) throws GatewayException {
        if (sessionId.startsWith("pi_")) {
            return cardEvents.paymentIntentState(sessionId);
        }
        try {
            Session session = client().checkout().sessions().retrieve(sessionId);
            if ("paid".equals(session.getPaymentStatus()) || "no_payment_required".equals(session.getPaymentStatus())) {
                return PaymentState.PAID;
            }
            return "expired".equals(session.getStatus()) ? PaymentState.EXPIRED : PaymentState.PENDING;
        } catch (StripeException e) {
            throw new GatewayException("Could not ask Stripe about " + sessionId + ": " + e.getMessage(), e);
        }
    }

    private StripeClient client() {
        return api.client();
    }
}
