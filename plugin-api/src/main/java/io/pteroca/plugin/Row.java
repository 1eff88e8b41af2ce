package io.pteroca.plugin;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** One row of a {@link PluginDatabase} query; column names are matched in lower case. */
public final class Row {

    private final Map<String, Object> values;

    public Row(Map<String, Object> values) {
        Map<String, Object> lower = new LinkedHashMap<>();
        values.forEach((column, value) -> lower.put(column.toLowerCase(Locale.ROOT), value));
        this.values = Collections.unmodifiableMap(lower);
    }

    public Map<String, Object> asMap() {
        return values;
    }

    public Object get(String column) {
        return values.get(column.toLowerCase(Locale.ROOT));
    }

    public String getString(String column) {
        Object value = get(column);
        return value == null ? null : value.toString();
    }

    public Long getLong(String column) {
        Object value = get(column);
        return value == null ? null : ((Number) value).longValue();
    }

    public BigDecimal getBigDecimal(String column) {
        Object value = get(column);
        return value == null ? null : value instanceof BigDecimal decimal ? decimal : new BigDecimal(value.toString());
    }

    public Boolean getBoolean(String column) {
        Object value = get(column);
        if (value == null) {
            return null;
        }
        return value instanceof Boolean bool ? bool : ((Number) value).intValue() != 0;
    }

    public Instant getInstant(String column) {
        Object value = get(column);
        if (value == null) {
            return null;
        }
        if (value instanceof Timestamp timestamp) {
            return timestamp.toInstant();
        }
        if (value instanceof java.time.LocalDateTime local) {
            return local.toInstant(java.time.ZoneOffset.UTC);
        }
        if (value instanceof java.time.OffsetDateTime offset) {
            return offset.toInstant();
        }
        return (Instant) value;
    }

    @Override
    public String toString() {
        return values.toString();
    }
}
