package io.pteroca.panel.invoice;

import io.pteroca.panel.shared.SeparateTransaction;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The next number of a series and year, without gaps or duplicates across threads and panel instances: the counter
 * row is incremented by an UPDATE in the transaction that inserts the invoice, so it stays locked until that commits
 * (a rollback gives the number back) and the next issuer waits for it.
 */
@Component
class InvoiceNumbers {

    private final JdbcTemplate jdbc;
    private final SeparateTransaction separately;

    InvoiceNumbers(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.separately = new SeparateTransaction(transactions);
    }

    /**
     * Creates the counter row of a series and year if it is missing, in a transaction of its own: two first invoices
     * of a year may race to insert it, and on PostgreSQL the loser's failed insert must not spoil the issuing one.
     * Called before that transaction begins, by {@link InvoiceIssuing} in the background, so it never holds one
     * connection while waiting for another ({@link SeparateTransaction} refuses otherwise).
     */
    void ensureCounter(InvoiceKind kind, int year) {
        if (exists(kind, year)) {
            return;
        }
        try {
            separately.run(status -> jdbc.update(
                    "insert into invoice_counter (series, counter_year, last_number) values (?, ?, 0)", kind.name(), year));
        } catch (DataIntegrityViolationException alreadyThere) {
            // Another issuer inserted it first: just as good.
        }
    }

    /** Must run inside the issuing transaction, after {@link #ensureCounter}. */
    Invoice.Number next(InvoiceKind kind, int year, String pattern) {
        int updated = jdbc.update("update invoice_counter set last_number = last_number + 1 where series = ? and counter_year = ?",
                kind.name(), year);
        if (updated != 1) {
            throw new IllegalStateException("no counter for " + kind + " " + year);
        }
        Long sequence = jdbc.queryForObject("select last_number from invoice_counter where series = ? and counter_year = ?",
                Long.class, kind.name(), year);
        return new Invoice.Number(kind, year, sequence, format(pattern, year, sequence));
    }

    /** {@code {yyyy}} is the year, {@code {n}} the number; a pattern without {@code {n}} gets it at its end. */
    static String format(String pattern, int year, long sequence) {
        String written = pattern == null || pattern.isBlank() ? "{n}" : pattern.strip();
        if (!written.contains("{n}")) {
            written = written + "{n}";
        }
        return written.replace("{yyyy}", Integer.toString(year)).replace("{n}", Long.toString(sequence));
    }

    private boolean exists(InvoiceKind kind, int year) {
        Integer count = jdbc.queryForObject("select count(*) from invoice_counter where series = ? and counter_year = ?",
                Integer.class, kind.name(), year);
        return count != null && count > 0;
    }
}
