package io.pteroca.panel.wallet;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import io.pteroca.panel.shared.Money;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Currency;
import org.springframework.data.domain.Persistable;

@Entity
@Table(name = "wallet")
class Wallet implements Persistable<Long> {

    @Id
    @Column(name = "user_id")
    private Long userId;
    private BigDecimal balance;
    @Column(name = "updated_at")
    private Instant updatedAt;
    /** A new wallet is inserted, never merged: a merge racing another request's insert would reset the balance. */
    @Transient
    private boolean fresh;

    protected Wallet() {
    }

    Wallet(long userId, Instant now) {
        this.userId = userId;
        this.balance = BigDecimal.ZERO.setScale(Money.LEDGER_SCALE);
        this.updatedAt = now;
        this.fresh = true;
    }

    @Override
    public Long getId() {
        return userId;
    }

    @Override
    public boolean isNew() {
        return fresh;
    }

    @PostLoad
    @PostPersist
    void stored() {
        this.fresh = false;
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
