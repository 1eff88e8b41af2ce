package io.pteroca.panel.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** Whom invoices of an account are made out to; invoices copy these when issued, so a later change alters none. */
@Entity
@Table(name = "billing_details")
class BillingDetailsEntity {

    @Id
    @Column(name = "account_id")
    private Long accountId;
    private String name;
    private String company;
    private String street;
    @Column(name = "postal_code")
    private String postalCode;
    private String city;
    private String country;
    @Column(name = "vat_id")
    private String vatId;
    @Column(name = "updated_at")
    private Instant updatedAt;

    protected BillingDetailsEntity() {
    }

    BillingDetailsEntity(long accountId) {
        this.accountId = accountId;
    }

    void change(BillingDetails details, Instant now) {
        this.name = details.name();
        this.company = details.company();
        this.street = details.street();
        this.postalCode = details.postalCode();
        this.city = details.city();
        this.country = details.country();
        this.vatId = details.vatId();
        this.updatedAt = now;
    }

    BillingDetails view() {
        return new BillingDetails(name, company, street, postalCode, city, country, vatId);
    }
}
