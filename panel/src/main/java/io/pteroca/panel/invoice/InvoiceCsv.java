package io.pteroca.panel.invoice;

import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The admin's exports as CSV (RFC 4180, comma, amounts with a dot and the ledger's 4 places). */
final class InvoiceCsv {

    private InvoiceCsv() {
    }

    static String invoices(List<Invoice> invoices) {
        StringBuilder csv = new StringBuilder("number,kind,issued_at,buyer,buyer_email,buyer_country,buyer_vat_id,"
                + "tax_treatment,tax_country,tax_rate,currency,net,tax,gross\r\n");
        for (Invoice i : invoices) {
            csv.append(String.join(",", cell(i.number()), i.kind().name(),
                    DateTimeFormatter.ISO_INSTANT.format(i.issuedAt()), cell(i.buyerName()), cell(i.buyerEmail()),
                    cell(i.buyerCountry()), cell(i.buyerVatId()), i.treatment().name(), cell(i.taxCountry()),
                    i.taxRate().toPlainString(), i.gross().currency().getCurrencyCode(), i.net().amount().toPlainString(),
                    i.tax().amount().toPlainString(), i.gross().amount().toPlainString())).append("\r\n");
        }
        return csv.toString();
    }

    /**
     * Net and tax per month (in the books' {@code zone}), country, treatment, rate and currency; credit notes count
     * negative (their amounts are).
     */
    static String taxReport(List<Invoice> invoices, ZoneId zone) {
        Map<String, BigDecimal[]> sums = new TreeMap<>();
        for (Invoice i : invoices) {
            String key = String.join(",", DateTimeFormatter.ofPattern("yyyy-MM").format(i.issuedAt().atZone(zone)),
                    cell(i.taxCountry()), i.treatment().name(), i.taxRate().toPlainString(),
                    i.gross().currency().getCurrencyCode());
            BigDecimal[] sum = sums.computeIfAbsent(key, k -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO});
            sum[0] = sum[0].add(i.net().amount());
            sum[1] = sum[1].add(i.tax().amount());
            sum[2] = sum[2].add(i.gross().amount());
        }
        StringBuilder csv = new StringBuilder("month,country,tax_treatment,tax_rate,currency,net,tax,gross\r\n");
        sums.forEach((key, sum) -> csv.append(key).append(',').append(sum[0].toPlainString()).append(',')
                .append(sum[1].toPlainString()).append(',').append(sum[2].toPlainString()).append("\r\n"));
        return csv.toString();
    }

    /** Quoted when needed; a leading = + - @ is defused so a spreadsheet does not run it as a formula. */
    private static String cell(String value) {
        if (value == null) {
            return "";
        }
        String safe = value.replace("\r", " ").replace("\n", " ");
        if (!safe.isEmpty() && "=+-@".indexOf(safe.charAt(0)) >= 0) {
            safe = "'" + safe;
        }
        return safe.contains(",") || safe.contains("\"") ? "\"" + safe.replace("\"", "\"\"") + "\"" : safe;
    }
}
