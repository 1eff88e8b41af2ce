package io.pteroca.panel.invoice;

import io.pteroca.panel.order.OrderEvent;
import io.pteroca.panel.order.PlanChangeEvent;
import io.pteroca.panel.payment.PaymentEvent;
import io.pteroca.panel.payment.PaymentStatus;
import io.pteroca.panel.setting.SiteSettings;
import io.pteroca.panel.shared.Money;
import io.pteroca.panel.shared.work.DurableWorkRunner;
import java.time.Clock;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Records which invoice or credit note is due, inside the transaction of the payment or order (so a crash right after
 * its commit loses nothing), and has it issued once that commits. Top-ups are invoiced by default (prepaid credit);
 * with invoices per order, purchases, renewals and plan upgrades are, and a refunded order or reversed upgrade gets a
 * credit note.
 */
@Component
class InvoiceTriggers {

    private final InvoiceRequestRepository requests;
    private final InvoiceSettings settings;
    private final InvoiceIssuing issuing;
    private final DurableWorkRunner runner;
    private final MessageSource messages;
    private final SiteSettings site;
    private final Clock clock;

    InvoiceTriggers(InvoiceRequestRepository requests, InvoiceSettings settings, InvoiceIssuing issuing,
                    DurableWorkRunner runner, MessageSource messages, SiteSettings site, Clock clock) {
        this.requests = requests;
        this.settings = settings;
        this.issuing = issuing;
        this.runner = runner;
        this.messages = messages;
        this.site = site;
        this.clock = clock;
    }

    @EventListener
    void paid(PaymentEvent event) {
        if (event.status() == PaymentStatus.PAID && !settings.perOrder()) {
            due(InvoiceKind.INVOICE, "payment", event.paymentId(), event.accountId(), event.charged(),
                    line("invoice.line.topUp", event.reference()));
        }
    }

    @EventListener
    void ordered(OrderEvent event) {
        if (!settings.perOrder() || !event.amount().isPositive()) {
            return;
        }
        switch (event.kind()) {
            case PLACED -> due(InvoiceKind.INVOICE, "order", event.orderId(), event.accountId(), event.amount(),
                    line("invoice.line.purchase", event.orderId(), event.serverId()));
            case RENEWED -> due(InvoiceKind.INVOICE, "order", event.orderId(), event.accountId(), event.amount(),
                    line("invoice.line.renewal", event.orderId(), event.serverId()));
            case REFUNDED -> due(InvoiceKind.CREDIT_NOTE, "order", event.orderId(), event.accountId(), event.amount(),
                    line("invoice.line.refund", event.orderId(), event.serverId()));
        }
    }

    /** An upgrade's charge is invoiced like a renewal; giving it back issues the credit note for that invoice. */
    @EventListener
    void planChanged(PlanChangeEvent event) {
        if (!settings.perOrder() || !event.amount().isPositive()) {
            return;
        }
        InvoiceKind kind = event.kind() == PlanChangeEvent.Kind.CHARGED ? InvoiceKind.INVOICE : InvoiceKind.CREDIT_NOTE;
        due(kind, "plan_change", event.planChangeId(), event.accountId(), event.amount(), line(kind == InvoiceKind.INVOICE
                ? "invoice.line.planChange" : "invoice.line.planChangeReversed", event.planChangeId(), event.serverId()));
    }

    private void due(InvoiceKind kind, String sourceType, long sourceId, long accountId, Money amount, String description) {
        if (requests.existsByKindAndSourceTypeAndSourceId(kind, sourceType, sourceId)) {
            return;
        }
        InvoiceRequest request = requests.save(new InvoiceRequest(kind, sourceType, sourceId, accountId, amount,
                description, clock.instant()));
        runner.afterCommit(issuing, request.id());
    }

    /** Invoices are written in the panel's default language, the seller's, whoever reads them later. */
    private String line(String key, Object... args) {
        return messages.getMessage(key, args, site.defaultLocale());
    }
}
