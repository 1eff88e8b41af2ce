package io.pteroca.panel.webhook;

import static io.pteroca.panel.shared.UtcColumns.utc;
import static org.assertj.core.api.Assertions.assertThat;

import io.pteroca.panel.support.IntegrationTest;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.support.GeneratedKeyHolder;

/** Finished deliveries go after 30 days with their attempts and messages; pending and recent ones stay. */
class WebhookCleanupTest extends IntegrationTest {

    @Autowired
    WebhookCleanup cleanup;

    @Test
    void finishedDeliveriesOlderThanThirtyDaysGoWithTheirAttemptsAndMessagesButPendingOnesStay() {
        long endpoint = insert("INSERT INTO webhook_endpoint (url, description, events, sealed_secret, enabled, created_at, updated_at)"
                + " VALUES ('https://hooks.example.test/cleanup', 'cleanup', 'server.created', 'sealed', TRUE, ?, ?)",
                utc(clock.instant()), utc(clock.instant()));
        long oldDelivered = delivery(endpoint, "DELIVERED");
        long oldFailed = delivery(endpoint, "FAILED");
        long oldPending = delivery(endpoint, "PENDING");
        long oldSending = delivery(endpoint, "SENDING");
        jdbc.update("INSERT INTO webhook_attempt (delivery_id, attempted_at, response_status, duration_ms, manual)"
                + " VALUES (?, ?, 200, 12, FALSE)", oldDelivered, utc(clock.instant()));
        long redelivered = delivery(endpoint, "DELIVERED");
        clock.advance(Duration.ofDays(29));
        long recentDelivered = delivery(endpoint, "DELIVERED");
        jdbc.update("UPDATE webhook_delivery SET delivered_at = ? WHERE id = ?", utc(clock.instant()), redelivered);

        cleanup.cleanUp();
        assertThat(ids()).as("nothing is 30 days old yet").contains(oldDelivered, oldFailed, oldPending, oldSending, recentDelivered,
                redelivered);

        clock.advance(Duration.ofDays(2));
        cleanup.cleanUp();
        assertThat(ids()).doesNotContain(oldDelivered, oldFailed).contains(oldPending, oldSending, recentDelivered)
                .as("redelivered a month after the event, two days ago").contains(redelivered);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM webhook_attempt WHERE delivery_id = ?", Integer.class, oldDelivered))
                .isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM webhook_delivery d LEFT JOIN webhook_message m ON m.id = d.message_id"
                + " WHERE d.endpoint_id = ? AND m.id IS NULL", Integer.class, endpoint)).as("kept deliveries keep their messages")
                .isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM webhook_message WHERE event_type = 'cleanup.test'", Integer.class))
                .as("the messages of the two removed deliveries are gone").isEqualTo(4);
    }

    @AfterEach
    void removeTheTestEndpoint() {
        jdbc.update("DELETE FROM webhook_endpoint WHERE url = 'https://hooks.example.test/cleanup'");
        jdbc.update("DELETE FROM webhook_message WHERE event_type = 'cleanup.test'");
    }

    private java.util.List<Long> ids() {
        return jdbc.queryForList("SELECT id FROM webhook_delivery", Long.class);
    }

    private long delivery(long endpoint, String status) {
        long message = insert("INSERT INTO webhook_message (message_id, event_type, body, created_at) VALUES (?, 'cleanup.test', '{}', ?)",
                UUID.randomUUID().toString(), utc(clock.instant()));
        var now = utc(clock.instant());
        var far = utc(clock.instant().plus(Duration.ofDays(400)));
        return insert("INSERT INTO webhook_delivery (endpoint_id, message_id, status, attempts, next_attempt_at, give_up_at,"
                        + " lease_until, delivered_at, redelivery, created_at) VALUES (?, ?, ?, 1, ?, ?, ?, ?, FALSE, ?)", endpoint,
                message, status, far, "FAILED".equals(status) ? now : far, "SENDING".equals(status) ? far : null,
                "DELIVERED".equals(status) ? now : null, now);
    }

    private long insert(String sql, Object... values) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update(connection -> {
            var statement = connection.prepareStatement(sql, new String[] {"id"});
            for (int i = 0; i < values.length; i++) {
                statement.setObject(i + 1, values[i]);
            }
            return statement;
        }, key);
        return key.getKey().longValue();
    }
}
