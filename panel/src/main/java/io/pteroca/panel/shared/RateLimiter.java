package io.pteroca.panel.shared;

import java.time.Clock;
import java.time.Duration;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Fixed-window counters kept in the database, so every panel instance shares the same budget.
 * Runs outside any surrounding transaction: a rolled-back request must still count as an attempt.
 */
@Component
public class RateLimiter {

    private final JdbcTemplate jdbc;
    private final Clock clock;

    RateLimiter(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Counts one attempt and throws when this window already holds {@code limit} attempts. */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public void acquire(String key, int limit, Duration window) {
        long windowMillis = window.toMillis();
        long now = clock.millis();
        long windowStart = now - Math.floorMod(now, windowMillis);
        int hits = increment(key, windowStart);
        if (hits > limit) {
            throw new RateLimitExceededException(Duration.ofMillis(windowStart + windowMillis - now));
        }
    }

    /** Forgets the attempts of a key, e.g. after a successful login. */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public void reset(String key) {
        jdbc.update("DELETE FROM rate_limit_window WHERE bucket_key = ?", key);
    }

    private int increment(String key, long windowStart) {
        if (update(key, windowStart) == 0) {
            try {
                jdbc.update("INSERT INTO rate_limit_window (bucket_key, window_start, hits) VALUES (?, ?, 1)", key, windowStart);
                return 1;
            } catch (DuplicateKeyException anotherRequestInsertedFirst) {
                update(key, windowStart);
            }
        }
        Integer hits = jdbc.queryForObject(
                "SELECT hits FROM rate_limit_window WHERE bucket_key = ? AND window_start = ?", Integer.class, key, windowStart);
        return hits == null ? 0 : hits;
    }

    private int update(String key, long windowStart) {
        return jdbc.update("UPDATE rate_limit_window SET hits = hits + 1 WHERE bucket_key = ? AND window_start = ?",
                key, windowStart);
    }

    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT5M")
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public void forgetOldWindows() {
        jdbc.update("DELETE FROM rate_limit_window WHERE window_start < ?", clock.millis() - Duration.ofDays(2).toMillis());
    }
}
