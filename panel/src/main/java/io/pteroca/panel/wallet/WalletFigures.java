package io.pteroca.panel.wallet;

import io.pteroca.panel.shared.Money;
import io.pteroca.panel.shared.UtcColumns;
import java.math.BigDecimal;
import java.time.Instant;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Ledger sums for the admin overview. */
@Component
public class WalletFigures {

    private final JdbcTemplate jdbc;
    private final WalletSettings settings;

    WalletFigures(JdbcTemplate jdbc, WalletSettings settings) {
        this.jdbc = jdbc;
        this.settings = settings;
    }

    /** What went back to customers' wallets in [from, to) because an order was refunded. */
    public Money refunds(Instant from, Instant to) {
        BigDecimal total = jdbc.queryForObject("select sum(amount) from wallet_entry where reason = ? and created_at >= ?"
                + " and created_at < ?", BigDecimal.class, WalletReason.REFUND.name(), UtcColumns.utc(from), UtcColumns.utc(to));
        return Money.of(total == null ? BigDecimal.ZERO : total, settings.currency());
    }
}
