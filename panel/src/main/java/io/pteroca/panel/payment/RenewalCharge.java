package io.pteroca.panel.payment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * What auto-renewal lacked, charged to the customer's saved card off-session. Its payment carries the money; this row
 * carries the work: DUE until Stripe answered (sent again, under the same idempotency key, after a failure or crash),
 * then SENT (Stripe's webhook confirms the payment), NEEDS_ACTION (the customer must confirm it with their bank; once
 * they open Stripe's page for it, SENT; never opened in time, EXPIRED) or DECLINED.
 */
@Entity
@Table(name = "renewal_charge")
class RenewalCharge {

    enum State { DUE, SENT, NEEDS_ACTION, DECLINED, EXPIRED }

    @Id
    @Column(name = "payment_id")
    private Long paymentId;
    @Column(name = "server_id")
    private Long serverId;
    @Column(name = "renewal_key")
    private String renewalKey;
    @Column(name = "payment_method")
    private String paymentMethod;
    @Enumerated(EnumType.STRING)
    private State state;
    private int attempts;
    @Column(name = "due_at")
    private Instant dueAt;
    @Column(name = "decline_code")
    private String declineCode;

    protected RenewalCharge() {
    }

    RenewalCharge(long paymentId, long serverId, String renewalKey, String paymentMethod, Instant now) {
        this.paymentId = paymentId;
        this.serverId = serverId;
        this.renewalKey = renewalKey;
        this.paymentMethod = paymentMethod;
        this.state = State.DUE;
        this.dueAt = now;
    }

    long paymentId() {
        return paymentId;
    }

    long serverId() {
        return serverId;
    }

    String renewalKey() {
        return renewalKey;
    }

    String paymentMethod() {
        return paymentMethod;
    }

    State state() {
        return state;
    }

    Instant dueAt() {
        return dueAt;
    }

    int attempts() {
        return attempts;
    }

    /** Stripe could not be asked; try again at {@code next}. */
    void retryAt(Instant next) {
        this.attempts++;
        this.dueAt = next;
    }

    void answered(State outcome, String declineCode) {
        this.attempts++;
        this.state = outcome;
        this.declineCode = declineCode;
    }

    /** Waits for the customer (NEEDS_ACTION) until {@code until}, when the payment expires if they never came. */
    void waitUntil(Instant until) {
        this.dueAt = until;
    }

    /** The customer went to Stripe's page to confirm it: from now on Stripe settles the payment. */
    void handedToCustomer() {
        this.state = State.SENT;
    }

    void expired() {
        this.state = State.EXPIRED;
    }
}
