package io.pteroca.panel.invoice;

import static org.assertj.core.api.Assertions.assertThat;

import io.pteroca.panel.account.AccountView;
import io.pteroca.panel.account.Accounts;
import io.pteroca.panel.account.BillingDetails;
import io.pteroca.panel.account.Billing;
import io.pteroca.panel.account.BillingSettings;
import io.pteroca.panel.account.Role;
import io.pteroca.panel.payment.PaymentTestAccess;
import io.pteroca.panel.support.BackgroundWork;
import io.pteroca.panel.support.IntegrationTest;
import io.pteroca.panel.support.WebSession;
import io.pteroca.panel.wallet.Wallets;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** Invoices issued for top-ups: taxed by the buyer's details, as PDF, for their owner only; the admin's list and CSV. */
class InvoiceTest extends IntegrationTest {

    private static final String PASSWORD = "invoice owner secret";

    @Autowired
    ApplicationContext context;
    @Autowired
    Accounts accounts;
    @Autowired
    Billing billing;
    @Autowired
    Wallets wallets;
    @Autowired
    TaxRates rates;

    @AfterEach
    void taxesOff() {
        settings.set(settings.definition("site.logo_image").orElseThrow(), "");
        settings.set(settings.definition("site.language").orElseThrow(), "");
        settings.set(BillingSettings.TAXES_ENABLED, "false");
        settings.set(InvoiceSettings.ISSUE_FOR, InvoiceSettings.PER_TOP_UP);
    }

    private AccountView customer(String prefix) {
        return accounts.createVerified(prefix + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.test",
                "Zoë", "Żółć", PASSWORD, Role.USER, "test");
    }

    private void taxesOnWithPolishSeller() {
        settings.setAll(Map.of(BillingSettings.TAXES_ENABLED, "true", InvoiceSettings.SELLER_NAME, "Łódź Hosting Sp. z o.o.",
                InvoiceSettings.SELLER_COUNTRY, "PL", InvoiceSettings.SELLER_VAT_ID, "PL1234567890",
                InvoiceSettings.SELLER_ADDRESS, "ul. Piotrkowska 1\n90-001 Łódź"));
        jdbc.update("delete from tax_rate");
        jdbc.update("insert into tax_rate (country, rate, updated_at) values ('PL', 23, current_timestamp)");
        jdbc.update("insert into tax_rate (country, rate, updated_at) values ('DE', 19, current_timestamp)");
    }

    private long paid(AccountView customer, String amount) {
        PaymentTestAccess payments = new PaymentTestAccess(context);
        long paymentId = payments.startBankTransfer(customer.id(), amount);
        assertThat(payments.confirm(paymentId)).isTrue();
        BackgroundWork.awaitIdle();
        return paymentId;
    }

    private long invoiceIdOf(long paymentId) {
        return jdbc.queryForObject("select id from invoice where source_type = 'payment' and source_id = ?", Long.class, paymentId);
    }

    private byte[] download(WebSession web, String path) throws IOException, InterruptedException {
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(web.baseUrl() + path))
                .header("Cookie", web.cookieHeader()).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/pdf");
        return response.body();
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    private static void picture(byte[] pdf, String name) throws IOException {
        InvoicePdfScriptsTest.picture(pdf, name);
    }

