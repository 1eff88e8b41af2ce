package io.pteroca.panel.invoice;

import io.pteroca.panel.setting.Settings;
import io.pteroca.panel.shared.work.DurableWorkRunner;
import java.util.List;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/** Lets tests outside this package issue due invoices and read what was issued, on every database. */
public final class InvoiceTestAccess {

    private final ApplicationContext context;

    public InvoiceTestAccess(ApplicationContext context) {
        this.context = context;
    }

    /** One sweep of the invoice work: whatever is due is issued (waiting for attempts already under way). */
    public void issueDue() {
        context.getBean(DurableWorkRunner.class).sweep(context.getBean(InvoiceIssuing.class));
    }

    public void invoicePerOrder(boolean perOrder) {
        context.getBean(Settings.class).set(InvoiceSettings.ISSUE_FOR,
                perOrder ? InvoiceSettings.PER_ORDER : InvoiceSettings.PER_TOP_UP);
    }

    /** The sequence numbers of a series issued so far, in order. */
    public List<Long> sequence(String kind, int year) {
        return context.getBean(JdbcTemplate.class).queryForList("select sequence_number from invoice where series = ?"
                + " and number_year = ? order by sequence_number", Long.class, kind, year);
    }

    /** How many documents of a kind were issued for a payment or order. */
    public int issuedFor(String kind, String sourceType, long sourceId) {
        return context.getBean(JdbcTemplate.class).queryForObject("select count(*) from invoice where kind = ?"
                + " and source_type = ? and source_id = ?", Integer.class, kind, sourceType, sourceId);
    }

    /** The gross total of the document of a kind for a payment or order. */
    public java.math.BigDecimal gross(String kind, String sourceType, long sourceId) {
        return context.getBean(JdbcTemplate.class).queryForObject("select gross_total from invoice where kind = ?"
                + " and source_type = ? and source_id = ?", java.math.BigDecimal.class, kind, sourceType, sourceId);
    }

    /** The credit note's reference to the invoice it reverses, as the number of that invoice. */
    public String creditedNumber(String sourceType, long sourceId) {
        return context.getBean(JdbcTemplate.class).queryForObject("select i.invoice_number from invoice c join invoice i"
                + " on i.id = c.credited_invoice_id where c.kind = 'CREDIT_NOTE' and c.source_type = ? and c.source_id = ?",
                String.class, sourceType, sourceId);
    }
}
