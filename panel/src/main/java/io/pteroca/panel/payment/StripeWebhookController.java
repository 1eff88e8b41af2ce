package io.pteroca.panel.payment;

import com.stripe.exception.SignatureVerificationException;
import com.stripe.net.Webhook;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Stripe's calls about checkout sessions. Nothing is believed before the signature checks out; then the session
 * must be one we opened, and {@link PaymentConfirmation} makes any number of deliveries credit once.
 */
@RestController
class StripeWebhookController {

    private static final Logger log = LoggerFactory.getLogger(StripeWebhookController.class);

    private final StripeSettings settings;
    private final PaymentRepository payments;
    private final PaymentConfirmation confirmation;
    private final JsonMapper json = JsonMapper.builder().build();

    StripeWebhookController(StripeSettings settings, PaymentRepository payments, PaymentConfirmation confirmation) {
        this.settings = settings;
        this.payments = payments;
        this.confirmation = confirmation;
    }

    @PostMapping("/payments/stripe/webhook")
    ResponseEntity<String> receive(@RequestBody(required = false) String payload,
                                   @RequestHeader(name = "Stripe-Signature", required = false) String signature) {
        if (payload == null || signature == null || settings.webhookSecret().isBlank()) {
            return ResponseEntity.badRequest().body("missing payload or signature");
        }
        try {
            Webhook.constructEvent(payload, signature, settings.webhookSecret());
        } catch (SignatureVerificationException invalid) {
            log.warn("Refused a Stripe webhook with a bad signature");
            return ResponseEntity.badRequest().body("bad signature");
        } catch (RuntimeException unreadable) {
            return ResponseEntity.badRequest().body("unreadable event");
        }
        // Read the event ourselves: stripe-java only deserialises events of its own pinned API version.
        JsonNode event = json.readTree(payload);
        String type = event.path("type").asString("");
        JsonNode session = event.path("data").path("object");
        var payment = payments.findByGatewayAndExternalId(StripeTopUps.STRIPE, session.path("id").asString(""));
        if (payment.isEmpty()) {
            return ResponseEntity.ok("not ours");
        }
        long paymentId = payment.get().id();
        switch (type) {
            case "checkout.session.completed" -> {
                if ("paid".equals(session.path("payment_status").asString(""))) {
                    confirmation.confirm(paymentId, "stripe");
                }
            }
            case "checkout.session.async_payment_succeeded" -> confirmation.confirm(paymentId, "stripe");
            case "checkout.session.async_payment_failed" -> confirmation.close(paymentId, PaymentStatus.FAILED, "stripe");
            case "checkout.session.expired" -> confirmation.close(paymentId, PaymentStatus.EXPIRED, "stripe");
            default -> {
                return ResponseEntity.ok("ignored");
            }
        }
        return ResponseEntity.ok("done");
    }
}
