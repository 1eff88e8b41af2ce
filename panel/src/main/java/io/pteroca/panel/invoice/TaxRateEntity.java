package io.pteroca.panel.invoice;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;

/** The tax rate, in percent, charged to buyers in one country. */
@Entity
@Table(name = "tax_rate")
public class TaxRateEntity {

    @Id
    private String country;
    private BigDecimal rate;
    @Column(name = "updated_at")
    private Instant updatedAt;

    protected TaxRateEntity() {
    }

    TaxRateEntity(String country) {
        this.country = country;
    }

    void change(BigDecimal rate, Instant now) {
        this.rate = rate;
        this.updatedAt = now;
    }

    public String country() {
        return country;
    }

    public BigDecimal rate() {
        return rate;
    }
}
