package io.pteroca.panel.demo;

import com.stripe.Stripe;
import java.time.Clock;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** Stripe's JSON for the stand-in's objects, errors and events, with the fields the panel and stripe-java read. */
@Component
@Profile("demo")
class DemoStripeJson {

    private final JsonMapper json = JsonMapper.builder().build();
    private final Clock clock;

    DemoStripeJson(Clock clock) {
        this.clock = clock;
    }

    String session(DemoStripe.Session session) {
        return write(sessionNode(session));
    }

    String customer(String id) {
        return write(json.createObjectNode().put("id", id).put("object", "customer").put("livemode", false));
    }

    String card(DemoStripe.Card card) {
        return write(cardNode(card));
    }

    String setupIntent(DemoStripe.SetupIntent intent) {
        return write(setupIntentNode(intent));
    }

    String paymentIntent(DemoStripe.PaymentIntent intent) {
        return write(paymentIntentNode(intent));
    }

    String error(String message) {
        return error("invalid_request_error", null, null, message, null);
    }

    String missing(String message) {
        return error("invalid_request_error", "resource_missing", null, message, null);
    }

    /** Stripe's 402 answer to an off-session charge the card did not allow, with the payment intent it left behind. */
    String cardError(String code, String declineCode, String message, DemoStripe.PaymentIntent intent) {
        return error("card_error", code, declineCode, message, intent);
    }

    /** The event Stripe sends when a session is paid, or (in setup mode) a card is saved. */
    String completed(DemoStripe.Session session) {
        return event("checkout.session.completed", "evt_" + session.id(), sessionNode(session));
    }

    String setupSucceeded(DemoStripe.SetupIntent intent) {
        return event("setup_intent.succeeded", "evt_" + intent.id(), setupIntentNode(intent));
    }

    String paymentSucceeded(DemoStripe.PaymentIntent intent) {
        return event("payment_intent.succeeded", "evt_" + intent.id(), paymentIntentNode(intent));
    }

    private String event(String type, String id, ObjectNode object) {
        ObjectNode event = json.createObjectNode()
                .put("id", id)
                .put("object", "event")
                .put("api_version", Stripe.API_VERSION)
                .put("created", clock.instant().getEpochSecond())
                .put("livemode", false)
                .put("type", type);
        event.putObject("data").set("object", object);
        return write(event);
    }

    private String error(String type, String code, String declineCode, String message, DemoStripe.PaymentIntent intent) {
        ObjectNode body = json.createObjectNode();
        ObjectNode error = body.putObject("error").put("type", type).put("message", message);
        if (code != null) {
            error.put("code", code);
        }
        if (declineCode != null) {
            error.put("decline_code", declineCode);
        }
        if (intent != null) {
            error.set("payment_intent", paymentIntentNode(intent));
        }
        return write(body);
    }

    private ObjectNode sessionNode(DemoStripe.Session session) {
        ObjectNode node = json.createObjectNode()
                .put("id", session.id())
                .put("object", "checkout.session")
                .put("mode", session.mode())
                .put("livemode", false)
                .put("created", session.created())
                .put("currency", session.currency())
                .put("client_reference_id", session.clientReferenceId())
                .put("customer", session.customer())
                .put("success_url", session.successUrl())
                .put("cancel_url", session.cancelUrl())
                .put("status", session.paid() ? "complete" : "open");
        if (session.setup()) {
            node.put("payment_status", "no_payment_required").put("setup_intent", session.setupIntent());
        } else {
            node.put("amount_total", session.amount()).put("payment_status", session.paid() ? "paid" : "unpaid");
        }
        // Like Stripe: the page is gone once the session is complete.
        if (session.paid()) {
            node.putNull("url");
        } else {
            node.put("url", session.url());
        }
        node.putObject("metadata").put("payment_id", session.paymentId());
        return node;
    }

    private ObjectNode cardNode(DemoStripe.Card card) {
        ObjectNode node = json.createObjectNode()
                .put("id", card.id())
                .put("object", "payment_method")
                .put("type", "card")
                .put("livemode", false)
                .put("customer", card.customer());
        node.putObject("card").put("brand", "visa").put("last4", card.testCard().last4()).put("exp_month", 12)
                .put("exp_year", clockYear() + 3).put("country", "US").put("funding", "credit");
        return node;
    }

    private ObjectNode setupIntentNode(DemoStripe.SetupIntent intent) {
        return json.createObjectNode()
                .put("id", intent.id())
                .put("object", "setup_intent")
                .put("livemode", false)
                .put("status", "succeeded")
                .put("usage", "off_session")
                .put("customer", intent.customer())
                .put("payment_method", intent.paymentMethod());
    }

    private ObjectNode paymentIntentNode(DemoStripe.PaymentIntent intent) {
        ObjectNode node = json.createObjectNode()
                .put("id", intent.id())
                .put("object", "payment_intent")
                .put("livemode", false)
                .put("created", intent.created())
                .put("amount", intent.amount())
                .put("currency", intent.currency())
                .put("customer", intent.customer())
                .put("payment_method", intent.paymentMethod())
                .put("status", intent.status());
        node.putObject("metadata").put("pteroca_payment_id", intent.paymentId());
        return node;
    }

    private int clockYear() {
        return clock.instant().atZone(java.time.ZoneOffset.UTC).getYear();
    }

    private String write(ObjectNode node) {
        return json.writeValueAsString(node);
    }
}
