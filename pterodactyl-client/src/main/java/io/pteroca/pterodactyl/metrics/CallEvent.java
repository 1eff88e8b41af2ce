package io.pteroca.pterodactyl.metrics;

import java.time.Duration;

/**
 * One HTTP attempt. {@code endpoint} is the route template ({@code GET /api/application/users/{id}}) so
 * counters stay low-cardinality; {@code status} is 0 when no response arrived; {@code attempt} starts at 1.
 */
public record CallEvent(String endpoint, CallOutcome outcome, int status, Duration duration, int attempt) {
}
