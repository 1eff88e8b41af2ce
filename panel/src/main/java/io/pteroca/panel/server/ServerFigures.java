package io.pteroca.panel.server;

import io.pteroca.panel.shared.UtcColumns;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Server counts for the admin overview. */
@Component
public class ServerFigures {

    public record ProductCount(long productId, long count) {
    }

    public record DayCount(java.time.LocalDate day, long count) {
    }

    private final JdbcTemplate jdbc;

    ServerFigures(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** How many servers are in each state now (states without servers count 0). */
    public Map<ServerState, Long> byState() {
        Map<ServerState, Long> counts = new EnumMap<>(ServerState.class);
        for (ServerState state : ServerState.values()) {
            counts.put(state, 0L);
        }
        jdbc.query("select state, count(*) from game_server group by state",
                row -> {
                    counts.put(ServerState.valueOf(row.getString(1)), row.getLong(2));
                });
        return counts;
    }

    /** Running servers whose paid time ends in [now, until). */
    public long expiring(Instant now, Instant until) {
        return jdbc.queryForObject("select count(*) from game_server where state = 'ACTIVE' and expires_at >= ? and expires_at < ?",
                Long.class, UtcColumns.utc(now), UtcColumns.utc(until));
    }

    /** Servers sold per day (UTC) from the given instant on; days without any are left out. */
    public List<DayCount> soldPerDay(Instant from) {
        return jdbc.query("select cast(created_at as date) d, count(*) from game_server where created_at >= ?"
                        + " group by cast(created_at as date) order by d",
                (row, i) -> new DayCount(row.getObject(1, java.time.LocalDate.class), row.getLong(2)), UtcColumns.utc(from));
    }

    /** Servers that are not deleted, per product, most first. */
    public List<ProductCount> byProduct() {
        return jdbc.query("select product_id, count(*) c from game_server where state not in ('DELETED', 'DETACHED')"
                + " group by product_id order by c desc", (row, i) -> new ProductCount(row.getLong(1), row.getLong(2)));
    }
}
