package io.pteroca.panel.payment;

import io.pteroca.panel.shared.Money;
import io.pteroca.panel.shared.UtcColumns;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Money that came in through payments, summed by the database for the admin overview. */
@Component
public class PaymentFigures {

    /** {@code gateway} is its name as customers see it (the id when its plugin is gone). */
    public record GatewayAmount(String gateway, Money amount) {
    }

    public record DayAmount(LocalDate day, Money amount) {
    }

    private final JdbcTemplate jdbc;
    private final GatewayTopUps topUps;

    PaymentFigures(JdbcTemplate jdbc, GatewayTopUps topUps) {
        this.jdbc = jdbc;
        this.topUps = topUps;
    }

    /** Paid payments settled in [from, to), per gateway, largest first. */
    public List<GatewayAmount> revenueByGateway(Instant from, Instant to, Currency currency, Locale locale) {
        return jdbc.query("select gateway, sum(amount) total from payment where status = 'PAID' and currency = ?"
                        + " and settled_at >= ? and settled_at < ? group by gateway order by total desc",
                (row, i) -> new GatewayAmount(gatewayName(row.getString(1), locale), money(row.getBigDecimal(2), currency)),
                currency.getCurrencyCode(), UtcColumns.utc(from), UtcColumns.utc(to));
    }

    /**
     * Paid payments settled from each of the given instants until now, in one pass over the earliest one's range
     * (the first instant must be the earliest).
     */
    public List<Money> revenueSince(Currency currency, Instant earliest, Instant... later) {
        StringBuilder sql = new StringBuilder("select sum(amount)");
        List<Object> arguments = new java.util.ArrayList<>();
        for (Instant from : later) {
            sql.append(", sum(case when settled_at >= ? then amount else 0 end)");
            arguments.add(UtcColumns.utc(from));
        }
        sql.append(" from payment where status = 'PAID' and currency = ? and settled_at >= ?");
        arguments.add(currency.getCurrencyCode());
        arguments.add(UtcColumns.utc(earliest));
        return jdbc.queryForObject(sql.toString(), (row, i) -> {
            List<Money> sums = new java.util.ArrayList<>();
            for (int column = 1; column <= later.length + 1; column++) {
                sums.add(money(row.getBigDecimal(column), currency));
            }
            return sums;
        }, arguments.toArray());
    }

    /** Paid payments per day (UTC) from the given instant on; days without payments are left out. */
    public List<DayAmount> revenuePerDay(Instant from, Currency currency) {
        return jdbc.query("select cast(settled_at as date) d, sum(amount) from payment where status = 'PAID' and currency = ?"
                        + " and settled_at >= ? group by cast(settled_at as date) order by d",
                (row, i) -> new DayAmount(row.getObject(1, java.time.LocalDate.class), money(row.getBigDecimal(2), currency)),
                currency.getCurrencyCode(), UtcColumns.utc(from));
    }

    public long pendingBankTransfers() {
        return jdbc.queryForObject("select count(*) from payment where status = 'PENDING' and gateway = ?", Long.class,
                BankTransferGateway.ID);
    }

    private String gatewayName(String id, Locale locale) {
        return topUps.gateway(id).map(gateway -> gateway.displayName(locale)).orElse(id);
    }

    private static Money money(BigDecimal amount, Currency currency) {
        return Money.of(amount == null ? BigDecimal.ZERO : amount, currency);
    }
}
