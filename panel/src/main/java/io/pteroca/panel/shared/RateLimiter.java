package io.pteroca.panel.shared;

import java.time.Clock;
import java.time.Duration;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Fixed-window counters kept in the database, so every panel instance shares the same budget.
 * Called before the caller opens a transaction, never inside one: a rolled-back request must still count as an
 * attempt, and counting beside a transaction that holds a connection would wait for a second one (a suspended
 * transaction keeps its connection), so a caller inside one is refused.
 */
@Component
public class RateLimiter {

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final SeparateTransaction counting;

    RateLimiter(JdbcTemplate jdbc, Clock clock, PlatformTransactionManager transactionManager) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.counting = new SeparateTransaction(transactionManager);
    }

    /**
     * Counts one attempt and throws when this window already holds {@code limit} attempts; returns how many the
     * window holds with this one.
     */
    public int acquire(String rawKey, int limit, Duration window) {
        refuseInsideATransaction();
        String key = stored(rawKey);
        long windowMillis = window.toMillis();
        long now = clock.millis();
        long windowStart = now - Math.floorMod(now, windowMillis);
        // Most attempts find their window's row (every attempt but the first of a window): they count straight away,
        // and only a missing row is created first. A reset of the key (a sign-in that succeeded meanwhile) may delete
        // the row between creating and counting it: then it is created again, and after a few such races this attempt
        // counts alone.
        Integer hits = whileContended(() -> countIn(key, windowStart));
        for (int tries = 0; hits == null && tries < 3; tries++) {
            hits = whileContended(() -> {
                ensureWindow(key, windowStart);
                return countIn(key, windowStart);
            });
        }
        if (hits == null) {
            return 1;
        }
        if (hits > limit) {
            throw new RateLimitExceededException(Duration.ofMillis(windowStart + windowMillis - now));
        }
        return hits;
    }

    /** Adds this attempt to the window's row and returns its count, or null when the window has no row yet. */
    private Integer countIn(String key, long windowStart) {
        return counting.execute(status -> {
            if (jdbc.update("UPDATE rate_limit_window SET hits = hits + 1 WHERE bucket_key = ? AND window_start = ?",
                    key, windowStart) == 0) {
                return null;
            }
            // The update holds the row lock until commit, so this reads our own increment, not a later one.
            return jdbc.queryForObject("SELECT hits FROM rate_limit_window WHERE bucket_key = ? AND window_start = ?",
                    Integer.class, key, windowStart);
        });
    }

    /** Counts one event with no limit, e.g. a failure that is judged later with {@link #hits}. */
    public void count(String rawKey, Duration window) {
        acquire(rawKey, Integer.MAX_VALUE, window);
    }

    /** How many attempts this window holds so far. */
    public int hits(String rawKey, Duration window) {
        refuseInsideATransaction();
        Integer hits = jdbc.query("SELECT hits FROM rate_limit_window WHERE bucket_key = ? AND window_start = ?",
                rows -> rows.next() ? rows.getInt(1) : 0, stored(rawKey), windowStart(window));
        return hits == null ? 0 : hits;
    }

    /** Gives back one attempt of this window, e.g. one that turned out to be a successful sign-in. */
    public void release(String rawKey, Duration window) {
        refuseInsideATransaction();
        jdbc.update("UPDATE rate_limit_window SET hits = hits - 1 WHERE bucket_key = ? AND window_start = ? AND hits > 0",
                stored(rawKey), windowStart(window));
    }

    private static void refuseInsideATransaction() {
        if (TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("Rate limits are counted before the caller's transaction, not inside it");
        }
    }

    private long windowStart(Duration window) {
        long now = clock.millis();
        return now - Math.floorMod(now, window.toMillis());
    }

    /** Forgets the attempts of a key, e.g. after a successful login. */
    public void reset(String key) {
        refuseInsideATransaction();
        whileContended(() -> jdbc.update("DELETE FROM rate_limit_window WHERE bucket_key = ?", stored(key)));
    }

    /**
     * Runs a statement again when the database picked it to break a deadlock or a lock wait: InnoDB does so when
     * inserts of a key's new window meet its deletion by a reset. Such a conflict is about the counter, never a reason
     * to fail the request that is being counted.
     */
    private <T> T whileContended(java.util.function.Supplier<T> statement) {
        for (int tries = 1; ; tries++) {
            try {
                return statement.get();
            } catch (org.springframework.dao.TransientDataAccessException contended) {
                if (tries == 5) {
                    throw contended;
                }
            }
        }
    }

    /** Keys carry user input (e-mail addresses): long ones are hashed to fit the column. */
    private static String stored(String key) {
        return key.length() <= 100 ? key : key.substring(0, 30) + "#" + Tokens.sha256Hex(key);
    }

    /** Creates the window's row on its own, outside a transaction: a duplicate-key error must not abort one. */
    private void ensureWindow(String key, long windowStart) {
        Integer existing = jdbc.queryForObject(
                "SELECT COUNT(*) FROM rate_limit_window WHERE bucket_key = ? AND window_start = ?", Integer.class, key, windowStart);
        if (existing != null && existing == 0) {
            try {
                jdbc.update("INSERT INTO rate_limit_window (bucket_key, window_start, hits) VALUES (?, ?, 0)", key, windowStart);
            } catch (DuplicateKeyException anotherRequestInsertedFirst) {
                // the row exists, which is all we need
            }
        }
    }

    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT5M")
    public void forgetOldWindows() {
        jdbc.update("DELETE FROM rate_limit_window WHERE window_start < ?", clock.millis() - Duration.ofDays(2).toMillis());
    }
}
