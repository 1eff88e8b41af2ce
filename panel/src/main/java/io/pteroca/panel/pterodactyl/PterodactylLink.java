package io.pteroca.panel.pterodactyl;

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

/**
 * The Pterodactyl user and client key that belong to one panel account, and how far creating them got.
 * Rows are written in the transaction that activated the account, so a crash between that and the calls
 * to Pterodactyl leaves a PENDING row that the reconciliation job finishes.
 */
@Entity
@Table(name = "pterodactyl_account")
class PterodactylLink {

    enum Status {
        /** Not created yet, or a retry is due. */
        PENDING,
        /** User and client key exist and are stored. */
        LINKED,
        /** Pterodactyl already has a user with this e-mail; an admin must link it explicitly. */
        NEEDS_LINKING,
        /** Gave up after repeated failures; an admin sees the last error. */
        FAILED
    }

    @Id
    @Column(name = "user_id")
    private Long accountId;
    @Enumerated(EnumType.STRING)
    private Status status;
    @Column(name = "pterodactyl_user_id")
    private Long pterodactylUserId;
    @Column(name = "pterodactyl_username")
    private String pterodactylUsername;
    @Column(name = "key_identifier")
    private String keyIdentifier;
    /** The 48-character client key, encrypted. */
    @Column(name = "sealed_client_key")
    private String sealedClientKey;
    @Column(name = "root_admin")
    private boolean rootAdmin;
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

    protected PterodactylLink() {
    }

    PterodactylLink(long accountId, Instant now) {
        this.accountId = accountId;
        this.status = Status.PENDING;
        this.nextAttemptAt = now;
        this.createdAt = now;
        this.updatedAt = now;
    }

    void linked(long userId, String username, String keyIdentifier, String sealedKey, Instant now) {
        this.status = Status.LINKED;
        this.pterodactylUserId = userId;
        this.pterodactylUsername = username;
        this.keyIdentifier = keyIdentifier;
        this.sealedClientKey = sealedKey;
        this.lastError = null;
        this.updatedAt = now;
    }

    void needsLinking(String reason, Instant now) {
        this.status = Status.NEEDS_LINKING;
        this.lastError = truncate(reason);
        this.updatedAt = now;
    }

    /** Records a failed attempt and schedules the next one, or gives up after {@code maxAttempts}. */
    void failed(String reason, Instant now, Duration backoff, int maxAttempts) {
        this.attempts++;
        this.lastError = truncate(reason);
        this.updatedAt = now;
        if (attempts >= maxAttempts) {
            this.status = Status.FAILED;
        } else {
            this.nextAttemptAt = now.plus(RetryBackoff.pause(backoff, attempts, 10));
        }
    }

    boolean dueAfter(Instant now) {
        return nextAttemptAt.isAfter(now);
    }

    boolean leasedUntil(Instant lease) {
        return nextAttemptAt.equals(lease);
    }

    /** Takes the row for one attempt; the version column makes a concurrent claim fail. */
    void lease(Instant until) {
        this.nextAttemptAt = until;
    }

    void markRootAdmin(boolean rootAdmin) {
        this.rootAdmin = rootAdmin;
    }

    boolean rootAdmin() {
        return rootAdmin;
    }

    /** An admin asked to try again. */
    void retry(Instant now) {
        this.status = Status.PENDING;
        this.attempts = 0;
        this.nextAttemptAt = now;
        this.updatedAt = now;
    }

    private static String truncate(String reason) {
        return reason == null ? null : reason.length() > 1000 ? reason.substring(0, 1000) : reason;
    }

    Long accountId() {
        return accountId;
    }

    Status status() {
        return status;
    }

    Long pterodactylUserId() {
        return pterodactylUserId;
    }

    String pterodactylUsername() {
        return pterodactylUsername;
    }

    String sealedClientKey() {
        return sealedClientKey;
    }

    String keyIdentifier() {
        return keyIdentifier;
    }

    int attempts() {
        return attempts;
    }

    String lastError() {
        return lastError;
    }
}
