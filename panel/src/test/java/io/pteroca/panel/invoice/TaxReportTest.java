package io.pteroca.panel.invoice;

import static org.assertj.core.api.Assertions.assertThat;

import io.pteroca.panel.account.AccountView;
import io.pteroca.panel.account.Accounts;
import io.pteroca.panel.account.Billing;
import io.pteroca.panel.account.BillingDetails;
import io.pteroca.panel.account.BillingSettings;
import io.pteroca.panel.account.Role;
import io.pteroca.panel.payment.PaymentTestAccess;
import io.pteroca.panel.support.BackgroundWork;
import io.pteroca.panel.support.IntegrationTest;
import io.pteroca.panel.support.TestMoney;
import io.pteroca.panel.support.WebSession;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * The tax report of a month in the books' time zone (Warsaw): invoices and credit notes of consumers, businesses and a
 * reverse charge in three countries, and invoices minutes either side of the month's edges, parsed back from CSV.
 */
class TaxReportTest extends IntegrationTest {

    private static final String PASSWORD = "tax report secret";
    private static final ZoneId WARSAW = ZoneId.of("Europe/Warsaw");
    /** A month no other test issues invoices in. */
    private static final LocalDate APRIL = LocalDate.of(2041, 4, 1);

    @Autowired
    ApplicationContext context;
    @Autowired
    Accounts accounts;
    @Autowired
    Billing billing;
    @Autowired
    InvoiceRequestRepository requests;

    @AfterEach
    void taxesOff() {
        settings.set(BillingSettings.TAXES_ENABLED, "false");
        settings.set(InvoiceSettings.TIME_ZONE, "");
    }

    private AccountView customer(BillingDetails details) {
        AccountView customer = accounts.createVerified("tax-" + UUID.randomUUID().toString().substring(0, 8) + "@example.test",
                "Tax", "Payer", PASSWORD, Role.USER, "test");
        billing.save(customer.id(), details);
        return customer;
    }

    /** A top-up of {@code amount} paid and invoiced at {@code when}; returns the payment's id. */
    private long paidAt(Instant when, AccountView customer, String amount) {
        clock.advance(Duration.between(clock.instant(), when));
        PaymentTestAccess payments = new PaymentTestAccess(context);
        long paymentId = payments.startBankTransfer(customer.id(), amount);
        assertThat(payments.confirm(paymentId)).isTrue();
        BackgroundWork.awaitIdle();
        return paymentId;
    }

    private static Instant warsaw(LocalDate day, int hour, int minute) {
        return day.atTime(hour, minute).atZone(WARSAW).toInstant();
    }

