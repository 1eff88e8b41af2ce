package io.pteroca.panel.demo;

import io.pteroca.panel.setting.SiteSettings;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.context.annotation.Profile;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The calls of Stripe's API the panel makes, answered by the demo: Checkout Sessions (top-ups, saving a card, confirming
 * a held charge), customers, saved cards and their detaching, setup intents, and off-session payment intents. The panel
 * reaches them through stripe-java with the demo's test key, exactly as it reaches Stripe; a repeated POST under the same
 * idempotency key gets the first answer, as at Stripe.
 */
@RestController
@Profile("demo")
class DemoStripeApiController {

    private static final String IDEMPOTENCY_KEY = "Idempotency-Key";

    private final DemoStripe stripe;
    private final DemoStripeJson json;
    private final DemoStripeWebhooks webhooks;
    private final SiteSettings site;

    DemoStripeApiController(DemoStripe stripe, DemoStripeJson json, DemoStripeWebhooks webhooks, SiteSettings site) {
        this.stripe = stripe;
        this.json = json;
        this.webhooks = webhooks;
        this.site = site;
    }

    @PostMapping(DemoStripe.API_PATH + "/v1/checkout/sessions")
    ResponseEntity<String> create(@RequestHeader(value = HttpHeaders.AUTHORIZATION, required = false) String authorization,
                                  @RequestHeader(value = IDEMPOTENCY_KEY, required = false) String key,
                                  @RequestParam Map<String, String> form) {
        return withKey(authorization, () -> stripe.once(key, () -> ok(json.session(stripe.open(form, site.url())))));
    }

    @GetMapping(DemoStripe.API_PATH + "/v1/checkout/sessions/{id}")
    ResponseEntity<String> retrieve(@RequestHeader(value = HttpHeaders.AUTHORIZATION, required = false) String authorization,
                                    @PathVariable String id) {
        return withKey(authorization, () -> stripe.find(id).map(session -> ok(json.session(session)))
                .orElseGet(() -> missing("No such checkout.session: " + id)));
    }

    @PostMapping(DemoStripe.API_PATH + "/v1/customers")
    ResponseEntity<String> customer(@RequestHeader(value = HttpHeaders.AUTHORIZATION, required = false) String authorization,
                                    @RequestHeader(value = IDEMPOTENCY_KEY, required = false) String key) {
        return withKey(authorization, () -> stripe.once(key, () -> ok(json.customer(stripe.newCustomer()))));
    }

    @GetMapping(DemoStripe.API_PATH + "/v1/setup_intents/{id}")
    ResponseEntity<String> setupIntent(@RequestHeader(value = HttpHeaders.AUTHORIZATION, required = false) String authorization,
                                       @PathVariable String id) {
        return withKey(authorization, () -> stripe.setupIntent(id).map(intent -> ok(json.setupIntent(intent)))
                .orElseGet(() -> missing("No such setupintent: " + id)));
    }

    @GetMapping(DemoStripe.API_PATH + "/v1/payment_methods/{id}")
    ResponseEntity<String> card(@RequestHeader(value = HttpHeaders.AUTHORIZATION, required = false) String authorization,
                                @PathVariable String id) {
        return withKey(authorization, () -> stripe.card(id).map(card -> ok(json.card(card)))
                .orElseGet(() -> missing("No such PaymentMethod: " + id)));
    }

    @PostMapping(DemoStripe.API_PATH + "/v1/payment_methods/{id}/detach")
    ResponseEntity<String> detach(@RequestHeader(value = HttpHeaders.AUTHORIZATION, required = false) String authorization,
                                  @PathVariable String id) {
        return withKey(authorization, () -> stripe.detach(id).map(card -> ok(json.card(card)))
                .orElseGet(() -> missing("No such PaymentMethod: " + id)));
    }

    /**
     * An off-session charge of a saved card, answered as Stripe answers for the test card: paid (and the webhook follows),
     * held for the cardholder's authentication, or declined for insufficient funds.
     */
    @PostMapping(DemoStripe.API_PATH + "/v1/payment_intents")
    ResponseEntity<String> charge(@RequestHeader(value = HttpHeaders.AUTHORIZATION, required = false) String authorization,
                                  @RequestHeader(value = IDEMPOTENCY_KEY, required = false) String key,
                                  @RequestParam Map<String, String> form) {
        return withKey(authorization, () -> stripe.once(key, () -> charged(form)));
    }

    private DemoStripe.Answer charged(Map<String, String> form) {
        DemoStripe.Card card = stripe.card(form.getOrDefault("payment_method", "")).orElse(null);
        if (card == null || card.customer() == null || !card.customer().equals(form.get("customer"))) {
            return missing("No such PaymentMethod for this customer: " + form.get("payment_method"));
        }
        DemoStripe.PaymentIntent intent = stripe.charge(form);
        return switch (card.testCard()) {
            case SUCCEEDS -> {
                webhooks.paymentSucceededLater(intent);
                yield ok(json.paymentIntent(intent));
            }
            case NEEDS_AUTHENTICATION -> new DemoStripe.Answer(402, json.cardError("authentication_required", null,
                    "This payment requires the cardholder to authenticate.", intent));
            case DECLINED -> new DemoStripe.Answer(402, json.cardError("card_declined", "insufficient_funds",
                    "Your card has insufficient funds.", intent));
        };
    }

    @GetMapping(DemoStripe.API_PATH + "/v1/payment_intents/{id}")
    ResponseEntity<String> paymentIntent(@RequestHeader(value = HttpHeaders.AUTHORIZATION, required = false) String authorization,
                                         @PathVariable String id) {
        return withKey(authorization, () -> stripe.paymentIntent(id).map(intent -> ok(json.paymentIntent(intent)))
                .orElseGet(() -> missing("No such payment_intent: " + id)));
    }

    /** Answers the call only for the demo's secret key, as Stripe does. */
    private ResponseEntity<String> withKey(String authorization, Supplier<DemoStripe.Answer> call) {
        boolean authorized = ("Bearer " + stripe.secretKey()).equals(authorization);
        return answer(authorized ? call.get()
                : new DemoStripe.Answer(HttpStatus.UNAUTHORIZED.value(), json.error("Invalid API Key provided.")));
    }

    private DemoStripe.Answer missing(String message) {
        return new DemoStripe.Answer(HttpStatus.NOT_FOUND.value(), json.missing(message));
    }

    private static DemoStripe.Answer ok(String body) {
        return new DemoStripe.Answer(HttpStatus.OK.value(), body);
    }

    private static ResponseEntity<String> answer(DemoStripe.Answer answer) {
        return ResponseEntity.status(answer.status()).contentType(MediaType.APPLICATION_JSON).body(answer.body());
    }
}
