package io.pteroca.panel.account;

import io.pteroca.panel.shared.UtcColumns;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Customer counts for the admin overview. */
@Component
public class AccountFigures {

    public record DayCount(LocalDate day, long count) {
    }

    private final JdbcTemplate jdbc;

    AccountFigures(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Customer accounts (not staff, not deleted) that exist now. */
    public long customers() {
        return jdbc.queryForObject("select count(*) from users where role = ? and deleted_at is null", Long.class, Role.USER.name());
    }

    /** Customer accounts made in [from, to). */
    public long newCustomers(Instant from, Instant to) {
        return jdbc.queryForObject("select count(*) from users where role = ? and created_at >= ? and created_at < ?",
                Long.class, Role.USER.name(), UtcColumns.utc(from), UtcColumns.utc(to));
    }

    /** Customer accounts made per day (UTC) from the given instant on; days without any are left out. */
    public List<DayCount> newCustomersPerDay(Instant from) {
        return jdbc.query("select cast(created_at as date) d, count(*) from users where role = ? and created_at >= ?"
                        + " group by cast(created_at as date) order by d",
                (row, i) -> new DayCount(row.getObject(1, java.time.LocalDate.class), row.getLong(2)), Role.USER.name(), UtcColumns.utc(from));
    }
}
