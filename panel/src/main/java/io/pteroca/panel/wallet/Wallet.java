package io.pteroca.panel.wallet;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import java.math.BigDecimal;
import java.time.Instant;
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
        this.balance = Money.ZERO;
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

    BigDecimal balance() {
        return balance;
    }

    /** Applies a signed amount; the caller holds the row lock and has checked the result is not negative. */
    void apply(BigDecimal signedAmount, Instant now) {
        this.balance = Money.normalize(balance.add(signedAmount));
        this.updatedAt = now;
    }
}
