package io.pteroca.pterodactyl.http;

import java.time.Duration;
import java.util.function.LongSupplier;

/** A reservation-style token bucket: callers take a token now and are told how long to wait for it. */
public final class TokenBucket {

    private final RateLimit limit;
    private final LongSupplier nanoClock;
    private double tokens;
    private long lastRefillNanos;

    public TokenBucket(RateLimit limit, LongSupplier nanoClock) {
        this.limit = limit;
        this.nanoClock = nanoClock;
        this.tokens = limit.burst();
        this.lastRefillNanos = nanoClock.getAsLong();
    }

    public RateLimit limit() {
        return limit;
    }

    /** Reserves one token and returns the wait before using it (zero when one was available). */
    public synchronized Duration reserve() {
        long now = nanoClock.getAsLong();
        double refill = (now - lastRefillNanos) / 1e9 * limit.refillPerSecond();
        tokens = Math.min(limit.burst(), tokens + refill);
        lastRefillNanos = now;
        tokens -= 1;
        if (tokens >= 0) {
            return Duration.ZERO;
        }
        return Duration.ofNanos((long) Math.ceil(-tokens / limit.refillPerSecond() * 1e9));
    }
}
