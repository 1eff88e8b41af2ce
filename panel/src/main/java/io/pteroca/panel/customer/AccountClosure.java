package io.pteroca.panel.customer;

import io.pteroca.panel.shared.RetryBackoff;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;

/** What is left to end of a closed account: its servers, then its Pterodactyl user. */
@Entity
@Table(name = "account_closure")
class AccountClosure {

    enum Status {
        /** Servers or the Pterodactyl user may still exist. */
        PENDING,
        /** Nothing is left. */
        DONE
    }

    @Id
    @Column(name = "user_id")
    private Long accountId;
    @Enumerated(EnumType.STRING)
    private Status status;
    @Column(name = "closed_by")
    private Long closedBy;
    private int attempts;
    @Column(name = "last_error")
    private String lastError;
    @Column(name = "next_attempt_at")
    private Instant nextAttemptAt;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "updated_at")
    private Instant updatedAt;
    @Version
    private long version;

    protected AccountClosure() {
    }

    AccountClosure(long accountId, Long closedBy, Instant now) {
        this.accountId = accountId;
        this.status = Status.PENDING;
        this.closedBy = closedBy;
        this.nextAttemptAt = now;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** Servers are still being removed: look again later (their removal also wakes this up). */
    void waitForServers(Instant next, Instant now) {
        this.nextAttemptAt = next;
        this.updatedAt = now;
    }

    void failed(String reason, Duration retryBase, Instant now) {
        this.attempts++;
        this.lastError = reason == null ? null : reason.length() > 1000 ? reason.substring(0, 1000) : reason;
        this.nextAttemptAt = now.plus(RetryBackoff.pause(retryBase, attempts, 10));
        this.updatedAt = now;
    }

    void done(Instant now) {
        this.status = Status.DONE;
        this.lastError = null;
        this.updatedAt = now;
    }

    Long accountId() {
        return accountId;
    }

    Status status() {
        return status;
    }

    Long closedBy() {
        return closedBy;
    }

    String lastError() {
        return lastError;
    }

    boolean pending() {
        return status == Status.PENDING;
    }
}
