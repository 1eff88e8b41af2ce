package io.pteroca.panel.server;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Daily housekeeping: an order's idempotency key is only needed while a form could still be resubmitted (a day
 * is plenty; kept 7), and server logs are kept as long as Settings → Servers says.
 */
@Component
class ServerCleanup {

    private static final Logger log = LoggerFactory.getLogger(ServerCleanup.class);
    private static final Duration KEY_LIFETIME = Duration.ofDays(7);

    private final JdbcTemplate jdbc;
    private final ServerSettings settings;
    private final Clock clock;

    ServerCleanup(JdbcTemplate jdbc, ServerSettings settings, Clock clock) {
        this.jdbc = jdbc;
        this.settings = settings;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "PT24H", initialDelayString = "${pteroca.servers.cleanup-initial-delay:PT1H}")
    @SchedulerLock(name = "server-cleanup", lockAtLeastFor = "PT1H")
    void tick() {
        cleanUp();
    }

    void cleanUp() {
        Instant now = clock.instant();
        int keys = jdbc.update("UPDATE server_order SET idempotency_key = NULL WHERE idempotency_key IS NOT NULL AND created_at < ?",
                utc(now.minus(KEY_LIFETIME)));
        int lines = jdbc.update("DELETE FROM server_log WHERE at < ?", utc(now.minus(settings.logRetention())));
        log.info("Server cleanup: {} idempotency keys and {} log lines older than their lifetime removed", keys, lines);
    }

    /** Timestamps are stored as UTC wall time. */
    private static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
