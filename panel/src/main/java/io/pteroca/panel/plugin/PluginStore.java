package io.pteroca.panel.plugin;

import io.pteroca.panel.shared.UtcColumns;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The panel's records of its plugins and their last scan's findings. */
@Repository
class PluginStore {

    private final JdbcTemplate jdbc;
    private final Clock clock;

    PluginStore(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** One plugin as recorded. */
    record Record(String id, String version, PluginState state, PluginProblem reason, String checksum, String enabledChecksum,
                  String acceptedChecksum, String acceptedBy, Boolean healthy, String healthDetail, Instant healthCheckedAt,
                  Instant scannedAt, Instant enabledAt) {

        boolean riskAcceptedFor(String jarChecksum) {
            return acceptedChecksum != null && acceptedChecksum.equals(jarChecksum);
        }
    }

    private static final RowMapper<Record> RECORD = (rs, n) -> new Record(rs.getString("plugin_id"), rs.getString("version"),
            PluginState.valueOf(rs.getString("state")), PluginProblem.stored(rs.getString("reason_key"), rs.getString("reason_args")),
            rs.getString("checksum"), rs.getString("enabled_checksum"), rs.getString("accepted_checksum"),
            rs.getString("accepted_by"), (Boolean) rs.getObject("healthy", Boolean.class), rs.getString("health_detail"),
            UtcColumns.instant(rs, "health_checked_at"), UtcColumns.instant(rs, "scanned_at"),
            UtcColumns.instant(rs, "enabled_at"));

    List<Record> all() {
        return jdbc.query("SELECT * FROM plugin ORDER BY plugin_id", RECORD);
    }

    Optional<Record> find(String id) {
        return jdbc.query("SELECT * FROM plugin WHERE plugin_id = ?", RECORD, id).stream().findFirst();
    }

    /** Records a jar found on disk; an unknown plugin starts DISCOVERED, a changed jar goes back to DISCOVERED. */
    @Transactional
    Record discovered(String id, String version, String checksum) {
        Optional<Record> known = find(id);
        java.time.LocalDateTime now = UtcColumns.utc(clock.instant());
        if (known.isEmpty()) {
            jdbc.update("INSERT INTO plugin (plugin_id, version, state, checksum, updated_at) VALUES (?, ?, ?, ?, ?)",
                    id, version, PluginState.DISCOVERED.name(), checksum, now);
        } else if (!checksum.equals(known.get().checksum())) {
            jdbc.update("UPDATE plugin SET version = ?, checksum = ?, updated_at = ? WHERE plugin_id = ?", version, checksum, now, id);
        }
        return find(id).orElseThrow();
    }

    void state(String id, PluginState state, PluginProblem reason) {
        jdbc.update("UPDATE plugin SET state = ?, reason_key = ?, reason_args = ?, updated_at = ? WHERE plugin_id = ?",
                state.name(), reason == null ? null : reason.key(), reason == null ? null : reason.storedArgs(),
                UtcColumns.utc(clock.instant()), id);
    }

    void enabled(String id, String checksum) {
        java.time.LocalDateTime now = UtcColumns.utc(clock.instant());
        jdbc.update("UPDATE plugin SET state = ?, reason_key = NULL, reason_args = NULL, enabled_checksum = ?, enabled_at = ?,"
                + " updated_at = ? WHERE plugin_id = ?", PluginState.ENABLED.name(), checksum, now, now, id);
    }

    void acceptRisk(String id, String checksum, String by) {
        jdbc.update("UPDATE plugin SET accepted_checksum = ?, accepted_by = ? WHERE plugin_id = ?", checksum, by, id);
    }

    @Transactional
    void findings(String id, List<Finding> findings) {
        jdbc.update("DELETE FROM plugin_finding WHERE plugin_id = ?", id);
        jdbc.batchUpdate("INSERT INTO plugin_finding (plugin_id, level, rule_id, class_name, method_name, detail) VALUES (?, ?, ?, ?, ?, ?)",
                findings, 200, (ps, f) -> {
                    ps.setString(1, id);
                    ps.setString(2, f.level().name());
                    ps.setString(3, f.rule());
                    ps.setString(4, cut(f.className(), 500));
                    ps.setString(5, cut(f.methodName(), 300));
                    ps.setString(6, cut(f.detail(), 1000));
                });
        jdbc.update("UPDATE plugin SET scanned_at = ? WHERE plugin_id = ?", UtcColumns.utc(clock.instant()), id);
    }

    List<Finding> findingsOf(String id) {
        return jdbc.query("SELECT level, rule_id, class_name, method_name, detail FROM plugin_finding WHERE plugin_id = ?"
                        + " ORDER BY id", (rs, n) -> new Finding(Level.valueOf(rs.getString(1)), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getString(5)), id)
                .stream().sorted(java.util.Comparator.comparing(Finding::level)).toList();
    }

    void health(String id, boolean healthy, String detail) {
        jdbc.update("UPDATE plugin SET healthy = ?, health_detail = ?, health_checked_at = ? WHERE plugin_id = ?", healthy,
                cut(detail, 2000), UtcColumns.utc(clock.instant()), id);
    }

    void delete(String id) {
        jdbc.update("DELETE FROM plugin_finding WHERE plugin_id = ?", id);
        jdbc.update("DELETE FROM plugin_cron_run WHERE plugin_id = ?", id);
        jdbc.update("DELETE FROM plugin WHERE plugin_id = ?", id);
    }

    private static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }
}
