package io.pteroca.panel.wallet;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import io.pteroca.panel.shared.Money;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Currency;

/** Created by {@link Wallets} with plain SQL on first use; only loaded and changed here. */
@Entity
@Table(name = "wallet")
class Wallet {

    @Id
    @Column(name = "user_id")
    private Long userId;
    private BigDecimal balance;
    @Column(name = "updated_at")
    private Instant updatedAt;

    protected Wallet() {
    }

    Money balance(Currency currency) {
        return Money.of(balance, currency);
    }

    /** Sets the balance a change left; the caller holds the row lock and has checked it is not negative. */
    void changedTo(Money newBalance, Instant now) {
        this.balance = newBalance.amount();
        this.updatedAt = now;
    }
}
