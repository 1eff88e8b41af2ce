package io.pteroca.panel.server;

import io.pteroca.panel.shared.UtcColumns;
import java.time.Clock;
import java.time.Instant;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Daily: server logs are kept as long as Settings → Servers says. */
@Component
class ServerCleanup {

    private static final Logger log = LoggerFactory.getLogger(ServerCleanup.class);

    private final JdbcTemplate jdbc;
    private final ServerSettings settings;
    private final Clock clock;

    ServerCleanup(JdbcTemplate jdbc, ServerSettings settings, Clock clock) {
        this.jdbc = jdbc;
        this.settings = settings;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "PT24H", initialDelayString = "${pteroca.servers.cleanup-initial-delay:PT1H}")
    // Daily on each instance, at different hours: held most of a day, so one of them runs it per day. At most as
    // long as at least (ShedLock refuses a lock that may end before its minimum, and the job never ran).
    @SchedulerLock(name = "server-cleanup", lockAtLeastFor = "PT23H", lockAtMostFor = "PT23H")
    void tick() {
        cleanUp();
    }

    void cleanUp() {
        Instant now = clock.instant();
        int lines = jdbc.update("DELETE FROM server_log WHERE at < ?", UtcColumns.utc(now.minus(settings.logRetention())));
        log.info("Server cleanup: {} log lines older than their lifetime removed", lines);
    }
}
