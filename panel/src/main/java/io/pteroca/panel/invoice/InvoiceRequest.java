package io.pteroca.panel.invoice;

import io.pteroca.panel.shared.Money;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Currency;

/** An invoice or credit note that is due, recorded in the transaction that made it due. */
@Entity
@Table(name = "invoice_request")
class InvoiceRequest {

    enum Status { PENDING, ISSUED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Enumerated(EnumType.STRING)
    private InvoiceKind kind;
    @Column(name = "source_type")
    private String sourceType;
    @Column(name = "source_id")
    private long sourceId;
    @Column(name = "account_id")
    private long accountId;
    private BigDecimal amount;
    private String currency;
    private String description;
    @Enumerated(EnumType.STRING)
    private Status status;
    @Column(name = "due_at")
    private Instant dueAt;
    @Column(name = "created_at")
    private Instant createdAt;

    protected InvoiceRequest() {
    }

    InvoiceRequest(InvoiceKind kind, String sourceType, long sourceId, long accountId, Money amount, String description,
                   Instant now) {
        this.kind = kind;
        this.sourceType = sourceType;
        this.sourceId = sourceId;
        this.accountId = accountId;
        this.amount = amount.amount();
        this.currency = amount.currency().getCurrencyCode();
        this.description = description.length() > 200 ? description.substring(0, 200) : description;
        this.status = Status.PENDING;
        this.dueAt = now;
        this.createdAt = now;
    }

    void issued() {
        this.status = Status.ISSUED;
    }

    Long id() {
        return id;
    }

    InvoiceKind kind() {
        return kind;
    }

    String sourceType() {
        return sourceType;
    }

    long sourceId() {
        return sourceId;
    }

    long accountId() {
        return accountId;
    }

    Money amount() {
        return Money.of(amount, Currency.getInstance(currency));
    }

    String description() {
        return description;
    }

    Status status() {
        return status;
    }
}
