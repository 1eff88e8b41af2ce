package io.pteroca.panel.invoice;

import io.pteroca.panel.setting.SiteSettings;
import io.pteroca.panel.shared.PagerCounts;
import io.pteroca.panel.shared.Refusal;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reading issued invoices: a customer's own, the admin's search, the PDF of one. */
@Service
class Invoices {

    private final InvoiceRepository invoices;
    private final InvoicePdf pdf;
    private final SiteSettings site;
    private final io.pteroca.panel.media.Images images;

    private final InvoiceSettings settings;
    private final PagerCounts counts;

    Invoices(InvoiceRepository invoices, InvoicePdf pdf, SiteSettings site, io.pteroca.panel.media.Images images,
             InvoiceSettings settings, PagerCounts counts) {
        this.settings = settings;
        this.counts = counts;
        this.images = images;
        this.invoices = invoices;
        this.pdf = pdf;
        this.site = site;
    }

    @Transactional(readOnly = true)
    Page<Invoice> of(long accountId, Pageable page) {
        return invoices.findByAccountIdOrderByIdDesc(accountId, page);
    }

    @Transactional(readOnly = true)
    Page<Invoice> search(InvoiceKind kind, Instant from, Instant to, String text, Pageable page) {
        // An admin's own % or _ only widens their search.
        String like = text == null || text.isBlank() ? "%" : "%" + text.strip().toLowerCase(Locale.ROOT) + "%";
        List<InvoiceKind> kinds = kind == null ? List.of(InvoiceKind.values()) : List.of(kind);
        return counts.page(PagerCounts.list("invoices", kind, from, to, like),
                invoices.search(kinds, from, to, like, page), page, () -> invoices.countMatching(kinds, from, to, like));
    }

    @Transactional(readOnly = true)
    List<Invoice> issuedBetween(Instant from, Instant to) {
        return invoices.issuedBetween(from, to);
    }

    /** A customer's own invoice as PDF; someone else's is "not found", exactly like one that does not exist. */
    @Transactional(readOnly = true)
    Document customerPdf(long accountId, long invoiceId) {
        return document(invoices.findByIdAndAccountId(invoiceId, accountId));
    }

    @Transactional(readOnly = true)
    Document adminPdf(long invoiceId) {
        return document(invoices.findById(invoiceId));
    }

    private Document document(Optional<Invoice> found) {
        Invoice invoice = found.orElseThrow(() -> Refusal.notFound("invoice.notFound"));
        String credited = invoice.creditedInvoiceId() == null ? null
                : invoices.findById(invoice.creditedInvoiceId()).map(Invoice::number).orElse(null);
        return new Document(invoice.number().replaceAll("[^A-Za-z0-9-]", "_") + ".pdf",
                pdf.render(invoice, credited, invoice.language() == null ? site.defaultLocale()
                        : Locale.forLanguageTag(invoice.language()), settings.zone(), images.content(site.logoUrl())));
    }

    record Document(String fileName, byte[] bytes) {
    }
}
