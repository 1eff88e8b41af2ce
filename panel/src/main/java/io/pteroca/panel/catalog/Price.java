package io.pteroca.panel.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

/** One way to pay for a product. Immutable: a changed price is a retired row plus a new one. */
@Entity
@Table(name = "catalog_price")
class Price {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(optional = false)
    @JoinColumn(name = "product_id")
    private Product product;
    @Enumerated(EnumType.STRING)
    private PriceKind kind;
    @Column(name = "period_value")
    private int periodValue;
    @Enumerated(EnumType.STRING)
    @Column(name = "period_unit")
    private PeriodUnit periodUnit;
    private BigDecimal amount;
    @Column(name = "min_slots")
    private Integer minSlots;
    @Column(name = "max_slots")
    private Integer maxSlots;
    private int position;
    @Column(name = "once_per_customer")
    private boolean oncePerCustomer;
    @Column(name = "deleted_at")
    private Instant deletedAt;

    protected Price() {
    }

    Price(Product product, PriceTerms terms, int position) {
        this.product = product;
        this.kind = terms.kind();
        this.periodValue = terms.periodValue();
        this.periodUnit = terms.periodUnit();
        this.amount = terms.amount();
        this.minSlots = terms.minSlots();
        this.maxSlots = terms.maxSlots();
        this.oncePerCustomer = terms.oncePerCustomer();
        this.position = position;
    }

    PriceTerms terms() {
        return new PriceTerms(kind, periodValue, periodUnit, amount, minSlots, maxSlots, oncePerCustomer);
    }

    boolean sameTerms(PriceTerms other) {
        PriceTerms mine = terms();
        return mine.kind() == other.kind() && mine.periodValue() == other.periodValue() && mine.periodUnit() == other.periodUnit()
                && mine.amount().compareTo(other.amount()) == 0 && Objects.equals(mine.minSlots(), other.minSlots())
                && Objects.equals(mine.maxSlots(), other.maxSlots()) && mine.oncePerCustomer() == other.oncePerCustomer();
    }

    void moveTo(int position) {
        this.position = position;
    }

    void retire(Instant now) {
        this.deletedAt = now;
    }

    boolean retired() {
        return deletedAt != null;
    }

    Long id() {
        return id;
    }

    int position() {
        return position;
    }
}
