package io.pteroca.panel.federation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A provider identity that opens an account: one per provider and subject. */
@Entity
@Table(name = "linked_identity")
class LinkedIdentity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Enumerated(EnumType.STRING)
    private Provider provider;
    private String subject;
    @Column(name = "user_id")
    private long accountId;
    private String email;
    @Column(name = "created_at")
    private Instant createdAt;

    protected LinkedIdentity() {
    }

    LinkedIdentity(ProviderIdentity identity, long accountId, Instant now) {
        this.provider = identity.provider();
        this.subject = identity.subject();
        this.accountId = accountId;
        this.email = identity.email() == null || identity.email().length() > 254 ? null : identity.email();
        this.createdAt = now;
    }

    Long id() {
        return id;
    }

    Provider provider() {
        return provider;
    }

    long accountId() {
        return accountId;
    }

    String email() {
        return email;
    }

    Instant createdAt() {
        return createdAt;
    }
}
