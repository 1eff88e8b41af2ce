package io.pteroca.panel.order;

import io.pteroca.panel.server.ServerPlan;
import io.pteroca.panel.shared.Money;
import io.pteroca.panel.shared.RetryBackoff;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Currency;

/**
 * A server moved to another product: what it cost or gave back, and whether Pterodactyl has the new limits yet. An
 * upgrade is charged when this is recorded; a downgrade is credited once applied, so nothing has to be taken back.
 */
@Entity
@Table(name = "plan_change")
class PlanChange {

    enum Status { PENDING, APPLIED, REVERSED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "server_id")
    private long serverId;
    @Column(name = "account_id")
    private long accountId;
    @Column(name = "from_product_id")
    private long fromProductId;
    @Column(name = "to_product_id")
    private long toProductId;
    @Column(name = "from_name")
    private String fromName;
    @Column(name = "to_name")
    private String toName;
    @Column(name = "old_period_amount")
    private BigDecimal oldPeriodAmount;
    @Column(name = "new_period_amount")
    private BigDecimal newPeriodAmount;
    private BigDecimal prorated;
    private BigDecimal settled;
    @Column(name = "new_plan")
    private String newPlan;
    @Enumerated(EnumType.STRING)
    private Status status;
    @Column(name = "idempotency_key")
    private String idempotencyKey;
    private int attempts;
    @Column(name = "due_at")
    private Instant dueAt;
    @Column(name = "last_error")
    private String lastError;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "settled_at")
    private Instant settledAt;

    protected PlanChange() {
    }

    PlanChange(long accountId, PlanQuote quote, long fromProductId, ServerPlan newPlan, String idempotencyKey, Instant now) {
        this.serverId = quote.serverId();
        this.accountId = accountId;
        this.fromProductId = fromProductId;
        this.toProductId = quote.productId();
        this.fromName = quote.currentName();
        this.toName = quote.newName();
        this.oldPeriodAmount = quote.currentPeriodAmount().amount();
        this.newPeriodAmount = quote.newPeriodAmount().amount();
        this.prorated = quote.prorated().amount();
        this.settled = quote.settled().amount();
        this.newPlan = newPlan.toJson();
        this.status = Status.PENDING;
        this.idempotencyKey = idempotencyKey;
        this.dueAt = now;
        this.createdAt = now;
    }

    /** A failed attempt: due again after {@code base} doubled per earlier attempt. */
    void retryAfter(String error, Duration base, Instant now) {
        attempts++;
        dueAt = now.plus(RetryBackoff.pause(base, attempts, 5));
        lastError = truncate(error);
    }

    void dueAt(Instant when) {
        dueAt = when;
    }

    void applied(Instant now) {
        status = Status.APPLIED;
        dueAt = null;
        lastError = null;
        settledAt = now;
    }

    void reversed(String error, Instant now) {
        status = Status.REVERSED;
        dueAt = null;
        lastError = truncate(error);
        settledAt = now;
    }

    private static String truncate(String error) {
        return error == null || error.length() <= 500 ? error : error.substring(0, 500);
    }

    public Long id() {
        return id;
    }

    public long serverId() {
        return serverId;
    }

    public long accountId() {
        return accountId;
    }

    public long toProductId() {
        return toProductId;
    }

    public String fromName() {
        return fromName;
    }

    public String toName() {
        return toName;
    }

    public Status status() {
        return status;
    }

    public int attempts() {
        return attempts;
    }

    public Instant dueAt() {
        return dueAt;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant settledAt() {
        return settledAt;
    }

    ServerPlan newPlan() {
        return ServerPlan.fromJson(newPlan);
    }

    Money newPeriodAmount(Currency currency) {
        return Money.of(newPeriodAmount, currency);
    }

    /** What the rest of the period is worth at the new price less the old (negative for a downgrade). */
    public Money prorated(Currency currency) {
        return Money.of(prorated, currency);
    }

    /** What moves in the wallet: charged when positive, credited when negative. */
    public Money settled(Currency currency) {
        return Money.of(settled, currency);
    }
}
