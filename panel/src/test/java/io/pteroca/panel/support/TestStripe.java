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
}