    /** A small blue PNG uploaded as the panel's logo. */
    private void uploadLogo() throws IOException {
        java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(120, 40, java.awt.image.BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D graphics = image.createGraphics();
        graphics.setColor(new java.awt.Color(0x41, 0x69, 0xe1));
        graphics.fillRect(0, 0, 120, 40);
        graphics.dispose();
        java.io.ByteArrayOutputStream png = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(image, "png", png);
        String path = context.getBean(io.pteroca.panel.media.Images.class).store("logo",
                new org.springframework.mock.web.MockMultipartFile("logo", "logo.png", "image/png", png.toByteArray()));
        settings.set(settings.definition("site.logo_image").orElseThrow(), path);
    }

    @Test
    void aTopUpOfAPolishConsumerIsInvoicedWithPolishVatAndThePdfAddsUpToTheLedger() throws Exception {
        taxesOnWithPolishSeller();
        uploadLogo();
        AccountView customer = customer("pl-consumer");
        billing.save(customer.id(), new BillingDetails("Zoë Żółć", null, "ul. Świętokrzyska 5", "00-001", "Warszawa", "PL", null));
        long paymentId = paid(customer, "123.00");

        assertThat(wallets.balance(customer.id()).amount()).isEqualByComparingTo("123.00");
        WebSession web = browser();
        web.signIn(customer.email(), PASSWORD);
        String list = web.get("/invoices").body();
        Matcher number = Pattern.compile("<code>(INV/\\d{4}/\\d+)</code>").matcher(list);
        assertThat(number.find()).as(list).isTrue();
        assertThat(list).contains("100.00 USD").contains("23.00 USD").contains("123.00 USD");

        byte[] document = download(web, "/invoices/" + invoiceIdOf(paymentId) + "/pdf");
        picture(document, "invoice-pdf-polish-consumer");
        try (PDDocument parsed = Loader.loadPDF(document)) {
            assertThat(parsed.getPage(0).getResources().getXObjectNames()).as("the logo is on the page").hasSize(1);
        }
        String pdf = text(document);
        assertThat(pdf).contains(number.group(1)).contains("Łódź Hosting Sp. z o.o.").contains("Zoë Żółć")
                .contains("Świętokrzyska").contains("PL1234567890").contains("23%");
        // The totals line of the PDF: net, tax, gross; the gross is what the ledger credited.
        Matcher totals = Pattern.compile("Total ([\\d.,]+) USD ([\\d.,]+) USD ([\\d.,]+) USD").matcher(pdf);
        assertThat(totals.find()).as(pdf).isTrue();
        assertThat(totals.group(1)).isEqualTo("100.00");
        assertThat(totals.group(2)).isEqualTo("23.00");
        assertThat(new java.math.BigDecimal(totals.group(3))).isEqualByComparingTo(wallets.ledgerSum(customer.id()).amount());
    }

    @Test
    void anInvoiceKeepsTheLanguageOfItsIssueAndEveryLetterOfAUkrainianBuyer() throws Exception {
        settings.set(settings.definition("site.language").orElseThrow(), "uk");
        AccountView customer = customer("ua-consumer");
        billing.save(customer.id(), new BillingDetails("Олена Ковальчук-Ґудзь", null, "вул. Хрещатик, 22", "01001", "Київ",
                "UA", null));
        long paymentId = paid(customer, "10.00");
        settings.set(settings.definition("site.language").orElseThrow(), "en");

        WebSession web = browser();
        web.signIn(customer.email(), PASSWORD);
        byte[] document = download(web, "/invoices/" + invoiceIdOf(paymentId) + "/pdf");
        picture(document, "invoice-pdf-ukrainian-buyer");
        assertThat(text(document)).contains("Олена Ковальчук-Ґудзь").contains("вул. Хрещатик, 22").contains("Київ")
                .contains("Україна").as("labels in the language it was issued in, not today's").contains("Рахунок")
                .contains("Покупець").doesNotContain("Buyer").doesNotContain("?");
    }

    @Test
    void aGermanBusinessWithAVatIdIsReverseChargedAndItsInvoiceKeepsTheDetailsOfItsIssue() throws Exception {
        taxesOnWithPolishSeller();
        AccountView customer = customer("de-business");
        billing.save(customer.id(), new BillingDetails("Jürgen Groß", "Groß & Söhne GmbH", "Hauptstraße 1", "10115",
                "Berlin", "DE", "DE 123 456 789"));
        long paymentId = paid(customer, "50.00");
        billing.save(customer.id(), new BillingDetails("Renamed", "Other GmbH", "Elsewhere 2", "10115", "Berlin", "DE", null));

        WebSession web = browser();
        web.signIn(customer.email(), PASSWORD);
        String pdf = text(download(web, "/invoices/" + invoiceIdOf(paymentId) + "/pdf"));
        assertThat(pdf).contains("Groß & Söhne GmbH").contains("DE123456789").contains("Reverse charge")
                .doesNotContain("Other GmbH");
        assertThat(new InvoiceTestAccess(context).gross("INVOICE", "payment", paymentId)).isEqualByComparingTo("50.00");
        assertThat(jdbc.queryForObject("select tax_total from invoice where id = ?", java.math.BigDecimal.class,
                invoiceIdOf(paymentId))).isZero();
    }

    @Test
    void invoicesAreTheirOwnersOnlyAndAdminsListFilterAndExportThem() throws Exception {
        AccountView owner = customer("owner");
        billing.save(owner.id(), new BillingDetails("=SUM(A1)", null, "Main 1", "1000", "Brussels", "BE", null));
        long paymentId = paid(owner, "19.99");
        long invoiceId = invoiceIdOf(paymentId);

        WebSession stranger = browser();
        stranger.signIn(customer("stranger").email(), PASSWORD);
        assertThat(stranger.get("/invoices/" + invoiceId + "/pdf").status()).isEqualTo(404);
        assertThat(stranger.get("/invoices/999999999/pdf").status()).isEqualTo(404);
        assertThat(stranger.get("/invoices").body()).contains("id=\"no-invoices\"");
        assertThat(stranger.get("/admin/invoices").status()).isEqualTo(403);
        assertThat(browser().get("/invoices/" + invoiceId + "/pdf").status()).as("signed out").isEqualTo(302);

        AccountView admin = accounts.createVerified("invoice-admin-" + UUID.randomUUID().toString().substring(0, 8)
                + "@example.test", "Ada", "Admin", PASSWORD, Role.ADMIN, "test");
        WebSession web = browser();
        web.signIn(admin.email(), PASSWORD);
        String list = web.get("/admin/invoices?q=" + owner.email()).body();
        assertThat(list).contains("id=\"admin-invoices-table\"").contains("19.99 USD");
        String csv = web.get("/admin/invoices/export?q=" + owner.email(), "text/csv").body();
        assertThat(csv.lines()).hasSize(2);
        assertThat(csv).startsWith("number,kind,issued_at").contains(",INVOICE,").contains(",19.9900")
                .as("a formula is defused").contains(",'=SUM(A1),");
        assertThat(text(download(web, "/admin/invoices/" + invoiceId + "/pdf"))).contains("19.99 USD");
        String report = web.get("/admin/invoices/tax-report", "text/csv").body();
        assertThat(report).startsWith("month,country,tax_treatment,tax_rate,currency,net,tax,gross").contains("NOT_TAXED");
    }

    @Test
    void taxesOnMeanNoPaymentWithoutBillingDetailsAndBadDetailsAreRefused() {
        taxesOnWithPolishSeller();
        settings.set(settings.definition("payment.bank_transfer.enabled").orElseThrow(), "true");
        AccountView customer = customer("no-details");
        WebSession web = browser();
        web.signIn(customer.email(), PASSWORD);
        web.get("/wallet/top-up");
        WebSession.Page refused = web.post("/wallet/top-up", Map.of("amount", "10", "method", "bank_transfer"));
        assertThat(refused.redirectsTo("/account/billing?required=true")).as(refused.location()).isTrue();
        assertThat(jdbc.queryForObject("select count(*) from payment where user_id = ?", Integer.class, customer.id())).isZero();
        assertThat(web.get("/account/billing?required=true").body()).contains("id=\"billing-required\"");

        WebSession.Page bad = web.post("/account/billing", Map.of("name", "Zoë", "street", "Main 1", "postalCode", "1",
                "city", "Town", "country", "XX"));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body()).contains("is-invalid");
        assertThat(billing.of(customer.id())).isEmpty();

        WebSession.Page saved = web.post("/account/billing", Map.of("name", "Zoë", "street", "Main 1", "postalCode", "1",
                "city", "Town", "country", "DE", "vatId", "DE12"));
        assertThat(saved.status()).isEqualTo(302);
        assertThat(web.get("/account/billing").body()).as("a VAT ID of the wrong format is kept, marked unchecked")
                .contains("id=\"vat-unchecked\"");
        web.get("/wallet/top-up");
        WebSession.Page started = web.post("/wallet/top-up", Map.of("amount", "10", "method", "bank_transfer"));
        assertThat(started.status()).isEqualTo(302);
        assertThat(started.location()).doesNotContain("/account/billing");
    }

