package io.pteroca.panel.shared;

import java.time.Duration;
import org.springframework.http.HttpStatus;

/** A caller made too many attempts: 429, or a message on the form; {@link #retryAfter} says when to try again. */
public class RateLimitExceededException extends Refusal {

    private final Duration retryAfter;

    public RateLimitExceededException(Duration retryAfter) {
        super(HttpStatus.TOO_MANY_REQUESTS, null, "rateLimit.tooMany");
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
