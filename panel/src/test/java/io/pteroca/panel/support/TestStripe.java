package io.pteroca.panel.support;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** A local HTTP stub standing in for Stripe's API (WireMock), and Stripe's webhook signature, made by the test. */
public final class TestStripe {

    public static final String WEBHOOK_SECRET = "whsec_test_secret";
    private static WireMockServer server;

    private TestStripe() {
    }

    public static synchronized WireMockServer server() {
        if (server == null) {
            server = new WireMockServer(WireMockConfiguration.options().dynamicPort().bindAddress("127.0.0.1"));
            server.start();
            Runtime.getRuntime().addShutdownHook(new Thread(server::stop));
        }
        return server;
    }

    public static String url() {
        return "http://127.0.0.1:" + server().port();
    }

    /** The Stripe-Signature header Stripe would send with this payload. */
    public static String signature(String payload) {
        long timestamp = Instant.now().getEpochSecond();
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(WEBHOOK_SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            String signed = HexFormat.of().formatHex(mac.doFinal((timestamp + "." + payload).getBytes(StandardCharsets.UTF_8)));
            return "t=" + timestamp + ",v1=" + signed;
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String sessionEvent(String type, String sessionId, String paymentStatus) {
        return """
                {"id": "evt_%s", "object": "event", "api_version": "2025-01-27.acacia", "type": "%s",
                 "data": {"object": {"id": "%s", "object": "checkout.session", "payment_status": "%s", "status": "complete"}}}
                """.formatted(sessionId, type, sessionId, paymentStatus);
    }

    /** A signed-for event of any type about this object (the JSON of {@code data.object}). */
    public static String event(String type, String objectJson) {
        return """
                {"id": "evt_%s", "object": "event", "api_version": "2025-01-27.acacia", "type": "%s",
                 "data": {"object": %s}}
                """.formatted(java.util.UUID.randomUUID().toString().replace("-", ""), type, objectJson);
    }

    /** A saved card as Stripe's API returns it: attached to the customer, with brand, last 4 digits and expiry. */
    public static String cardPaymentMethod(String paymentMethodId, String customerId, String brand, String last4) {
        return """
                {"id": "%s", "object": "payment_method", "type": "card", "customer": "%s",
                 "card": {"brand": "%s", "last4": "%s", "exp_month": 4, "exp_year": 2031}}"""
                .formatted(paymentMethodId, customerId, brand, last4);
    }

    /** Stripe's 402 answer to a card payment that did not go through, with the payment intent it left behind. */
    public static String cardError(String code, String declineCode, String paymentIntentId) {
        return """
                {"error": {"type": "card_error", "code": "%s", %s"message": "The card was not charged.",
                 "payment_intent": {"id": "%s", "object": "payment_intent", "status": "requires_payment_method"}}}"""
                .formatted(code, declineCode == null ? "" : "\"decline_code\": \"" + declineCode + "\", ", paymentIntentId);
    }
}
