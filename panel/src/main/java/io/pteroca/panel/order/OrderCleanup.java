package io.pteroca.panel.order;

import io.pteroca.panel.shared.UtcColumns;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Daily: an order's idempotency key is only needed while a form could still be resubmitted (a day is plenty; kept
 * 7), so older keys are dropped and the orders stay.
 */
@Component
class OrderCleanup {

    private static final Logger log = LoggerFactory.getLogger(OrderCleanup.class);
    private static final Duration KEY_LIFETIME = Duration.ofDays(7);

    private final JdbcTemplate jdbc;
    private final Clock clock;

    OrderCleanup(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "PT24H", initialDelayString = "${pteroca.servers.cleanup-initial-delay:PT1H}")
    // Daily on each instance, at different hours: held most of a day, so one of them runs it per day. At most as
    // long as at least (ShedLock refuses a lock that may end before its minimum, and the job never ran).
    @SchedulerLock(name = "order-cleanup", lockAtLeastFor = "PT23H", lockAtMostFor = "PT23H")
    void tick() {
        cleanUp();
    }

    void cleanUp() {
        LocalDateTime before = UtcColumns.utc(clock.instant().minus(KEY_LIFETIME));
        int keys = jdbc.update("UPDATE server_order SET idempotency_key = NULL WHERE idempotency_key IS NOT NULL AND created_at < ?",
                before);
        log.info("Order cleanup: {} idempotency keys older than {} removed", keys, KEY_LIFETIME);
    }
}
