package io.pteroca.panel.api;

import io.pteroca.panel.shared.UtcColumns;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Daily: {@code Idempotency-Key}s older than {@link #KEYS_KEPT} are dropped (a client retries within minutes; after
 * that the same key is a new request), and tokens revoked or expired more than {@link #ENDED_TOKENS_KEPT} ago go
 * (they can never be used again; their creation and revocation stay in the audit log).
 */
@Component
class ApiCleanup {

    private static final Logger log = LoggerFactory.getLogger(ApiCleanup.class);
    static final Duration KEYS_KEPT = Duration.ofDays(7);
    static final Duration ENDED_TOKENS_KEPT = Duration.ofDays(90);

    private final JdbcTemplate jdbc;
    private final Clock clock;

    ApiCleanup(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "PT24H", initialDelayString = "${pteroca.servers.cleanup-initial-delay:PT1H}")
    // Daily on each instance, at different hours: held most of a day, so one of them runs it per day. At most as
    // long as at least (ShedLock refuses a lock that may end before its minimum, and the job never ran).
    @SchedulerLock(name = "api-cleanup", lockAtLeastFor = "PT23H", lockAtMostFor = "PT23H")
    void tick() {
        cleanUp();
    }

    void cleanUp() {
        Instant now = clock.instant();
        int keys = jdbc.update("DELETE FROM api_idempotency WHERE created_at < ?", UtcColumns.utc(now.minus(KEYS_KEPT)));
        var endedBefore = UtcColumns.utc(now.minus(ENDED_TOKENS_KEPT));
        int tokens = jdbc.update("DELETE FROM api_token WHERE revoked_at < ? OR expires_at < ?", endedBefore, endedBefore);
        log.info("API cleanup: {} idempotency keys older than {} and {} tokens ended more than {} ago removed", keys, KEYS_KEPT,
                tokens, ENDED_TOKENS_KEPT);
    }
}
