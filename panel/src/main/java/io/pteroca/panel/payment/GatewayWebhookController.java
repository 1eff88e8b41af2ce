package io.pteroca.panel.payment;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/** Where payment providers post their notifications, e.g. {@code /payments/stripe/webhook}. */
@RestController
class GatewayWebhookController {

    private final GatewayTopUps topUps;

    GatewayWebhookController(GatewayTopUps topUps) {
        this.topUps = topUps;
    }

    @PostMapping("/payments/{gateway}/webhook")
    ResponseEntity<String> receive(@PathVariable String gateway, @RequestBody(required = false) String payload,
                                   @RequestHeader HttpHeaders headers) {
        Map<String, String> lowerCase = new HashMap<>();
        headers.forEach((name, values) -> lowerCase.put(name.toLowerCase(Locale.ROOT), values.isEmpty() ? "" : values.get(0)));
        return topUps.notified(gateway, payload, lowerCase)
                ? ResponseEntity.ok("accepted")
                : ResponseEntity.badRequest().body("not verified");
    }

    /** Stripe redelivers an event answered with an error, so one that could not be handled now is handled later. */
    @ExceptionHandler(StripeCardEvents.Deferred.class)
    ResponseEntity<String> deferred() {
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).body("try again later");
    }
}
