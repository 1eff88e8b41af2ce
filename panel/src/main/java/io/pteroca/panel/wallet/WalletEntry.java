package io.pteroca.panel.wallet;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import io.pteroca.panel.shared.Money;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Currency;

/** One immutable line of a wallet's ledger: a signed amount and the balance it left. */
@Entity
@Table(name = "wallet_entry")
class WalletEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "user_id")
    private Long userId;
    private BigDecimal amount;
    @Column(name = "balance_after")
    private BigDecimal balanceAfter;
    @Enumerated(EnumType.STRING)
    private WalletReason reason;
    @Column(name = "reference_type")
    private String referenceType;
    @Column(name = "reference_id")
    private String referenceId;
    private String note;
    @Column(name = "actor_id")
    private Long actorId;
    @Column(name = "created_at")
    private Instant createdAt;

    protected WalletEntry() {
    }

    WalletEntry(long userId, Money amount, Money balanceAfter, WalletReason reason, WalletReference reference,
                String note, Long actorId, Instant now) {
        this.userId = userId;
        this.amount = amount.amount();
        this.balanceAfter = balanceAfter.amount();
        this.reason = reason;
        this.referenceType = reference.type();
        this.referenceId = reference.id();
        this.note = note;
        this.actorId = actorId;
        this.createdAt = now;
    }

    WalletEntryView view(Currency currency) {
        return new WalletEntryView(id, userId, Money.of(amount, currency), Money.of(balanceAfter, currency), reason,
                referenceType, referenceId, note, createdAt);
    }
}
