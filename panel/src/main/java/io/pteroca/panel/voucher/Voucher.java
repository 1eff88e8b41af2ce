package io.pteroca.panel.voucher;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import io.pteroca.panel.shared.Money;
import io.pteroca.panel.shared.Percent;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Currency;

/** A code customers redeem: money for the wallet, or a percent off a top-up or a server order. */
@Entity
@Table(name = "voucher")
class Voucher {

    /**
     * BALANCE_TOP_UP: {@code amount} is money added to the wallet. PAYMENT_DISCOUNT: {@code amount} is the percent off
     * a top-up. SERVER_DISCOUNT: {@code amount} is the percent off a server order of at least {@code minimumOrderAmount}.
     */
    enum Type { BALANCE_TOP_UP, PAYMENT_DISCOUNT, SERVER_DISCOUNT }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String code;
    @Enumerated(EnumType.STRING)
    @Column(name = "voucher_type")
    private Type type;
    private BigDecimal amount;
    @Column(name = "new_accounts_only")
    private boolean newAccountsOnly;
    @Column(name = "minimum_top_up_total")
    private BigDecimal minimumTopUpTotal;
    @Column(name = "minimum_order_amount")
    private BigDecimal minimumOrderAmount;
    @Column(name = "expires_at")
    private Instant expiresAt;
    @Column(name = "max_uses")
    private Integer maxUses;
    @Column(name = "used_count")
    private int usedCount;
    private String description;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "deleted_at")
    private Instant deletedAt;
    @Version
    private long version;

    protected Voucher() {
    }

    Voucher(VoucherForm form, Instant now) {
        this.code = form.normalizedCode();
        this.type = form.type();
        this.amount = form.amount() != null ? form.amount().amount() : form.percent().value();
        this.newAccountsOnly = form.newAccountsOnly();
        this.minimumTopUpTotal = form.minimumTopUpTotal() == null ? null : form.minimumTopUpTotal().amount();
        this.minimumOrderAmount = form.minimumOrderAmount() == null ? null : form.minimumOrderAmount().amount();
        this.expiresAt = form.expiresAt();
        this.maxUses = form.maxUses();
        this.description = form.description();
        this.createdAt = now;
    }

    /** Whether anyone may still redeem it now, before the per-account rules. */
    boolean open(Instant now) {
        return deletedAt == null && (expiresAt == null || now.isBefore(expiresAt)) && (maxUses == null || usedCount < maxUses);
    }

    void used() {
        usedCount++;
    }

    /** A reservation ended without a payment: the use is given back. */
    void released() {
        usedCount = Math.max(0, usedCount - 1);
    }

    /** The smallest order a server discount applies to, or null for any. */
    Money minimumOrderAmount(Currency currency) {
        return minimumOrderAmount == null ? null : Money.of(minimumOrderAmount, currency);
    }

    Type type() {
        return type;
    }

    void delete(Instant now) {
        deletedAt = now;
    }

    VoucherView view(Currency currency) {
        return new VoucherView(id, code, type.name(), type == Type.BALANCE_TOP_UP ? credit(currency) : null,
                type == Type.BALANCE_TOP_UP ? null : percent(), newAccountsOnly, minimumTopUpTotal(currency), expiresAt,
                maxUses, usedCount, description, createdAt, deletedAt != null, minimumOrderAmount(currency));
    }

    Long id() {
        return id;
    }

    /** What a balance voucher adds to the wallet. */
    Money credit(Currency currency) {
        return Money.of(amount, currency);
    }

    /** What a discount voucher takes off. */
    Percent percent() {
        return new Percent(amount);
    }

    boolean newAccountsOnly() {
        return newAccountsOnly;
    }

    /** What the account must have topped up in all before it may use the voucher, or null for nothing. */
    Money minimumTopUpTotal(Currency currency) {
        return minimumTopUpTotal == null ? null : Money.of(minimumTopUpTotal, currency);
    }

    String code() {
        return code;
    }
}
