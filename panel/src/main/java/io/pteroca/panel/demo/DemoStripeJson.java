package io.pteroca.panel.demo;

import com.stripe.Stripe;
import java.time.Clock;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** Stripe's JSON for the stand-in's sessions, errors and events, with the fields the panel and stripe-java read. */
@Component
@Profile("demo")
class DemoStripeJson {

    private final JsonMapper json = JsonMapper.builder().build();
    private final Clock clock;

    DemoStripeJson(Clock clock) {
        this.clock = clock;
    }

    String session(DemoStripe.Session session) {
        return json.writeValueAsString(sessionNode(session));
    }

    String error(String message) {
        ObjectNode body = json.createObjectNode();
        body.putObject("error").put("type", "invalid_request_error").put("message", message);
        return json.writeValueAsString(body);
    }

    /** The event Stripe sends when a session is paid. */
    String completed(DemoStripe.Session session) {
        ObjectNode event = json.createObjectNode()
                .put("id", "evt_" + session.id())
                .put("object", "event")
                .put("api_version", Stripe.API_VERSION)
                .put("created", clock.instant().getEpochSecond())
                .put("livemode", false)
                .put("type", "checkout.session.completed");
        event.putObject("data").set("object", sessionNode(session));
        return json.writeValueAsString(event);
    }

    private ObjectNode sessionNode(DemoStripe.Session session) {
        ObjectNode node = json.createObjectNode()
                .put("id", session.id())
                .put("object", "checkout.session")
                .put("mode", "payment")
                .put("livemode", false)
                .put("created", session.created())
                .put("amount_total", session.amount())
                .put("currency", session.currency())
                .put("client_reference_id", session.clientReferenceId())
                .put("success_url", session.successUrl())
                .put("cancel_url", session.cancelUrl())
                .put("status", session.paid() ? "complete" : "open")
                .put("payment_status", session.paid() ? "paid" : "unpaid");
        // Like Stripe: the page is gone once the session is complete.
        if (session.paid()) {
            node.putNull("url");
        } else {
            node.put("url", session.url());
        }
        node.putObject("metadata").put("payment_id", session.paymentId());
        return node;
    }
}
