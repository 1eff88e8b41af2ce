package io.pteroca.emulator.http;

import java.time.Clock;
import java.util.HashMap;
import java.util.Map;

/** Laravel's throttle: a fixed window per user and API, starting at the window's first hit. */
public final class RateLimiter {

    /** The outcome of one hit: whether it passed, and what the X-RateLimit headers say. */
    public record Decision(boolean allowed, int limit, int remaining, long retryAfterSeconds, long resetEpochSecond) {
    }

    private record Window(long startMillis, int hits) {
    }

    private final Clock clock;
    private final Map<String, Window> windows = new HashMap<>();

    public RateLimiter(Clock clock) {
        this.clock = clock;
    }

    public synchronized Decision hit(String bucket, int limit, long windowMillis) {
        long now = clock.millis();
        Window window = windows.get(bucket);
        if (window == null || now - window.startMillis() >= windowMillis) {
            window = new Window(now, 0);
        }
        long endMillis = window.startMillis() + windowMillis;
        long retryAfter = Math.max(1, (endMillis - now + 999) / 1000);
        if (window.hits() >= limit) {
            windows.put(bucket, window);
            return new Decision(false, limit, 0, retryAfter, (endMillis + 999) / 1000);
        }
        window = new Window(window.startMillis(), window.hits() + 1);
        windows.put(bucket, window);
        return new Decision(true, limit, limit - window.hits(), retryAfter, (endMillis + 999) / 1000);
    }

    public synchronized void reset() {
        windows.clear();
    }
}
