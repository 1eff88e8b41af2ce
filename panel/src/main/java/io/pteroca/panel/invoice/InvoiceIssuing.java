package io.pteroca.panel.invoice;

import io.pteroca.panel.shared.work.DurableWork;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

/** Issues due invoices and credit notes right after the commit that made them due, and in every sweep after. */
@Component
class InvoiceIssuing implements DurableWork {

    private final InvoiceRequestRepository requests;
    private final InvoiceIssuer issuer;
    private final InvoiceNumbers numbers;
    private final InvoiceSettings settings;
    private final Clock clock;

    InvoiceIssuing(InvoiceRequestRepository requests, InvoiceIssuer issuer, InvoiceNumbers numbers, InvoiceSettings settings,
                   Clock clock) {
        this.requests = requests;
        this.settings = settings;
        this.issuer = issuer;
        this.numbers = numbers;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "invoices";
    }

    @Override
    public Duration interval() {
        return Duration.ofSeconds(30);
    }

    @Override
    public List<Long> due(Instant now, int limit) {
        return requests.due(now, PageRequest.of(0, limit));
    }

    @Override
    public boolean attempt(long id) {
        // Outside the issuing transaction, so that one never waits for a second connection.
        // The year of the books' time zone, as InvoiceIssuer numbers it.
        int year = clock.instant().atZone(settings.zone()).getYear();
        numbers.ensureCounter(InvoiceKind.INVOICE, year);
        numbers.ensureCounter(InvoiceKind.CREDIT_NOTE, year);
        return issuer.issue(id);
    }
}
