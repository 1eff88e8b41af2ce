package io.pteroca.panel.demo;

import io.pteroca.panel.setting.SiteSettings;
import java.util.Map;
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
 * The two calls of Stripe's API the panel makes, answered by the demo: create a Checkout Session and retrieve one. The
 * panel's StripeGateway reaches them through stripe-java with the demo's test key, exactly as it reaches Stripe.
 */
@RestController
@Profile("demo")
class DemoStripeApiController {

    private final DemoStripe stripe;
    private final DemoStripeJson json;
    private final SiteSettings site;

    DemoStripeApiController(DemoStripe stripe, DemoStripeJson json, SiteSettings site) {
        this.stripe = stripe;
        this.json = json;
        this.site = site;
    }

    @PostMapping(DemoStripe.API_PATH + "/v1/checkout/sessions")
    ResponseEntity<String> create(@RequestHeader(value = HttpHeaders.AUTHORIZATION, required = false) String authorization,
                                  @RequestParam Map<String, String> form) {
        if (!authorized(authorization)) {
            return unauthorized();
        }
        return ok(json.session(stripe.open(form, site.url())));
    }

    @GetMapping(DemoStripe.API_PATH + "/v1/checkout/sessions/{id}")
    ResponseEntity<String> retrieve(@RequestHeader(value = HttpHeaders.AUTHORIZATION, required = false) String authorization,
                                    @PathVariable String id) {
        if (!authorized(authorization)) {
            return unauthorized();
        }
        return stripe.find(id).map(session -> ok(json.session(session)))
                .orElseGet(() -> error(HttpStatus.NOT_FOUND, "No such checkout.session: " + id));
    }

    private boolean authorized(String authorization) {
        return ("Bearer " + stripe.secretKey()).equals(authorization);
    }

    private ResponseEntity<String> unauthorized() {
        return error(HttpStatus.UNAUTHORIZED, "Invalid API Key provided.");
    }

    private ResponseEntity<String> error(HttpStatus status, String message) {
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON).body(json.error(message));
    }

    private static ResponseEntity<String> ok(String body) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(body);
    }
}
