package io.pteroca.panel.webhook;

import static io.pteroca.panel.shared.UtcColumns.instant;
import static io.pteroca.panel.shared.UtcColumns.utc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The registered endpoints, in the table {@code webhook_endpoint}. */
@Repository
class WebhookEndpoints {

    private static final String COLUMNS = "id, url, description, events, sealed_secret, enabled, disabled_at, failing_since, created_at";

    private final JdbcTemplate jdbc;

    WebhookEndpoints(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    List<WebhookEndpoint> all() {
        return jdbc.query("SELECT " + COLUMNS + " FROM webhook_endpoint ORDER BY id", WebhookEndpoints::map);
    }

    List<WebhookEndpoint> enabled() {
        return jdbc.query("SELECT " + COLUMNS + " FROM webhook_endpoint WHERE enabled = ? ORDER BY id", WebhookEndpoints::map, true);
    }

    Optional<WebhookEndpoint> find(long id) {
        return jdbc.query("SELECT " + COLUMNS + " FROM webhook_endpoint WHERE id = ?", WebhookEndpoints::map, id).stream().findFirst();
    }

    long create(String url, String description, List<String> events, String sealedSecret, boolean enabled, Instant now) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update(connection -> {
            var statement = connection.prepareStatement("INSERT INTO webhook_endpoint (url, description, events, sealed_secret, enabled,"
                    + " created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)", new String[] {"id"});
            statement.setString(1, url);
            statement.setString(2, description);
            statement.setString(3, String.join(",", events));
            statement.setString(4, sealedSecret);
            statement.setBoolean(5, enabled);
            statement.setObject(6, utc(now));
            statement.setObject(7, utc(now));
            return statement;
        }, key);
        return key.getKey().longValue();
    }

    /** Saves the admin's changes; switching an endpoint on again forgets its failures. */
    void change(WebhookEndpoint before, String url, String description, List<String> events, boolean enabled, Instant now) {
        Instant disabledAt = enabled ? null : before.enabled() ? now : before.disabledAt();
        Instant failingSince = enabled && !before.enabled() ? null : before.failingSince();
        jdbc.update("UPDATE webhook_endpoint SET url = ?, description = ?, events = ?, enabled = ?, disabled_at = ?,"
                        + " failing_since = ?, updated_at = ? WHERE id = ?",
                url, description, String.join(",", events), enabled, utc(disabledAt), utc(failingSince),
                utc(now), before.id());
    }

    void changeSecret(long id, String sealedSecret, Instant now) {
        jdbc.update("UPDATE webhook_endpoint SET sealed_secret = ?, updated_at = ? WHERE id = ?", sealedSecret, utc(now), id);
    }

    void delete(long id) {
        jdbc.update("DELETE FROM webhook_endpoint WHERE id = ?", id);
    }

    /** A delivery was accepted: the endpoint is healthy again. */
    void succeeded(long id) {
        jdbc.update("UPDATE webhook_endpoint SET failing_since = NULL WHERE id = ? AND failing_since IS NOT NULL", id);
    }

    /** An attempt failed: the endpoint has been failing since then, unless it already was. */
    void failed(long id, Instant at) {
        jdbc.update("UPDATE webhook_endpoint SET failing_since = ? WHERE id = ? AND failing_since IS NULL", utc(at), id);
    }

    /** Switches the endpoint off unless it already is; true for the one caller that did it. */
    boolean disable(long id, Instant now) {
        return jdbc.update("UPDATE webhook_endpoint SET enabled = ?, disabled_at = ?, updated_at = ? WHERE id = ? AND enabled = ?",
                false, utc(now), utc(now), id, true) == 1;
    }

    private static WebhookEndpoint map(ResultSet row, int number) throws SQLException {
        String events = row.getString("events");
        return new WebhookEndpoint(row.getLong("id"), row.getString("url"), row.getString("description"),
                events.isEmpty() ? List.of() : Arrays.asList(events.split(",")), row.getString("sealed_secret"),
                row.getBoolean("enabled"), instant(row, "disabled_at"), instant(row, "failing_since"),
                instant(row, "created_at"));
    }
}
