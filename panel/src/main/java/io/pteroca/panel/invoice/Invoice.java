package io.pteroca.panel.invoice;

import io.pteroca.panel.shared.Money;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import org.hibernate.annotations.Immutable;

/**
 * An issued invoice or credit note. Immutable: every figure and both parties' details are copied in when it is
 * issued, and Hibernate never writes a change back ({@link Immutable}).
 */
@Entity
@Immutable
@Table(name = "invoice")
public class Invoice {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Enumerated(EnumType.STRING)
    private InvoiceKind kind;
    @Column(name = "invoice_number")
    private String number;
    private String series;
    @Column(name = "number_year")
    private int year;
    @Column(name = "sequence_number")
    private long sequence;
    @Column(name = "account_id")
    private long accountId;
    @Column(name = "source_type")
    private String sourceType;
    @Column(name = "source_id")
    private long sourceId;
    @Column(name = "credited_invoice_id")
    private Long creditedInvoiceId;
    @Column(name = "issued_at")
    private Instant issuedAt;
    private String currency;
    @Column(name = "net_total")
    private BigDecimal net;
    @Column(name = "tax_total")
    private BigDecimal tax;
    @Column(name = "gross_total")
    private BigDecimal gross;
    @Column(name = "tax_rate")
    private BigDecimal taxRate;
    @Column(name = "tax_country")
    private String taxCountry;
    @Enumerated(EnumType.STRING)
    @Column(name = "tax_treatment")
    private TaxTreatment treatment;
    @Column(name = "buyer_name")
    private String buyerName;
    @Column(name = "buyer_company")
    private String buyerCompany;
    @Column(name = "buyer_address")
    private String buyerAddress;
    @Column(name = "buyer_country")
    private String buyerCountry;
    @Column(name = "buyer_vat_id")
    private String buyerVatId;
    @Column(name = "buyer_email")
    private String buyerEmail;
    @Column(name = "seller_name")
    private String sellerName;
    @Column(name = "seller_address")
    private String sellerAddress;
    @Column(name = "seller_country")
    private String sellerCountry;
    @Column(name = "seller_vat_id")
    private String sellerVatId;
    /** The language tag its labels are printed in (the site's when it was issued); null on invoices issued before. */
    private String language;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "invoice_line", joinColumns = @JoinColumn(name = "invoice_id"))
    @OrderColumn(name = "line_no")
    private List<InvoiceLine> lines = new ArrayList<>();

    protected Invoice() {
    }

    Invoice(Number number, Source source, Instant issuedAt, Taxation.Decision tax, List<Taxation.Line> lines,
            Parties parties, String language) {
        this.language = language;
        this.kind = number.kind();
        this.number = number.text();
        this.series = number.kind().name();
        this.year = number.year();
        this.sequence = number.sequence();
        this.accountId = source.accountId();
        this.sourceType = source.type();
        this.sourceId = source.id();
        this.creditedInvoiceId = source.creditedInvoiceId();
        this.issuedAt = issuedAt;
        Taxation.Totals totals = Taxation.Totals.of(lines);
        this.currency = totals.gross().currency().getCurrencyCode();
        this.net = totals.net().amount();
        this.tax = totals.tax().amount();
        this.gross = totals.gross().amount();
        this.taxRate = tax.rate();
        this.taxCountry = tax.country();
        this.treatment = tax.treatment();
        this.buyerName = parties.buyerName();
        this.buyerCompany = parties.buyerCompany();
        this.buyerAddress = parties.buyerAddress();
        this.buyerCountry = parties.buyerCountry();
        this.buyerVatId = parties.buyerVatId();
        this.buyerEmail = parties.buyerEmail();
        this.sellerName = parties.sellerName();
        this.sellerAddress = parties.sellerAddress();
        this.sellerCountry = parties.sellerCountry();
        this.sellerVatId = parties.sellerVatId();
        lines.forEach(line -> this.lines.add(new InvoiceLine(line)));
    }

    /** Number assigned from a series' counter: the text as the pattern writes it, and its parts. */
    record Number(InvoiceKind kind, int year, long sequence, String text) {
    }

    /** What the invoice is for and, for a credit note, which invoice it reverses. */
    record Source(long accountId, String type, long id, Long creditedInvoiceId) {
    }

    /** Buyer and seller as they are at issue time. */
    record Parties(String buyerName, String buyerCompany, String buyerAddress, String buyerCountry, String buyerVatId,
                   String buyerEmail, String sellerName, String sellerAddress, String sellerCountry, String sellerVatId) {
    }

    public Long id() { return id; }
    public InvoiceKind kind() { return kind; }
    public String number() { return number; }
    public long accountId() { return accountId; }
    String sourceType() { return sourceType; }
    long sourceId() { return sourceId; }
    Long creditedInvoiceId() { return creditedInvoiceId; }
    public Instant issuedAt() { return issuedAt; }
    public Money net() { return money(net); }
    public Money tax() { return money(tax); }
    public Money gross() { return money(gross); }
    public BigDecimal taxRate() { return taxRate; }
    public String taxCountry() { return taxCountry; }
    public TaxTreatment treatment() { return treatment; }
    public String buyerName() { return buyerName; }
    public String buyerCompany() { return buyerCompany; }
    String buyerAddress() { return buyerAddress; }
    public String buyerCountry() { return buyerCountry; }
    String buyerVatId() { return buyerVatId; }
    public String buyerEmail() { return buyerEmail; }
    String sellerName() { return sellerName; }
    String sellerAddress() { return sellerAddress; }
    String sellerCountry() { return sellerCountry; }
    String sellerVatId() { return sellerVatId; }
    List<InvoiceLine> lines() { return List.copyOf(lines); }
    String language() { return language; }

    Money money(BigDecimal amount) {
        return Money.of(amount, Currency.getInstance(currency));
    }

    Parties parties() {
        return new Parties(buyerName, buyerCompany, buyerAddress, buyerCountry, buyerVatId, buyerEmail, sellerName,
                sellerAddress, sellerCountry, sellerVatId);
    }

    List<Taxation.Line> taxedLines() {
        return lines.stream().map(l -> new Taxation.Line(l.description(), money(l.net()), money(l.tax()), money(l.gross())))
                .toList();
    }
}
