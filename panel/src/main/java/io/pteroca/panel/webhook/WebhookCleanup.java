package io.pteroca.panel.webhook;

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
 * Daily: deliveries that ended (delivered, or given up) more than {@link #KEPT} ago go with their attempts, and then
 * the messages no delivery needs any more. A redelivery counts from its own end, not from the event; pending and
 * sending deliveries stay whatever their age: they are still owed to an endpoint.
 */
@Component
class WebhookCleanup {

    private static final Logger log = LoggerFactory.getLogger(WebhookCleanup.class);
    static final Duration KEPT = Duration.ofDays(30);
    /** Given up no later than its give-up time, which a redelivery moves on. */
    private static final String ENDED = "((status = 'DELIVERED' AND delivered_at < ?) OR (status = 'FAILED' AND give_up_at < ?))";

    private final JdbcTemplate jdbc;
    private final Clock clock;

    WebhookCleanup(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "PT24H", initialDelayString = "${pteroca.servers.cleanup-initial-delay:PT1H}")
    // Daily on each instance, at different hours: held most of a day, so one of them runs it per day. At most as
    // long as at least (ShedLock refuses a lock that may end before its minimum, and the job never ran).
    @SchedulerLock(name = "webhook-cleanup", lockAtLeastFor = "PT23H", lockAtMostFor = "PT23H")
    void tick() {
        cleanUp();
    }

    int cleanUp() {
        LocalDateTime before = UtcColumns.utc(clock.instant().minus(KEPT));
        // Their attempts go with them (ON DELETE CASCADE), in the same statement.
        int deliveries = jdbc.update("DELETE FROM webhook_delivery WHERE " + ENDED, before, before);
        int messages = jdbc.update("DELETE FROM webhook_message WHERE created_at < ? AND NOT EXISTS"
                + " (SELECT 1 FROM webhook_delivery d WHERE d.message_id = webhook_message.id)", before);
        log.info("Webhook cleanup: {} finished deliveries and {} messages older than {} removed", deliveries, messages, KEPT);
        return deliveries;
    }
}
