package io.pteroca.panel.server;

import io.pteroca.panel.catalog.PeriodUnit;
import io.pteroca.panel.catalog.PriceKind;
import io.pteroca.panel.shared.RetryBackoff;
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
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Currency;
import java.util.function.Function;

/** A server the panel sold: who owns it, what it was sold as, how far it is paid, and where it lives in Pterodactyl. */
@Entity
@Table(name = "game_server")
class GameServer {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "owner_id")
    private long ownerId;
    @Column(name = "product_id")
    private long productId;
    private String name;
    @Enumerated(EnumType.STRING)
    private ServerState state;
    private String plan;
    @Enumerated(EnumType.STRING)
    @Column(name = "price_kind")
    private PriceKind priceKind;
    @Column(name = "period_value")
    private int periodValue;
    @Enumerated(EnumType.STRING)
    @Column(name = "period_unit")
    private PeriodUnit periodUnit;
    @Column(name = "period_amount")
    private BigDecimal periodAmount;
    private Integer slots;
    @Column(name = "auto_renew")
    private boolean autoRenew;
    /** Set while the server is in its free trial: how long the trial lasts from the moment the server is ready. */
    @Column(name = "trial_period_value")
    private Integer trialPeriodValue;
    @Enumerated(EnumType.STRING)
    @Column(name = "trial_period_unit")
    private PeriodUnit trialPeriodUnit;
    @Column(name = "expires_at")
    private Instant expiresAt;
    @Column(name = "reminded_hours")
    private Integer remindedHours;
    @Column(name = "suspended_at")
    private Instant suspendedAt;
    @Enumerated(EnumType.STRING)
    @Column(name = "suspension_cause")
    private SuspensionCause suspensionCause;
    @Column(name = "suspension_reason")
    private String suspensionReason;
    @Column(name = "deletion_warned")
    private boolean deletionWarned;
    @Column(name = "suspended_in_panel")
    private boolean suspendedInPanel;
    @Column(name = "refund_due")
    private boolean refundDue;
    @Column(name = "pterodactyl_server_id")
    private Integer pterodactylServerId;
    private String identifier;
    @Column(name = "node_id")
    private Integer nodeId;
    private String address;
    private int attempts;
    @Column(name = "next_attempt_at")
    private Instant nextAttemptAt;
    @Column(name = "last_error")
    private String lastError;
    private String drift;
    /** The owner cancelled at the end of the paid period: at expiry the server is deleted instead of suspended. */
    @Column(name = "ends_at_expiry")
    private boolean endsAtExpiry;
    @Column(name = "cancelled_at")
    private Instant cancelledAt;
    @Column(name = "cancellation_reason")
    private String cancellationReason;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "updated_at")
    private Instant updatedAt;
    @Version
    private long version;

    protected GameServer() {
    }

    GameServer(long ownerId, long productId, String name, ServerPlan plan, Money periodAmount, boolean autoRenew, Instant now) {
        this(ownerId, productId, name, plan, periodAmount.amount(), autoRenew, now);
    }

    private GameServer(long ownerId, long productId, String name, ServerPlan plan, BigDecimal periodAmount, boolean autoRenew,
                       Instant now) {
        this.ownerId = ownerId;
        this.productId = productId;
        this.name = name;
        this.state = ServerState.PENDING;
        this.plan = plan.toJson();
        this.priceKind = plan.price().kind();
        this.periodValue = plan.price().periodValue();
        this.periodUnit = plan.price().periodUnit();
        this.periodAmount = periodAmount;
        this.slots = plan.slots();
        // On-demand servers pay each hour in advance: renewing is how they are charged.
        this.autoRenew = autoRenew || plan.price().kind() == PriceKind.ON_DEMAND;
        this.nextAttemptAt = now;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** Moves to {@code target} if the state machine allows it; the caller logs the transition. */
    void become(ServerState target, Instant now) {
        if (target == ServerState.SUSPENDED) {
            throw new IllegalStateException("a suspension has a cause: use suspend()");
        }
        boolean leavingSuspension = state == ServerState.SUSPENDED;
        move(target, now);
        if (leavingSuspension) {
            suspendedAt = null;
            suspensionCause = null;
            suspensionReason = null;
        }
    }

    /** An admin makes a suspension for not paying their own, so paying no longer lifts it. */
    void adminTakesOverSuspension(String reason, Instant now) {
        suspensionCause = SuspensionCause.ADMIN;
        suspensionReason = reason;
        updatedAt = now;
    }

    /** Suspends for this cause; an admin's reason is shown to the customer. */
    void suspend(SuspensionCause cause, String reason, Instant now) {
        move(ServerState.SUSPENDED, now);
        suspendedAt = now;
        deletionWarned = false;
        suspensionCause = cause;
        suspensionReason = reason;
    }

    private void move(ServerState target, Instant now) {
        if (!state.canBecome(target)) {
            throw new IllegalStateException("server " + id + " cannot go from " + state + " to " + target);
        }
        state = target;
        updatedAt = now;
    }

    /** A trial or a paid-until chosen by an admin replaces the first period of the price. */
    void firstPeriod(FirstPeriod first) {
        this.trialPeriodValue = first.trialValue();
        this.trialPeriodUnit = first.trialUnit();
        this.expiresAt = first.paidUntil();
    }

    /** The server is ready: its first period starts now, unless an admin already chose how long it is paid. */
    void startFirstPeriod(Instant now) {
        if (trialPeriodUnit != null) {
            expiresAt = trialPeriodUnit.after(now, trialPeriodValue);
            updatedAt = now;
        } else if (expiresAt == null) {
            extend(now);
        }
    }

    /** In its free trial: no period was paid yet. */
    boolean inTrial() {
        return trialPeriodUnit != null;
    }

    /**
     * Adds one paid period counted from the later of the expiry and now (an expired server gets a full period). The
     * first paid period ends a trial.
     */
    void extend(Instant now) {
        Instant from = expiresAt == null || expiresAt.isBefore(now) ? now : expiresAt;
        expiresAt = periodUnit.after(from, periodValue);
        trialPeriodValue = null;
        trialPeriodUnit = null;
        remindedHours = null;
        // Paying for another period takes a cancellation at the end of this one back.
        keep(now);
        updatedAt = now;
    }

    /** The owner cancels at the end of the paid period: no renewal, no reminders, deleted at expiry. */
    void cancelAtExpiry(String reason, Instant now) {
        endsAtExpiry = true;
        autoRenew = false;
        cancelled(reason, now);
    }

    /** The owner cancelled (at once, or at the end of the period): when, and the reason they gave (may be null). */
    void cancelled(String reason, Instant now) {
        cancelledAt = now;
        cancellationReason = reason;
        updatedAt = now;
    }

    /** The owner takes a cancellation at the end of the period back. */
    void keep(Instant now) {
        if (endsAtExpiry) {
            endsAtExpiry = false;
            autoRenew = autoRenew || priceKind == PriceKind.ON_DEMAND;
            cancelledAt = null;
            cancellationReason = null;
            updatedAt = now;
        }
    }

    /** Another product's plan and price for the rest of this period and the next ones; the paid-until stays. */
    void switchPlan(long newProductId, ServerPlan newPlan, Money newPeriodAmount, Instant now) {
        this.productId = newProductId;
        this.plan = newPlan.toJson();
        this.periodAmount = newPeriodAmount.amount();
        this.slots = newPlan.slots();
        updatedAt = now;
    }

    void extendTo(Instant newExpiry, Instant now) {
        expiresAt = newExpiry;
        remindedHours = null;
        updatedAt = now;
    }

    void created(int pterodactylServerId, String identifier, int nodeId, String address, Instant now) {
        this.pterodactylServerId = pterodactylServerId;
        this.identifier = identifier;
        this.nodeId = nodeId;
        if (address != null) {
            this.address = address;
        }
        this.updatedAt = now;
    }

    /** A failed attempt: due again after {@code base} doubled per earlier attempt (at most 32 times the base). */
    void retryAfter(String error, Duration base, Instant now) {
        attempts++;
        lastError = truncate(error);
        nextAttemptAt = now.plus(RetryBackoff.pause(base, attempts, 5));
        updatedAt = now;
    }

    /** Work on this server is due again at {@code when} (a lease while working, or the next check). */
    void dueAt(Instant when) {
        nextAttemptAt = when;
    }

    void settled() {
        nextAttemptAt = null;
        lastError = null;
    }

    void giveUp(String error, Instant now) {
        refundDue = true;
        lastError = truncate(error);
        nextAttemptAt = now;
        become(ServerState.DELETING, now);
    }

    void replacePlan(ServerPlan newPlan, Instant now) {
        this.plan = newPlan.toJson();
        this.updatedAt = now;
    }

    void rename(String newName, Instant now) {
        this.name = newName;
        this.updatedAt = now;
    }

    void transferTo(long newOwnerId, Instant now) {
        this.ownerId = newOwnerId;
        this.updatedAt = now;
    }

    /** Records what reconciliation found; true when it is news (an admin should be told). */
    boolean drift(String finding) {
        boolean news = finding != null && !finding.equals(drift);
        this.drift = finding;
        return news;
    }

    String drift() {
        return drift;
    }

    void refunded() {
        refundDue = false;
    }

    void panelSuspension(boolean suspended) {
        this.suspendedInPanel = suspended;
    }

    void reminded(int hours) {
        this.remindedHours = hours;
    }

    void deletionWarned() {
        this.deletionWarned = true;
    }

    void autoRenew(boolean on) {
        this.autoRenew = on || priceKind == PriceKind.ON_DEMAND;
    }

    private static String truncate(String error) {
        return error == null || error.length() <= 500 ? error : error.substring(0, 500);
    }

    Long id() {
        return id;
    }

    long ownerId() {
        return ownerId;
    }

    long productId() {
        return productId;
    }

    String name() {
        return name;
    }

    ServerState state() {
        return state;
    }

    ServerPlan plan() {
        return ServerPlan.fromJson(plan);
    }

    /** The plan as {@code read} gives it for its text (plans already read, by their text). */
    ServerPlan plan(Function<String, ServerPlan> read) {
        return read.apply(plan);
    }

    PriceKind priceKind() {
        return priceKind;
    }

    /** What one period of this server costs, as sold. */
    Money periodAmount(Currency currency) {
        return Money.of(periodAmount, currency);
    }

    /** The same server, as sold, again from the start (for an admin's free second attempt). */
    GameServer again(Instant now) {
        GameServer again = new GameServer(ownerId, productId, name, plan(), periodAmount, autoRenew, now);
        again.trialPeriodValue = trialPeriodValue;
        again.trialPeriodUnit = trialPeriodUnit;
        return again;
    }

    Integer slots() {
        return slots;
    }

    boolean autoRenew() {
        return autoRenew;
    }

    Instant expiresAt() {
        return expiresAt;
    }

    Integer remindedHours() {
        return remindedHours;
    }

    Instant suspendedAt() {
        return suspendedAt;
    }

    SuspensionCause suspensionCause() {
        return suspensionCause;
    }

    String suspensionReason() {
        return suspensionReason;
    }

    boolean deletionWarnedAlready() {
        return deletionWarned;
    }

    boolean suspendedInPanel() {
        return suspendedInPanel;
    }

    boolean refundDue() {
        return refundDue;
    }

    Integer pterodactylServerId() {
        return pterodactylServerId;
    }

    String identifier() {
        return identifier;
    }

    Integer nodeId() {
        return nodeId;
    }

    String address() {
        return address;
    }

    int attempts() {
        return attempts;
    }

    Instant nextAttemptAt() {
        return nextAttemptAt;
    }

    String lastError() {
        return lastError;
    }

    Instant createdAt() {
        return createdAt;
    }

    boolean endsAtExpiry() {
        return endsAtExpiry;
    }

    Instant cancelledAt() {
        return cancelledAt;
    }

    String cancellationReason() {
        return cancellationReason;
    }
}