    @Test
    void taxRatesAreValidatedAuditedAndEveryNewFormNeedsItsCsrfToken() {
        AccountView admin = accounts.createVerified("tax-admin-" + UUID.randomUUID().toString().substring(0, 8)
                + "@example.test", "Ada", "Admin", PASSWORD, Role.ADMIN, "test");
        WebSession web = browser();
        web.signIn(admin.email(), PASSWORD);
        web.get("/admin/invoices/taxes");
        assertThat(web.post("/admin/invoices/taxes", Map.of("country", "FR", "rate", "120")).status()).isEqualTo(400);
        assertThat(web.post("/admin/invoices/taxes", Map.of("country", "FR", "rate", "abc")).status()).isEqualTo(400);
        assertThat(web.post("/admin/invoices/taxes", Map.of("country", "FR", "rate", "20")).status()).isEqualTo(302);
        assertThat(rates.of("FR")).hasValueSatisfying(rate -> assertThat(rate).isEqualByComparingTo("20"));
        assertThat(web.get("/admin/invoices/taxes").body()).contains("20 %");
        assertThat(jdbc.queryForObject("select count(*) from audit_log where action = 'admin_set_tax_rate'", Integer.class))
                .isPositive();

        assertThat(web.postRaw("/admin/invoices/taxes", Map.of("country", "FR", "rate", "5")).status()).isEqualTo(403);
        assertThat(web.postRaw("/admin/invoices/taxes/FR/delete", Map.of()).status()).isEqualTo(403);
        assertThat(web.postRaw("/account/billing", Map.of("name", "x")).status()).isEqualTo(403);
        assertThat(rates.of("FR")).hasValueSatisfying(rate -> assertThat(rate).isEqualByComparingTo("20"));
        web.get("/admin/invoices/taxes");
        assertThat(web.post("/admin/invoices/taxes/FR/delete", Map.of()).status()).isEqualTo(302);
        assertThat(rates.of("FR")).isEmpty();
    }

    @Test
    void anInvoiceDueWhenThePanelStoppedIsIssuedByTheNextSweep() {
        AccountView customer = customer("crash");
        PaymentTestAccess payments = new PaymentTestAccess(context);
        long paymentId = payments.startBankTransfer(customer.id(), "7.00");
        BackgroundWork.lostWhile(() -> payments.confirm(paymentId));
        InvoiceTestAccess invoices = new InvoiceTestAccess(context);
        assertThat(invoices.issuedFor("INVOICE", "payment", paymentId)).isZero();
        invoices.issueDue();
        assertThat(invoices.issuedFor("INVOICE", "payment", paymentId)).isEqualTo(1);
        invoices.issueDue();
        assertThat(invoices.issuedFor("INVOICE", "payment", paymentId)).as("issued once").isEqualTo(1);
    }
}
