package io.pteroca.panel.invoice;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;

/** One line of an issued invoice, at the currency's minor unit. */
@Embeddable
class InvoiceLine {

    private String description;
    @Column(name = "net_amount")
    private BigDecimal net;
    @Column(name = "tax_amount")
    private BigDecimal tax;
    @Column(name = "gross_amount")
    private BigDecimal gross;

    protected InvoiceLine() {
    }

    InvoiceLine(Taxation.Line line) {
        this.description = line.description();
        this.net = line.net().amount();
        this.tax = line.tax().amount();
        this.gross = line.gross().amount();
    }

    String description() {
        return description;
    }

    BigDecimal net() {
        return net;
    }

    BigDecimal tax() {
        return tax;
    }

    BigDecimal gross() {
        return gross;
    }
}
