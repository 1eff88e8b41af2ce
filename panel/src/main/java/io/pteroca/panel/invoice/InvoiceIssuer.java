package io.pteroca.panel.invoice;

import io.pteroca.panel.account.AccountView;
import io.pteroca.panel.account.Accounts;
import io.pteroca.panel.account.Billing;
import io.pteroca.panel.account.BillingDetails;
import io.pteroca.panel.account.BillingSettings;
import io.pteroca.panel.setting.SiteSettings;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Turns one due request into an issued invoice or credit note, once, in one transaction with its number. */
@Component
class InvoiceIssuer {

    private final InvoiceRequestRepository requests;
    private final InvoiceRepository invoices;
    private final InvoiceNumbers numbers;
    private final InvoiceSettings settings;
    private final BillingSettings billingSettings;
    private final Billing billing;
    private final Accounts accounts;
    private final TaxRates rates;
    private final SiteSettings site;
    private final Clock clock;

    InvoiceIssuer(InvoiceRequestRepository requests, InvoiceRepository invoices, InvoiceNumbers numbers,
                  InvoiceSettings settings, BillingSettings billingSettings, Billing billing, Accounts accounts,
                  TaxRates rates, SiteSettings site, Clock clock) {
        this.requests = requests;
        this.invoices = invoices;
        this.numbers = numbers;
        this.settings = settings;
        this.billingSettings = billingSettings;
        this.billing = billing;
        this.accounts = accounts;
        this.rates = rates;
        this.site = site;
        this.clock = clock;
    }

    /** True when the request is issued, now or before. */
    @Transactional
    public boolean issue(long requestId) {
        InvoiceRequest request = requests.lockById(requestId).orElse(null);
        if (request == null || request.status() == InvoiceRequest.Status.ISSUED) {
            return true;
        }
        Instant now = clock.instant();
        if (request.kind() == InvoiceKind.INVOICE) {
            invoice(request, now);
        } else {
            // The invoice comes first: one still due is issued now, in this transaction, so the note can reverse it.
            requests.findByKindAndSourceTypeAndSourceId(InvoiceKind.INVOICE, request.sourceType(), request.sourceId())
                    .filter(invoice -> invoice.status() == InvoiceRequest.Status.PENDING)
                    .ifPresent(invoice -> issue(invoice.id()));
            // A refund of something never invoiced (paid before invoices per order were on) needs no credit note.
            invoices.findByKindAndSourceTypeAndSourceId(InvoiceKind.INVOICE, request.sourceType(), request.sourceId())
                    .ifPresent(invoice -> creditNote(request, invoice, now));
        }
        request.issued();
        return true;
    }

    private void invoice(InvoiceRequest request, Instant now) {
        Optional<BillingDetails> buyer = billing.of(request.accountId());
        InvoiceSettings.Seller seller = settings.seller(site.title());
        Taxation.Decision tax = Taxation.decide(billingSettings.taxesEnabled(), seller.country(), buyer, rates::of);
        // What a customer paid, by card or from the wallet, is the whole price: the tax is inside it.
        List<Taxation.Line> lines = Taxation.lines(List.of(new Taxation.Item(request.description(), request.amount())),
                tax.rate(), true);
        Invoice.Parties parties = parties(request.accountId(), buyer, seller);
        Invoice.Source source = new Invoice.Source(request.accountId(), request.sourceType(), request.sourceId(), null);
        // Printed in the seller's language, the site's, like the line it was written with; kept, so it never changes.
        invoices.save(new Invoice(number(InvoiceKind.INVOICE, now), source, now, tax, lines, parties,
                site.defaultLocale().toLanguageTag()));
    }

    /** Reverses the invoice with its own figures and parties, as they were when it was issued. */
    private void creditNote(InvoiceRequest request, Invoice invoice, Instant now) {
        List<Taxation.Line> lines = invoice.taxedLines().stream().map(Taxation.Line::negated).toList();
        Taxation.Decision tax = new Taxation.Decision(invoice.treatment(), invoice.taxRate(), invoice.taxCountry());
        Invoice.Source source = new Invoice.Source(request.accountId(), request.sourceType(), request.sourceId(), invoice.id());
        invoices.save(new Invoice(number(InvoiceKind.CREDIT_NOTE, now), source, now, tax, lines, invoice.parties(),
                invoice.language() != null ? invoice.language() : site.defaultLocale().toLanguageTag()));
    }

    private Invoice.Number number(InvoiceKind kind, Instant now) {
        int year = now.atZone(settings.zone()).getYear();
        return numbers.next(kind, year, settings.pattern(kind));
    }

    private Invoice.Parties parties(long accountId, Optional<BillingDetails> buyer, InvoiceSettings.Seller seller) {
        AccountView account = accounts.find(accountId).orElse(null);
        String email = account == null ? null : account.email();
        String fallbackName = account == null ? "#" + accountId : account.displayName();
        return new Invoice.Parties(buyer.map(BillingDetails::name).orElse(fallbackName),
                buyer.map(BillingDetails::company).orElse(null), buyer.map(BillingDetails::addressLines).orElse(null),
                buyer.map(BillingDetails::country).orElse(null), buyer.map(BillingDetails::vatId).orElse(null), email,
                seller.name(), seller.address(), seller.country(), seller.vatId());
    }
}
