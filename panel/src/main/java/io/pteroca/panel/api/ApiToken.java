package io.pteroca.panel.api;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Set;

/** A personal access token. Only the SHA-256 of the token is stored, with its first characters as a hint. */
@Entity
@Table(name = "api_token")
class ApiToken {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "user_id")
    private Long userId;
    private String name;
    @Column(name = "token_hash")
    private String tokenHash;
    @Column(name = "token_hint")
    private String tokenHint;
    private String scopes;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "expires_at")
    private Instant expiresAt;
    @Column(name = "last_used_at")
    private Instant lastUsedAt;
    @Column(name = "revoked_at")
    private Instant revokedAt;

    protected ApiToken() {
    }

    ApiToken(long userId, String name, String tokenHash, String tokenHint, Set<ApiScope> scopes, Instant now,
             Instant expiresAt) {
        this.userId = userId;
        this.name = name;
        this.tokenHash = tokenHash;
        this.tokenHint = tokenHint;
        this.scopes = ApiScope.join(scopes);
        this.createdAt = now;
        this.expiresAt = expiresAt;
    }

    boolean usable(Instant now) {
        return revokedAt == null && (expiresAt == null || now.isBefore(expiresAt));
    }

    void revoke(Instant now) {
        if (revokedAt == null) {
            revokedAt = now;
        }
    }

    Long id() {
        return id;
    }

    String name() {
        return name;
    }

    /** Whether its last use is unknown or older than {@code moment}, so that it is worth writing down again. */
    boolean lastUsedBefore(Instant moment) {
        return lastUsedAt == null || lastUsedAt.isBefore(moment);
    }

    Long userId() {
        return userId;
    }

    Set<ApiScope> scopes() {
        return ApiScope.parse(scopes);
    }

    ApiTokenView view(Instant now) {
        return new ApiTokenView(id, name, tokenHint, scopes(), createdAt, expiresAt, lastUsedAt, revokedAt, usable(now));
    }
}
