package io.pteroca.panel.webhook;

import static io.pteroca.panel.shared.UtcColumns.instant;
import static io.pteroca.panel.shared.UtcColumns.utc;

import java.time.LocalDateTime;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * Messages (an event's body, fixed when it committed), their deliveries to endpoints and every attempt, in the
 * tables {@code webhook_message}, {@code webhook_delivery} and {@code webhook_attempt}. A delivery is claimed by one
 * conditional update before it is sent, so two senders — threads or panel instances — never send it both.
 */
@Repository
class WebhookDeliveries {

    enum Status { PENDING, SENDING, DELIVERED, FAILED }

    /** A claimed delivery with what sending it needs. */
    record Claimed(long id, long endpointId, String url, String sealedSecret, String messageId, String body, int attempts,
                   Instant giveUpAt, boolean redelivery) {
    }

    /** A delivery as the admin page lists it. */
    record DeliveryView(long id, String messageId, String type, Status status, int attempts, Instant createdAt,
                        Instant nextAttemptAt, Instant deliveredAt, Integer lastStatus) {
    }

    /** One attempt as the admin page lists it. */
    record AttemptView(long deliveryId, Instant attemptedAt, Integer responseStatus, long durationMs, String responseExcerpt,
                       String error, boolean manual) {
    }

    private static final String DUE = "((status = 'PENDING' AND next_attempt_at <= ?) OR (status = 'SENDING' AND lease_until <= ?))"
            + " AND endpoint_id IN (SELECT id FROM webhook_endpoint WHERE enabled = ?)";

    private final JdbcTemplate jdbc;

    WebhookDeliveries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    long storeMessage(String messageId, String type, String body, Instant createdAt) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update(connection -> {
            var statement = connection.prepareStatement("INSERT INTO webhook_message (message_id, event_type, body, created_at)"
                    + " VALUES (?, ?, ?, ?)", new String[] {"id"});
            statement.setString(1, messageId);
            statement.setString(2, type);
            statement.setString(3, body);
            statement.setObject(4, utc(createdAt));
            return statement;
        }, key);
        return key.getKey().longValue();
    }

    long createDelivery(long endpointId, long message, Instant now, Instant giveUpAt) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update(connection -> {
            var statement = connection.prepareStatement("INSERT INTO webhook_delivery (endpoint_id, message_id, status, attempts,"
                    + " next_attempt_at, give_up_at, redelivery, created_at) VALUES (?, ?, 'PENDING', 0, ?, ?, ?, ?)", new String[] {"id"});
            statement.setLong(1, endpointId);
            statement.setLong(2, message);
            statement.setObject(3, utc(now));
            statement.setObject(4, utc(giveUpAt));
            statement.setBoolean(5, false);
            statement.setObject(6, utc(now));
            return statement;
        }, key);
        return key.getKey().longValue();
    }

    List<Long> due(Instant now, int limit) {
        LocalDateTime at = utc(now);
        return jdbc.queryForList("SELECT id FROM webhook_delivery WHERE " + DUE + " ORDER BY next_attempt_at, id LIMIT ?",
                Long.class, at, at, true, limit);
    }

    /** Takes the delivery for one attempt until {@code leaseUntil} (a sender that dies lets it go then), if it is due. */
    Optional<Claimed> claim(long id, Instant now, Instant leaseUntil) {
        LocalDateTime at = utc(now);
        int claimed = jdbc.update("UPDATE webhook_delivery SET status = 'SENDING', lease_until = ?, attempts = attempts + 1"
                + " WHERE id = ? AND " + DUE, utc(leaseUntil), id, at, at, true);
        if (claimed == 0) {
            return Optional.empty();
        }
        return jdbc.query("SELECT d.id, d.endpoint_id, e.url, e.sealed_secret, m.message_id, m.body, d.attempts, d.give_up_at,"
                        + " d.redelivery FROM webhook_delivery d JOIN webhook_endpoint e ON e.id = d.endpoint_id"
                        + " JOIN webhook_message m ON m.id = d.message_id WHERE d.id = ?",
                (row, n) -> new Claimed(row.getLong(1), row.getLong(2), row.getString(3), row.getString(4), row.getString(5),
                        row.getString(6), row.getInt(7), instant(row, 8), row.getBoolean(9)), id).stream().findFirst();
    }

    void recordAttempt(long deliveryId, Instant at, Integer status, long durationMs, String excerpt, String error, boolean manual) {
        jdbc.update("INSERT INTO webhook_attempt (delivery_id, attempted_at, response_status, duration_ms, response_excerpt, error,"
                + " manual) VALUES (?, ?, ?, ?, ?, ?, ?)", deliveryId, utc(at), status, durationMs, excerpt, error, manual);
    }

    void delivered(long id, Integer status, Instant at) {
        jdbc.update("UPDATE webhook_delivery SET status = 'DELIVERED', delivered_at = ?, last_status = ?, lease_until = NULL,"
                + " redelivery = ? WHERE id = ?", utc(at), status, false, id);
    }

    void retryAt(long id, Integer status, Instant next) {
        jdbc.update("UPDATE webhook_delivery SET status = 'PENDING', next_attempt_at = ?, last_status = ?, lease_until = NULL,"
                + " redelivery = ? WHERE id = ?", utc(next), status, false, id);
    }

    void gaveUp(long id, Integer status) {
        jdbc.update("UPDATE webhook_delivery SET status = 'FAILED', last_status = ?, lease_until = NULL, redelivery = ? WHERE id = ?",
                status, false, id);
    }

    /** Due again now, with a fresh retry window; true unless it is being sent this moment or is not the endpoint's. */
    boolean redeliver(long endpointId, long id, Instant now, Instant giveUpAt) {
        return jdbc.update("UPDATE webhook_delivery SET status = 'PENDING', next_attempt_at = ?, give_up_at = ?, lease_until = NULL,"
                        + " redelivery = ? WHERE id = ? AND endpoint_id = ? AND status <> 'SENDING'",
                utc(now), utc(giveUpAt), true, id, endpointId) == 1;
    }

    List<DeliveryView> ofEndpoint(long endpointId, int limit) {
        return jdbc.query("SELECT d.id, m.message_id, m.event_type, d.status, d.attempts, d.created_at, d.next_attempt_at,"
                        + " d.delivered_at, d.last_status FROM webhook_delivery d JOIN webhook_message m ON m.id = d.message_id"
                        + " WHERE d.endpoint_id = ? ORDER BY d.id DESC LIMIT ?",
                (row, n) -> new DeliveryView(row.getLong(1), row.getString(2), row.getString(3), Status.valueOf(row.getString(4)),
                        row.getInt(5), instant(row, 6), instant(row, 7), instant(row, 8),
                        (Integer) row.getObject(9, Integer.class)), endpointId, limit);
    }

    List<AttemptView> attemptsOf(long endpointId, int deliveries) {
        return jdbc.query("SELECT a.delivery_id, a.attempted_at, a.response_status, a.duration_ms, a.response_excerpt, a.error, a.manual"
                        + " FROM webhook_attempt a WHERE a.delivery_id IN (SELECT id FROM (SELECT id FROM webhook_delivery"
                        + " WHERE endpoint_id = ? ORDER BY id DESC LIMIT ?) recent) ORDER BY a.id DESC",
                (row, n) -> new AttemptView(row.getLong(1), instant(row, 2), row.getObject(3, Integer.class),
                        row.getLong(4), row.getString(5), row.getString(6), row.getBoolean(7)), endpointId, deliveries);
    }
}
