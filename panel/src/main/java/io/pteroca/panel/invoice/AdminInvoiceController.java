package io.pteroca.panel.invoice;

import io.pteroca.panel.account.Countries;
import io.pteroca.panel.audit.AuditEvent;
import io.pteroca.panel.shared.Refusal;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Every invoice and credit note, filtered and exported; the tax rates; the tax report. */
@Controller
@RequestMapping("/admin/invoices")
class AdminInvoiceController {

    private final Invoices invoices;
    private final TaxRates rates;
    private final InvoiceSettings settings;
    private final ApplicationEventPublisher events;

    AdminInvoiceController(Invoices invoices, TaxRates rates, InvoiceSettings settings, ApplicationEventPublisher events) {
        this.invoices = invoices;
        this.rates = rates;
        this.settings = settings;
        this.events = events;
    }

    @GetMapping
    String list(@RequestParam(defaultValue = "") String kind, @RequestParam(defaultValue = "") String from,
                @RequestParam(defaultValue = "") String to, @RequestParam(defaultValue = "") String q,
                @RequestParam(defaultValue = "0") int page, Model model) {
        Period period = Period.of(from, to, settings.zone());
        model.addAttribute("invoices", invoices.search(kind(kind), period.from(), period.to(), q,
                PageRequest.of(Math.max(page, 0), 50)));
        model.addAttribute("kinds", InvoiceKind.values());
        model.addAttribute("kind", kind);
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        model.addAttribute("q", q);
        return "invoice/admin-invoices";
    }

    @GetMapping("/export")
    ResponseEntity<byte[]> export(@RequestParam(defaultValue = "") String kind, @RequestParam(defaultValue = "") String from,
                                  @RequestParam(defaultValue = "") String to, @RequestParam(defaultValue = "") String q) {
        Period period = Period.of(from, to, settings.zone());
        return csv("invoices.csv", InvoiceCsv.invoices(invoices.search(kind(kind), period.from(), period.to(), q,
                Pageable.unpaged()).getContent()));
    }

    @GetMapping("/tax-report")
    ResponseEntity<byte[]> taxReport(@RequestParam(defaultValue = "") String from, @RequestParam(defaultValue = "") String to,
                                     Authentication admin, HttpServletRequest request) {
        Period period = Period.of(from, to, settings.zone());
        List<Invoice> issued = invoices.issuedBetween(period.from(), period.to());
        events.publishEvent(AuditEvent.byAdmin("admin_exported_tax_report", admin, request.getRemoteAddr(),
                "from " + period.from() + " to " + period.to() + ", " + issued.size() + " invoices and credit notes"));
        return csv("tax-report.csv", InvoiceCsv.taxReport(issued, settings.zone()));
    }

    @GetMapping("/{id}/pdf")
    ResponseEntity<byte[]> pdf(@PathVariable long id) {
        return CustomerInvoiceController.download(invoices.adminPdf(id));
    }

    @GetMapping("/taxes")
    String taxes(Locale locale, Model model) {
        return taxPage(null, "", "", locale, model);
    }

    @PostMapping("/taxes")
    String setRate(@RequestParam(defaultValue = "") String country, @RequestParam(defaultValue = "") String rate,
                   Authentication admin, HttpServletRequest request, jakarta.servlet.http.HttpServletResponse response,
                   Locale locale, Model model, RedirectAttributes redirect) {
        try {
            rates.set(country, rate, admin, request.getRemoteAddr());
            redirect.addFlashAttribute("saved", true);
            return "redirect:/admin/invoices/taxes";
        } catch (Refusal refused) {
            response.setStatus(refused.status().value());
            return taxPage(refused, country, rate, locale, model);
        }
    }

    @PostMapping("/taxes/{country}/delete")
    String removeRate(@PathVariable String country, Authentication admin, HttpServletRequest request) {
        rates.remove(country, admin, request.getRemoteAddr());
        return "redirect:/admin/invoices/taxes";
    }

    private String taxPage(Refusal refused, String country, String rate, Locale locale, Model model) {
        model.addAttribute("rates", rates.all());
        model.addAttribute("refusal", refused);
        model.addAttribute("country", country);
        model.addAttribute("rate", rate);
        model.addAttribute("countryNames", rates.all().stream().collect(java.util.stream.Collectors.toMap(
                TaxRateEntity::country, r -> Countries.name(r.country(), locale))));
        model.addAttribute("countries", Countries.all(locale));
        return "invoice/admin-taxes";
    }

    private static InvoiceKind kind(String kind) {
        return Arrays.stream(InvoiceKind.values()).filter(k -> k.name().equals(kind)).findFirst().orElse(null);
    }

    private static ResponseEntity<byte[]> csv(String name, String body) {
        return ResponseEntity.ok().contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
                .body(body.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Whole days of the books' time zone from {@code from} to {@code to}, both included; a missing or unreadable end
     * leaves it open.
     */
    record Period(Instant from, Instant to) {

        static Period of(String from, String to, ZoneId zone) {
            return new Period(day(from).map(d -> d.atStartOfDay(zone).toInstant()).orElse(Instant.EPOCH),
                    day(to).map(d -> d.plusDays(1).atStartOfDay(zone).toInstant())
                            .orElse(Instant.parse("9999-01-01T00:00:00Z")));
        }

        private static java.util.Optional<LocalDate> day(String typed) {
            try {
                return typed == null || typed.isBlank() ? java.util.Optional.empty() : java.util.Optional.of(LocalDate.parse(typed.strip()));
            } catch (DateTimeParseException e) {
                return java.util.Optional.empty();
            }
        }
    }
}
