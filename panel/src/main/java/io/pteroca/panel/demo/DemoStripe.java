package io.pteroca.panel.demo;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * The demo's stand-in for Stripe: test-mode keys made at every start, and the Checkout Sessions the panel opened
 * through stripe-java. Nothing here talks to Stripe; a visitor pays on {@link DemoStripeCheckoutController}'s page.
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

    /** Opens a session for the fields stripe-java posted (form-encoded, Stripe's bracket notation). */
    Session open(Map<String, String> form, String checkoutBase) {
        String id = "cs_test_demo_" + randomHex(12);
        Session session = new Session(id, checkoutBase + CHECKOUT_PATH + id, clock.instant().getEpochSecond(),
                Long.parseLong(form.getOrDefault("line_items[0][price_data][unit_amount]", "0")),
                form.getOrDefault("line_items[0][price_data][currency]", "usd"),
                form.getOrDefault("line_items[0][price_data][product_data][name]", ""),
                form.getOrDefault("client_reference_id", ""), form.getOrDefault("metadata[payment_id]", ""),
                form.getOrDefault("success_url", ""), form.getOrDefault("cancel_url", ""), false);
        sessions.put(id, session);
        return session;
    }

    Optional<Session> find(String id) {
        return Optional.ofNullable(sessions.get(id));
    }

    /** Marks the session paid; true only for the call that paid it, so one payment sends one webhook. */
    boolean pay(String id) {
        Session open = sessions.get(id);
        return open != null && !open.paid() && sessions.replace(id, open, open.asPaid());
    }

    private String randomHex(int bytes) {
        byte[] value = new byte[bytes];
        random.nextBytes(value);
        return HexFormat.of().formatHex(value);
    }

    /** A Checkout Session as this stand-in keeps it; amounts in the currency's minor unit, as Stripe sends them. */
    record Session(String id, String url, long created, long amount, String currency, String name, String clientReferenceId,
                   String paymentId, String successUrl, String cancelUrl, boolean paid) {

        Session asPaid() {
            return new Session(id, url, created, amount, currency, name, clientReferenceId, paymentId, successUrl, cancelUrl, true);
        }
    }
}
