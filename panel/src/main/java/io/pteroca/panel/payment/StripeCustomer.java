package io.pteroca.panel.payment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** An account's Customer at Stripe, which holds its saved cards, and the card chosen for auto-renewal. */
@Entity
@Table(name = "stripe_customer")
class StripeCustomer {

    @Id
    @Column(name = "user_id")
    private Long userId;
    @Column(name = "customer_id")
    private String customerId;
    @Column(name = "renewal_card_id")
    private Long renewalCardId;
    @Column(name = "created_at")
    private Instant createdAt;

    protected StripeCustomer() {
    }

    StripeCustomer(long userId, String customerId, Instant now) {
        this.userId = userId;
        this.customerId = customerId;
        this.createdAt = now;
    }

    long userId() {
        return userId;
    }

    String customerId() {
        return customerId;
    }

    Long renewalCardId() {
        return renewalCardId;
    }

    void renewWith(Long cardId) {
        this.renewalCardId = cardId;
    }
}
