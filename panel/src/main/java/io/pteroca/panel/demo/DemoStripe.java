package io.pteroca.panel.demo;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * The demo's stand-in for Stripe: test-mode keys made at every start, and what the panel created through stripe-java —
 * Checkout Sessions (payment and setup mode), customers, saved cards, setup intents and off-session payment intents.
 * Nothing here talks to Stripe; a visitor pays or saves a card on {@link DemoStripeCheckoutController}'s page.
 */
@Component
@Profile("demo")
class DemoStripe {

    /** Where stripe-java is pointed in the demo (its {@code /v1/...} paths follow). */
    static final String API_PATH = "/demo/stripe";
    static final String CHECKOUT_PATH = "/demo/stripe/checkout/";

    private final Clock clock;
    private final String secretKey;
    private final String webhookSecret;
    private final SecureRandom random = new SecureRandom();
    private final Map<String, Session> sessions = new ConcurrentHashMap<>();
    private final Map<String, Card> cards = new ConcurrentHashMap<>();
    private final Map<String, SetupIntent> setupIntents = new ConcurrentHashMap<>();
    private final Map<String, PaymentIntent> paymentIntents = new ConcurrentHashMap<>();
    private final Map<String, Answer> idempotent = new ConcurrentHashMap<>();

    DemoStripe(Clock clock) {
        this.clock = clock;
        this.secretKey = "sk_test_demo_" + randomHex(12);
        this.webhookSecret = "whsec_demo_" + randomHex(16);
    }

    String secretKey() {
        return secretKey;
    }

    String webhookSecret() {
        return webhookSecret;
    }

    /** A new Stripe Customer, who can hold saved cards. */
    String newCustomer() {
        return "cus_demo_" + randomHex(12);
    }

    /** Opens a session for the fields stripe-java posted (form-encoded, Stripe's bracket notation). */
    Session open(Map<String, String> form, String checkoutBase) {
        String id = "cs_test_demo_" + randomHex(12);
        Session session = new Session(id, checkoutBase + CHECKOUT_PATH + id, clock.instant().getEpochSecond(),
                form.getOrDefault("mode", "payment"),
                Long.parseLong(form.getOrDefault("line_items[0][price_data][unit_amount]", "0")),
                form.getOrDefault("line_items[0][price_data][currency]", form.getOrDefault("currency", "usd")),
                form.getOrDefault("line_items[0][price_data][product_data][name]", ""),
                form.getOrDefault("client_reference_id", ""), form.getOrDefault("metadata[payment_id]", ""),
                form.get("customer"), form.getOrDefault("success_url", ""), form.getOrDefault("cancel_url", ""), false, null);
        sessions.put(id, session);
        return session;
    }

    Optional<Session> find(String id) {
        return Optional.ofNullable(sessions.get(id));
    }

    /** Marks the session paid; true only for the call that paid it, so one payment sends one webhook. */
    boolean pay(String id) {
        Session open = sessions.get(id);
        return open != null && !open.setup() && !open.paid() && sessions.replace(id, open, open.completed(null));
    }

    /**
     * Saves the test card for the setup session's customer, as Stripe does when the visitor confirms: a payment method
     * attached to the customer and the setup intent that saved it. Empty unless this call completed the session.
     */
    Optional<SetupIntent> saveCard(String sessionId, TestCard testCard) {
        Session open = sessions.get(sessionId);
        if (open == null || !open.setup() || open.paid() || open.customer() == null) {
            return Optional.empty();
        }
        Card card = new Card("pm_demo_" + randomHex(12), open.customer(), testCard);
        SetupIntent intent = new SetupIntent("seti_demo_" + randomHex(12), open.customer(), card.id());
        if (!sessions.replace(sessionId, open, open.completed(intent.id()))) {
            return Optional.empty();
        }
        cards.put(card.id(), card);
        setupIntents.put(intent.id(), intent);
        return Optional.of(intent);
    }

    Optional<Card> card(String id) {
        return Optional.ofNullable(cards.get(id));
    }

