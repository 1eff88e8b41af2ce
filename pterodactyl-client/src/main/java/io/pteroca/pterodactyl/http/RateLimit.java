package io.pteroca.pterodactyl.http;

/**
 * Client-side budget. The panel counts per user in fixed one-minute windows; a bucket of {@code burst}
 * tokens refilled at {@code (requestsPerMinute - burst)} per minute never exceeds {@code requestsPerMinute}
 * in any 60 s span.
 */
public record RateLimit(int requestsPerMinute, int burst) {

    public RateLimit {
        if (requestsPerMinute < 1 || burst < 1 || burst >= requestsPerMinute) {
            throw new IllegalArgumentException("need 1 <= burst < requestsPerMinute");
        }
    }

    /** The panel's default {@code APP_API_APPLICATION_RATELIMIT}, also used by the PteroCA addon routes. */
    public static RateLimit applicationDefault() {
        return new RateLimit(240, 10);
    }

    /** The panel's default {@code APP_API_CLIENT_RATELIMIT}. */
    public static RateLimit clientDefault() {
        return new RateLimit(720, 20);
    }

    double refillPerSecond() {
        return (requestsPerMinute - burst) / 60.0;
    }
}
