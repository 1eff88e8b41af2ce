package io.pteroca.panel.invoice;

import static io.pteroca.panel.support.TestMoney.usd;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * Invoices for buyers who write in Polish, Ukrainian, Turkish and Chinese: every letter of their names and addresses
 * comes back out of the PDF, the labels are in the invoice's language, and a letter no font has is written as its code.
 */
class InvoicePdfScriptsTest {

    /** Debian's fonts-droid-fallback (Apache License 2.0), installed by .ci/run and the Dockerfile. */
    static final Path DROID = Path.of("/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf");

    private final ResourceBundleMessageSource messages = messages();

    private static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return messages;
    }

    private static Invoice invoice(String language, String name, String company, String address, String country) {
        return invoice(language, "Top-up / Doładowanie", name, company, address, country);
    }

    private static Invoice invoice(String language, String line, String name, String company, String address,
                                   String country) {
        BigDecimal rate = new BigDecimal("23");
        return new Invoice(new Invoice.Number(InvoiceKind.INVOICE, 2026, 7, "INV/2026/7"),
                new Invoice.Source(1, "payment", 1, null), Instant.parse("2026-03-31T22:30:00Z"),
                new Taxation.Decision(TaxTreatment.STANDARD, rate, "PL"),
                Taxation.lines(List.of(new Taxation.Item(line, usd("123.00"))), rate, true),
                new Invoice.Parties(name, company, address, country, null, "buyer@example.test", "Łódź Hosting Sp. z o.o.",
                        "ul. Piotrkowska 1\n90-001 Łódź", "PL", "PL1234567890"), language);
    }

    private String render(InvoicePdf pdf, Invoice invoice) throws IOException {
        byte[] bytes = pdf.render(invoice, null, Locale.forLanguageTag(invoice.language()), ZoneId.of("Europe/Warsaw"),
                Optional.empty());
        try (PDDocument document = Loader.loadPDF(bytes)) {
            return new PDFTextStripper().getText(document);
        }
    }

    private static List<String> embeddedFonts(byte[] bytes) throws IOException {
        try (PDDocument document = Loader.loadPDF(bytes)) {
            PDResources resources = document.getPage(0).getResources();
            List<String> names = new ArrayList<>();
            for (COSName font : resources.getFontNames()) {
                names.add(resources.getFont(font).getName());
            }
            return names;
        }
    }

    /** The first page as an image beside the browser screenshots, to look at the layout. */
    static void picture(byte[] pdf, String name) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            Path folder = Path.of("target", "screenshots");
            Files.createDirectories(folder);
            javax.imageio.ImageIO.write(new org.apache.pdfbox.rendering.PDFRenderer(document).renderImageWithDPI(0, 80),
                    "png", folder.resolve(name + ".png").toFile());
        }
    }

    private String label(String key, String language) {
        return messages.getMessage(key, null, Locale.forLanguageTag(language));
    }

    @Test
    void polishUkrainianAndTurkishBuyersGetEveryLetterAndLabelsInTheInvoicesLanguage() throws IOException {
        InvoicePdf pdf = new InvoicePdf(messages, "");
        String polish = render(pdf, invoice("pl", "Grzegorz Brzęczyszczykiewicz", "Chrząszcz i Źdźbło sp. z o.o.",
                "ul. Żółkiewskiego 7\n80-001 Gdańsk", "PL"));
        assertThat(polish).contains("Grzegorz Brzęczyszczykiewicz", "Chrząszcz i Źdźbło sp. z o.o.", "ul. Żółkiewskiego 7",
                "80-001 Gdańsk", "Polska", label("invoice.pdf.buyer", "pl"), label("invoice.pdf.seller", "pl"),
                label("invoice.pdf.invoice", "pl") + " INV/2026/7");
        assertThat(polish).as("issued at 00:30 in Warsaw, 22:30 UTC the day before").contains("2026-04-01");

        String ukrainian = render(pdf, invoice("uk", "Олена Ковальчук-Ґудзь", "ТОВ «Їжак і Єнот»",
                "вул. Хрещатик, 22\n01001 Київ", "UA"));
        assertThat(ukrainian).contains("Олена Ковальчук-Ґудзь", "ТОВ «Їжак і Єнот»", "вул. Хрещатик, 22", "01001 Київ",
                label("invoice.pdf.buyer", "uk"), label("invoice.pdf.total", "uk"), label("invoice.pdf.invoice", "uk"));

        String turkish = render(pdf, invoice("tr", "Çağlar Öztürk", "Işıklı Yazılım A.Ş.", "İstiklal Cd. No:5\n34433 İstanbul",
                "TR"));
        assertThat(turkish).contains("Çağlar Öztürk", "Işıklı Yazılım A.Ş.", "İstiklal Cd. No:5", "34433 İstanbul",
                label("invoice.pdf.buyer", "tr"), label("invoice.pdf.description", "tr"));
        assertThat(polish + ukrainian + turkish).as("no letter replaced").doesNotContain("?").doesNotContain("[U+");
    }

    @Test
    void chineseIsSetInTheFallbackFontLabelsIncluded() throws IOException {
        // Like the browser tests: skipped with the reason on a machine without the package, a failure where the run
        // demands what .ci/run installs (-Dpteroca.browser.required=true).
        String reason = "Debian's fonts-droid-fallback package is not installed (" + DROID
                + "); apt-get install fonts-droid-fallback";
        if (Boolean.getBoolean("pteroca.browser.required")) {
            assertThat(DROID).as(reason).isReadable();
        }
        Assumptions.assumeTrue(Files.isReadable(DROID), reason);
        InvoicePdf pdf = new InvoicePdf(messages, "/nowhere/missing.ttf, " + DROID);
        Invoice invoice = invoice("zh-CN", "Top-up / 充值", "张伟", "北京云服务有限公司", "朝阳区建国路88号\n100022 北京", "CN");
        String text = render(pdf, invoice);
        assertThat(text).contains("张伟", "北京云服务有限公司", "朝阳区建国路88号", "100022 北京", "中国",
                label("invoice.pdf.buyer", "zh-CN"), label("invoice.pdf.seller", "zh-CN"),
                label("invoice.pdf.invoice", "zh-CN") + " INV/2026/7", "Łódź Hosting Sp. z o.o.", "充值");
        assertThat(text).doesNotContain("?").doesNotContain("[U+");
        byte[] bytes = pdf.render(invoice, null, Locale.SIMPLIFIED_CHINESE, ZoneId.of("UTC"), Optional.empty());
        picture(bytes, "invoice-pdf-chinese-buyer");
        assertThat(embeddedFonts(bytes)).as("only the letters used are embedded, as subsets")
                .anyMatch(name -> name.contains("LiberationSans")).anyMatch(name -> name.contains("DroidSansFallback"))
                .allMatch(name -> name.matches("[A-Z]{6}\\+.*"));
        assertThat(bytes.length).as("a subset, not the whole 4 MB font").isLessThan(300_000);
    }

    @Test
    void withoutAFontForALetterTheInvoiceIsStillIssuedAndSaysWhichLetterItIs() throws IOException {
        InvoicePdf pdf = new InvoicePdf(messages, "/nowhere/missing.ttf");
        String text = render(pdf, invoice("en", "张伟 Zhang Wei", null, "Main 1", "CN"));
        assertThat(text).contains("[U+5F20][U+4F1F] Zhang Wei").contains("Buyer").doesNotContain("?");
    }
}
