package io.pteroca.panel.api;

import io.pteroca.panel.shared.Refusal;
import org.springframework.http.HttpStatus;

/** Refusals only the API has: a reused idempotency key with another request (422). */
class ApiRefusal extends Refusal {

    ApiRefusal(HttpStatus status, String field, String messageKey, Object... args) {
        super(status, field, messageKey, args);
    }
}
