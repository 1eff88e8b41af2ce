package io.pteroca.panel.payment;

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
import io.pteroca.panel.shared.Percent;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Currency;

/** A customer's top-up through one gateway. */
@Entity
@Table(name = "payment")
class Payment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "user_id")
    private Long userId;
    private String gateway;
    /** What the customer writes on a bank transfer; unguessable so it identifies nothing to a stranger. */
    private String reference;
    /** What the wallet is credited. */
    private BigDecimal amount;
    /** What the customer pays: the amount less a payment-discount voucher. */
    @Column(name = "charged_amount")
    private BigDecimal chargedAmount;
    @Column(name = "voucher_code")
    private String voucherCode;
    private String currency;
    @Enumerated(EnumType.STRING)
    private PaymentStatus status;
    @Column(name = "external_id")
    private String externalId;
    @Column(name = "checkout_url")
    private String checkoutUrl;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "updated_at")
    private Instant updatedAt;
    @Column(name = "settled_at")
    private Instant settledAt;
    @Column(name = "settled_by")
    private String settledBy;
    /** When its gateway was last asked about it (its creation until then): the poller asks the longest unasked first. */
    @Column(name = "checked_at")
    private Instant checkedAt;
    @Version
    private long version;

    protected Payment() {
    }

    Payment(long userId, String gateway, String reference, Money amount, Instant now) {
        this.userId = userId;
        this.gateway = gateway;
        this.reference = reference;
        this.amount = amount.amount();
        this.chargedAmount = amount.amount();
        this.currency = amount.currency().getCurrencyCode();
        this.status = PaymentStatus.PENDING;
        this.createdAt = now;
        this.updatedAt = now;
        this.checkedAt = now;
    }

    /** The customer pays {@code percent} less, in whole cents; the wallet still gets the full amount. */
    void discount(Percent percent, String code) {
        this.chargedAmount = amount().lessPercent(percent).roundedToMinorUnit().amount();
        this.voucherCode = code;
    }

    /** The gateway's id for this payment (Stripe's session) and where the customer pays. */
    void attach(String externalId, String checkoutUrl) {
        this.externalId = externalId;
        this.checkoutUrl = checkoutUrl;
    }

    void settle(PaymentStatus outcome, String by, Instant now) {
        if (status != PaymentStatus.PENDING) {
            throw new IllegalStateException("payment " + id + " is already " + status);
        }
        this.status = outcome;
        this.settledBy = by;
        this.settledAt = now;
        this.updatedAt = now;
    }

    PaymentView view() {
        return new PaymentView(id, userId, gateway, reference, amount(), Money.of(chargedAmount, currency()), voucherCode,
                status, createdAt, settledAt, settledBy, checkoutUrl);
    }

    Long id() {
        return id;
    }

    Long userId() {
        return userId;
    }

    /** What the wallet is credited, in the currency the payment was made in. */
    Money amount() {
        return Money.of(amount, currency());
    }

    private Currency currency() {
        return Currency.getInstance(currency);
    }

    PaymentStatus status() {
        return status;
    }

    String gateway() {
        return gateway;
    }

    String externalId() {
        return externalId;
    }
}
