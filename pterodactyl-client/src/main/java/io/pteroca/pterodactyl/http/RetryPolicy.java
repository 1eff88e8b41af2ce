package io.pteroca.pterodactyl.http;

import java.time.Duration;

/**
 * Retries for idempotent GETs (timeouts, connection errors, 5xx) and for 429s of any method (the panel
 * rejected the call before doing anything). {@code maxAttempts} counts the first try.
 * {@code maxRetryAfter} caps how long a Retry-After is honoured; a longer one is thrown to the caller.
 */
public record RetryPolicy(int maxAttempts, Duration initialBackoff, double multiplier, Duration maxBackoff,
                          Duration maxRetryAfter) {

    public RetryPolicy {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1");
        }
    }

    public static RetryPolicy defaults() {
        return new RetryPolicy(3, Duration.ofMillis(500), 2.0, Duration.ofSeconds(10), Duration.ofSeconds(60));
    }

    public static RetryPolicy none() {
        return new RetryPolicy(1, Duration.ZERO, 1.0, Duration.ZERO, Duration.ZERO);
    }

    /** Backoff before attempt {@code failedAttempt + 1}. */
    public Duration backoffAfter(int failedAttempt) {
        double millis = initialBackoff.toMillis() * Math.pow(multiplier, failedAttempt - 1);
        return Duration.ofMillis((long) Math.min(millis, maxBackoff.toMillis()));
    }
}
