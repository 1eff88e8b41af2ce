package io.pteroca.panel.payment;

import io.pteroca.panel.shared.RetryBackoff;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;

/** A card of a closed account that Stripe must still forget: kept until Stripe confirms the detachment. */
@Entity
@Table(name = "card_detachment")
class CardDetachment {

    /** However long Stripe keeps failing, the card is asked about again at least once a day. */
    private static final Duration LONGEST_WAIT = Duration.ofDays(1);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "user_id")
    private Long userId;
    @Column(name = "payment_method")
    private String paymentMethod;
    private int attempts;
    @Column(name = "last_error")
    private String lastError;
    @Column(name = "next_attempt_at")
    private Instant nextAttemptAt;
    @Column(name = "created_at")
    private Instant createdAt;

    protected CardDetachment() {
    }

    CardDetachment(long userId, String paymentMethod, Instant now) {
        this.userId = userId;
        this.paymentMethod = paymentMethod;
        this.nextAttemptAt = now;
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

    /** Stripe could not be reached or refused: try again later, waiting twice as long each time, up to a day. */
    void failed(String reason, Duration retryBase, Instant now) {
        this.attempts++;
        this.lastError = reason == null ? null : reason.length() > 500 ? reason.substring(0, 500) : reason;
        this.nextAttemptAt = now.plus(RetryBackoff.pause(retryBase, attempts, 16, LONGEST_WAIT));
    }
}