    private static List<CSVRecord> parse(String csv) throws IOException {
        return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(csv)).getRecords();
    }

    @Test
    void theMonthsTotalsPerCountryAreItsInvoicesLessItsCreditNotesToTheCent() throws IOException {
        settings.setAll(Map.of(BillingSettings.TAXES_ENABLED, "true", InvoiceSettings.SELLER_NAME, "Łódź Hosting",
                InvoiceSettings.SELLER_COUNTRY, "PL", InvoiceSettings.SELLER_VAT_ID, "PL1234567890",
                InvoiceSettings.TIME_ZONE, "Europe/Warsaw"));
        jdbc.update("delete from tax_rate");
        jdbc.update("insert into tax_rate (country, rate, updated_at) values ('PL', 23, current_timestamp)");
        jdbc.update("insert into tax_rate (country, rate, updated_at) values ('DE', 19, current_timestamp)");
        jdbc.update("insert into tax_rate (country, rate, updated_at) values ('FR', 20, current_timestamp)");
        String awkward = "Kowalski, Jan \"JK\"";
        AccountView polishBusiness = customer(new BillingDetails(awkward, "Kowalski, Nowak \"Serwery\" sp.j.",
                "ul. Długa 1", "00-001", "Warszawa", "PL", "PL5260001246"));
        AccountView polishConsumer = customer(new BillingDetails("Zofia Żak", null, "ul. Krótka 2", "30-001", "Kraków", "PL", null));
        AccountView germanConsumer = customer(new BillingDetails("Jürgen Groß", null, "Hauptstraße 1", "10115", "Berlin", "DE", null));
        AccountView germanBusiness = customer(new BillingDetails("Anna Schmidt", "Schmidt GmbH", "Ring 3", "20095", "Hamburg",
                "DE", "DE123456789"));
        AccountView frenchConsumer = customer(new BillingDetails("Hélène Dupont", null, "1 rue de la Paix", "75002", "Paris",
                "FR", null));
        LocalDate may = APRIL.plusMonths(1);
        LocalDate lastOfApril = may.minusDays(1);

        paidAt(warsaw(APRIL.minusDays(1), 23, 50), polishConsumer, "1.23");
        paidAt(warsaw(APRIL, 0, 10), polishConsumer, "12.30");
        paidAt(warsaw(APRIL.plusDays(9), 12, 0), polishBusiness, "123.00");
        paidAt(warsaw(APRIL.plusDays(10), 9, 0), germanConsumer, "59.50");
        paidAt(warsaw(APRIL.plusDays(11), 9, 0), germanBusiness, "40.00");
        long refunded = paidAt(warsaw(APRIL.plusDays(12), 9, 0), frenchConsumer, "24.00");
        paidAt(warsaw(APRIL.plusDays(13), 9, 0), frenchConsumer, "36.00");
        // The first French top-up is refunded: its credit note negates it.
        clock.advance(Duration.between(clock.instant(), warsaw(APRIL.plusDays(14), 9, 0)));
        requests.save(new InvoiceRequest(InvoiceKind.CREDIT_NOTE, "payment", refunded, frenchConsumer.id(),
                TestMoney.usd("24.00"), "Refund", clock.instant()));
        new InvoiceTestAccess(context).issueDue();
        paidAt(warsaw(lastOfApril, 23, 50), polishConsumer, "24.60");
        paidAt(warsaw(may, 0, 10), polishConsumer, "2.46");
        clock.reset();

        AccountView admin = accounts.createVerified("tax-admin-" + UUID.randomUUID().toString().substring(0, 8) + "@example.test",
                "Ada", "Admin", PASSWORD, Role.ADMIN, "test");
        WebSession web = browser();
        web.signIn(admin.email(), PASSWORD);
        String april = "from=" + APRIL + "&to=" + lastOfApril;
        List<CSVRecord> report = parse(web.get("/admin/invoices/tax-report?" + april, "text/csv").body());

        Map<String, BigDecimal[]> perCountry = new TreeMap<>();
        for (CSVRecord row : report) {
            assertThat(row.get("month")).as("every document of the Warsaw April, and only those").isEqualTo("2041-04");
            assertThat(row.get("currency")).isEqualTo("USD");
            BigDecimal[] sum = perCountry.computeIfAbsent(row.get("country"),
                    country -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO});
            sum[0] = sum[0].add(new BigDecimal(row.get("net")));
            sum[1] = sum[1].add(new BigDecimal(row.get("tax")));
            sum[2] = sum[2].add(new BigDecimal(row.get("gross")));
        }
        assertThat(perCountry).containsOnlyKeys("PL", "DE", "FR");
        assertSums(perCountry.get("PL"), "130.00", "29.90", "159.90");
        assertSums(perCountry.get("DE"), "90.00", "9.50", "99.50");
        assertSums(perCountry.get("FR"), "30.00", "6.00", "36.00");
        assertThat(report).filteredOn(row -> row.get("tax_treatment").equals("REVERSE_CHARGE")).singleElement()
                .satisfies(row -> {
                    assertThat(row.get("country")).isEqualTo("DE");
                    assertThat(new BigDecimal(row.get("net"))).isEqualByComparingTo("40.00");
                    assertThat(new BigDecimal(row.get("tax"))).isZero();
                });

        // The same month's documents one by one, as exported: they add up to the report, names survive commas and quotes.
        List<CSVRecord> documents = parse(web.get("/admin/invoices/export?" + april, "text/csv").body());
        assertThat(documents).hasSize(8);
        assertThat(documents).filteredOn(row -> row.get("kind").equals("CREDIT_NOTE")).singleElement()
                .satisfies(row -> assertThat(new BigDecimal(row.get("gross"))).isEqualByComparingTo("-24.00"));
        assertThat(documents).extracting(row -> row.get("buyer")).contains(awkward, "Jürgen Groß", "Hélène Dupont");
        for (String country : perCountry.keySet()) {
            BigDecimal gross = documents.stream().filter(row -> row.get("tax_country").equals(country))
                    .map(row -> new BigDecimal(row.get("gross"))).reduce(BigDecimal.ZERO, BigDecimal::add);
            assertThat(gross).as(country).isEqualByComparingTo(perCountry.get(country)[2]);
        }

        // A month read in UTC would have moved both edge invoices: the zone is what decides.
        settings.set(InvoiceSettings.TIME_ZONE, "UTC");
        List<CSVRecord> utc = parse(web.get("/admin/invoices/tax-report?" + april, "text/csv").body());
        BigDecimal utcPolishGross = utc.stream().filter(row -> row.get("country").equals("PL"))
                .map(row -> new BigDecimal(row.get("gross"))).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(utcPolishGross).isNotEqualByComparingTo("159.90");
        assertThat(jdbc.queryForObject("select count(*) from audit_log where action = 'admin_exported_tax_report'"
                + " and details = ?", Integer.class, "from " + APRIL.atStartOfDay(WARSAW).toInstant() + " to "
                + may.atStartOfDay(WARSAW).toInstant() + ", 8 invoices and credit notes")).isEqualTo(1);
    }

    private static void assertSums(BigDecimal[] sum, String net, String tax, String gross) {
        assertThat(sum[0]).as("net").isEqualByComparingTo(net);
        assertThat(sum[1]).as("tax").isEqualByComparingTo(tax);
        assertThat(sum[2]).as("gross").isEqualByComparingTo(gross);
    }
}