    Optional<SetupIntent> setupIntent(String id) {
        return Optional.ofNullable(setupIntents.get(id));
    }

    /** Stripe forgets the card for its customer; empty when it knows no such card. */
    Optional<Card> detach(String id) {
        return Optional.ofNullable(cards.computeIfPresent(id, (key, card) -> card.detached()));
    }

    /** An off-session charge of a saved card, settled at once by what the test card does. */
    PaymentIntent charge(Map<String, String> form) {
        Card card = cards.get(form.getOrDefault("payment_method", ""));
        String status = card == null ? "requires_payment_method" : switch (card.testCard()) {
            case SUCCEEDS -> "succeeded";
            case NEEDS_AUTHENTICATION, DECLINED -> "requires_payment_method";
        };
        PaymentIntent intent = new PaymentIntent("pi_demo_" + randomHex(12), Long.parseLong(form.getOrDefault("amount", "0")),
                form.getOrDefault("currency", "usd"), form.get("customer"), form.get("payment_method"), status,
                form.getOrDefault("metadata[pteroca_payment_id]", ""), clock.instant().getEpochSecond());
        paymentIntents.put(intent.id(), intent);
        return intent;
    }

    Optional<PaymentIntent> paymentIntent(String id) {
        return Optional.ofNullable(paymentIntents.get(id));
    }

    /** Stripe's idempotency: a repeated request under the same key gets the first answer, and nothing happens twice. */
    Answer once(String key, Supplier<Answer> answer) {
        return key == null || key.isBlank() ? answer.get() : idempotent.computeIfAbsent(key, ignored -> answer.get());
    }

    private String randomHex(int bytes) {
        byte[] value = new byte[bytes];
        random.nextBytes(value);
        return HexFormat.of().formatHex(value);
    }

    /** An answer of the stand-in's API: an HTTP status and Stripe's JSON. */
    record Answer(int status, String body) {
    }

    /** Stripe's test cards the stand-in's page offers, each behaving at an off-session charge as it does at Stripe. */
    enum TestCard {
        SUCCEEDS("4242424242424242"),
        NEEDS_AUTHENTICATION("4000002500003155"),
        DECLINED("4000000000009995");

        private final String number;

        TestCard(String number) {
            this.number = number;
        }

        public String number() {
            return number;
        }

        public String last4() {
            return number.substring(number.length() - 4);
        }

        /** The number as printed on a card, in groups of four. */
        public String grouped() {
            return number.replaceAll("(\\d{4})(?=\\d)", "$1 ");
        }

        static Optional<TestCard> of(String number) {
            String digits = number == null ? "" : number.replaceAll("\\s", "");
            return Arrays.stream(values()).filter(card -> card.number.equals(digits)).findFirst();
        }
    }

    /** A Checkout Session as this stand-in keeps it; amounts in the currency's minor unit, as Stripe sends them. */
    record Session(String id, String url, long created, String mode, long amount, String currency, String name,
                   String clientReferenceId, String paymentId, String customer, String successUrl, String cancelUrl,
                   boolean paid, String setupIntent) {

        public boolean setup() {
            return "setup".equals(mode);
        }

        /** Where Stripe sends the visitor afterwards, with the session's id in place of Stripe's template. */
        public String returnUrl() {
            return successUrl.replace("{CHECKOUT_SESSION_ID}", id);
        }

        Session completed(String setupIntentId) {
            return new Session(id, url, created, mode, amount, currency, name, clientReferenceId, paymentId, customer,
                    successUrl, cancelUrl, true, setupIntentId);
        }
    }

    /** A saved card: a payment method of a customer, until it is detached. */
    record Card(String id, String customer, TestCard testCard) {

        Card detached() {
            return new Card(id, null, testCard);
        }
    }

    record SetupIntent(String id, String customer, String paymentMethod) {
    }

    record PaymentIntent(String id, long amount, String currency, String customer, String paymentMethod, String status,
                         String paymentId, long created) {
    }
}
