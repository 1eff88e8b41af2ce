package io.pteroca.panel.order;

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

/** What a customer paid for a server: the first purchase or a renewal. The wallet entry references it. */
@Entity
@Table(name = "server_order")
class ServerOrder {

    enum Kind { PURCHASE, RENEWAL }

    enum Status { PAID, REFUNDED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "user_id")
    private long userId;
    @Column(name = "server_id")
    private long serverId;
    @Column(name = "product_id")
    private long productId;
    @Enumerated(EnumType.STRING)
    private Kind kind;
    @Enumerated(EnumType.STRING)
    private Status status;
    @Column(name = "period_amount")
    private BigDecimal periodAmount;
    @Column(name = "setup_fee")
    private BigDecimal setupFee;
    private BigDecimal discount;
    private BigDecimal total;
    @Column(name = "voucher_code")
    private String voucherCode;
    @Column(name = "idempotency_key")
    private String idempotencyKey;
    @Column(name = "created_at")
    private Instant createdAt;
    /** An on-demand server's hourly charge: no e-mail of its own, listed in the daily summary instead. */
    private boolean hourly;

    protected ServerOrder() {
    }

    ServerOrder(long userId, long serverId, long productId, Kind kind, Quote quote, String idempotencyKey, Instant now) {
        this.userId = userId;
        this.serverId = serverId;
        this.productId = productId;
        this.kind = kind;
        this.status = Status.PAID;
        this.periodAmount = quote.periodAmount().amount();
        this.setupFee = quote.setupFee().amount();
        this.discount = quote.discount().amount();
        this.total = quote.total().amount();
        this.voucherCode = quote.voucherCode();
        this.idempotencyKey = idempotencyKey;
        this.createdAt = now;
    }

    ServerOrder hourly() {
        this.hourly = true;
        return this;
    }

    boolean isHourly() {
        return hourly;
    }

    void refunded() {
        this.status = Status.REFUNDED;
    }

    public Long id() {
        return id;
    }

    public long userId() {
        return userId;
    }

    public long serverId() {
        return serverId;
    }

    public long productId() {
        return productId;
    }

    public Kind kind() {
        return kind;
    }

    public Status status() {
        return status;
    }

    /** What was paid: the period and the setup fee less the discount. */
    public Money total(Currency currency) {
        return Money.of(total, currency);
    }

    public String voucherCode() {
        return voucherCode;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
