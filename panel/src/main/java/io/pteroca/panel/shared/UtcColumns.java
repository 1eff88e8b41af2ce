package io.pteroca.panel.shared;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * Times in rows written and read with plain JDBC, stored as UTC wall time as the rest of the panel (Hibernate, with
 * {@code hibernate.jdbc.time_zone=UTC}) stores them. A {@link java.sql.Timestamp} would be written in the JVM's
 * default time zone instead, so such rows would disagree with every other table and move with the server's zone.
 */
public final class UtcColumns {

    private UtcColumns() {
    }

    public static LocalDateTime utc(Instant instant) {
        return instant == null ? null : LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    public static Instant instant(ResultSet rs, int column) throws SQLException {
        return instant(rs.getObject(column, LocalDateTime.class));
    }

    public static Instant instant(ResultSet rs, String column) throws SQLException {
        return instant(rs.getObject(column, LocalDateTime.class));
    }

    private static Instant instant(LocalDateTime value) {
        return value == null ? null : value.toInstant(ZoneOffset.UTC);
    }
}
