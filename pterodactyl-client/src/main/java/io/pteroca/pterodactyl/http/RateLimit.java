package io.pteroca.pterodactyl.http;

import java.time.Duration;

/**
 * Client-side budget: at most {@code requests} calls per {@code window}. The panel counts each user's calls in a fixed
 * window (a minute unless its operator changed it) that opens with the first call after the previous window closed;
 * see {@link CallBudget} for how the client keeps under it.
 */
public record RateLimit(int requests, Duration window) {

    public RateLimit {
        if (requests < 1 || window == null || window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("need at least one request in a window longer than zero");
        }
    }

    public static RateLimit perMinute(int requests) {
        return new RateLimit(requests, Duration.ofMinutes(1));
    }

    /** The panel's default {@code APP_API_APPLICATION_RATELIMIT}, also used by the PteroCA addon routes. */
    public static RateLimit applicationDefault() {
        return perMinute(240);
    }

    /** The panel's default {@code APP_API_CLIENT_RATELIMIT}. */
    public static RateLimit clientDefault() {
        return perMinute(720);
    }

    /** The same budget as calls per minute, for showing it beside a count of the last minute's calls. */
    public int requestsPerMinute() {
        return (int) (requests * (double) Duration.ofMinutes(1).toNanos() / window.toNanos());
    }
}
