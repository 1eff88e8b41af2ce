package io.pteroca.panel.payment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A card kept at Stripe for a customer: Stripe's payment method id and what the card shows, never its number. */
@Entity
@Table(name = "saved_card")
class SavedCard {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "user_id")
    private Long userId;
    @Column(name = "payment_method")
    private String paymentMethod;
    private String brand;
    private String last4;
    @Column(name = "exp_month")
    private int expMonth;
    @Column(name = "exp_year")
    private int expYear;
    @Column(name = "created_at")
    private Instant createdAt;

    protected SavedCard() {
    }

    SavedCard(long userId, StripeCards.Card card, Instant now) {
        this.userId = userId;
        this.paymentMethod = card.paymentMethodId();
        this.brand = card.brand() == null || card.brand().isBlank() ? "unknown" : card.brand();
        this.last4 = card.last4();
        this.expMonth = card.expMonth();
        this.expYear = card.expYear();
        this.createdAt = now;
    }

    Long id() {
        return id;
    }

    long userId() {
        return userId;
    }

    String paymentMethod() {
        return paymentMethod;
    }

    SavedCardView view(Long renewalCardId) {
        return new SavedCardView(id, brand, last4, expMonth, expYear, id.equals(renewalCardId), createdAt);
    }
}
