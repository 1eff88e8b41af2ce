package io.pteroca.panel.invoice;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Arrays;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * An issued invoice as an A4 PDF: seller, buyer, lines, tax and totals, its labels in the language it was issued in.
 * The text is set in Liberation Sans (SIL Open Font License), embedded, because PDF's standard fonts cannot write Ł, ğ
 * or Ж; letters it lacks (Chinese, Japanese, Korean) in the first fallback font found among
 * {@code pteroca.invoices.fallback-fonts} (the Docker image installs Droid Sans Fallback, Apache License 2.0), and a
 * letter no font has as its code, e.g. [U+4E2D], never as a silent gap (docs/invoices.md, "Languages and scripts").
 */
@Component
class InvoicePdf {

    private static final Logger log = LoggerFactory.getLogger(InvoicePdf.class);
    private static final String REGULAR = "/liberation/LiberationSans-Regular.ttf";
    private static final String BOLD = "/liberation/LiberationSans-Bold.ttf";
    private static final float MARGIN = 50;

    private final MessageSource messages;
    private final List<Path> fallbackFonts;

    /** @param fallbackFonts font files (TrueType outlines: .ttf), comma separated; the first that exists is used */
    InvoicePdf(MessageSource messages, @Value("${pteroca.invoices.fallback-fonts:"
            + "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf}") String fallbackFonts) {
        this.messages = messages;
        this.fallbackFonts = Arrays.stream(fallbackFonts.split(",")).map(String::strip).filter(name -> !name.isEmpty())
                .map(Path::of).toList();
    }

    /** @param logo the panel's uploaded logo (PNG, JPEG or GIF; another type, or none, leaves the corner empty) */
    byte[] render(Invoice invoice, String creditedNumber, Locale locale, ZoneId zone, java.util.Optional<byte[]> logo) {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            PdfFontChain regular = new PdfFontChain(font(document, REGULAR), () -> fallbackFont(document));
            PdfFontChain bold = regular.with(font(document, BOLD));
            float width = page.getMediaBox().getWidth();
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                logo.ifPresent(bytes -> drawLogo(document, content, bytes, width, page.getMediaBox().getHeight()));
                Writer writer = new Writer(content, regular, bold, page.getMediaBox().getHeight() - MARGIN);
                writer.line(bold, 18, MARGIN, text(invoice.kind() == InvoiceKind.INVOICE ? "invoice.pdf.invoice"
                        : "invoice.pdf.creditNote", locale) + " " + invoice.number());
                writer.line(regular, 10, MARGIN, text("invoice.pdf.issued", locale) + ": "
                        + DateTimeFormatter.ISO_LOCAL_DATE.format(invoice.issuedAt().atZone(zone)));
                if (creditedNumber != null) {
                    writer.line(regular, 10, MARGIN, text("invoice.pdf.credits", locale) + ": " + creditedNumber);
                }
                writer.gap(12);
                float top = writer.y;
                writer.block(MARGIN, text("invoice.pdf.seller", locale), party(invoice.sellerName(), null,
                        invoice.sellerAddress(), null, invoice.sellerVatId(), null, locale));
                float sellerBottom = writer.y;
                writer.y = top;
                writer.block(width / 2, text("invoice.pdf.buyer", locale), party(invoice.buyerName(),
                        invoice.buyerCompany(), invoice.buyerAddress(), invoice.buyerCountry(), invoice.buyerVatId(),
                        invoice.buyerEmail(), locale));
                writer.y = Math.min(writer.y, sellerBottom) - 16;
                float[] columns = {MARGIN, width - 290, width - 200, width - 110};
                float right = width - MARGIN;
                writer.row(bold, columns, right, text("invoice.pdf.description", locale), text("invoice.pdf.net", locale),
                        text("invoice.pdf.tax", locale), text("invoice.pdf.gross", locale));
                for (InvoiceLine line : invoice.lines()) {
                    writer.row(regular, columns, right, line.description(), invoice.money(line.net()).format(locale),
                            invoice.money(line.tax()).format(locale), invoice.money(line.gross()).format(locale));
                }
                writer.gap(10);
                writer.row(bold, columns, right, text("invoice.pdf.total", locale), invoice.net().format(locale),
                        invoice.tax().format(locale), invoice.gross().format(locale));
                writer.gap(10);
                writer.line(regular, 10, MARGIN, taxNote(invoice, locale));
            }
            if (!regular.unprintable().isEmpty()) {
                log.warn("Invoice {} has letters no font can print, written as their codes: {}", invoice.number(),
                        regular.unprintable().stream().map(code -> String.format("U+%04X", code)).distinct().toList());
            }
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void drawLogo(PDDocument document, PDPageContentStream content, byte[] bytes, float width, float height) {
        try {
            PDImageXObject image = PDImageXObject.createFromByteArray(document, bytes, "logo");
            float scale = Math.min(150f / image.getWidth(), 50f / image.getHeight());
            content.drawImage(image, width - MARGIN - image.getWidth() * scale, height - MARGIN - image.getHeight() * scale,
                    image.getWidth() * scale, image.getHeight() * scale);
        } catch (IOException | IllegalArgumentException unsupported) {
            // An SVG or WebP logo cannot go into a PDF: the invoice goes without it.
        }
    }

    private String taxNote(Invoice invoice, Locale locale) {
        return switch (invoice.treatment()) {
            case NOT_TAXED -> text("invoice.pdf.notTaxed", locale);
            case REVERSE_CHARGE -> text("invoice.pdf.reverseCharge", locale);
            case STANDARD -> messages.getMessage("invoice.pdf.rate", new Object[] {
                    invoice.taxRate().stripTrailingZeros().toPlainString(),
                    invoice.taxCountry() == null ? "" : invoice.taxCountry()}, locale);
        };
    }

    private List<String> party(String name, String company, String address, String country, String vatId, String email,
                               Locale locale) {
        List<String> lines = new ArrayList<>();
        if (company != null) {
            lines.add(company);
        }
        lines.add(name);
        if (address != null && !address.isBlank()) {
            lines.addAll(address.lines().map(String::strip).filter(l -> !l.isEmpty()).toList());
        }
        if (country != null) {
            lines.add(io.pteroca.panel.account.Countries.name(country, locale));
        }
        if (vatId != null) {
            lines.add(text("invoice.pdf.vatId", locale) + ": " + vatId);
        }
        if (email != null) {
            lines.add(email);
        }
        return lines;
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }

    /** The first fallback font that exists and loads, embedded as a subset of the letters used; null when none does. */
    private PDFont fallbackFont(PDDocument document) {
        for (Path file : fallbackFonts) {
            if (!Files.isReadable(file)) {
                continue;
            }
            try {
                return PDType0Font.load(document, file.toFile());
            } catch (IOException | RuntimeException unusable) {
                log.warn("Invoice fallback font {} cannot be used: {}", file, unusable.toString());
            }
        }
        return null;
    }

    private static PDFont font(PDDocument document, String resource) throws IOException {
        try (InputStream in = InvoicePdf.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("font missing from the class path: " + resource);
            }
            return PDType0Font.load(document, in);
        }
    }

    /** Writes lines top down, keeping the vertical position. */
    private static final class Writer {

        private final PDPageContentStream content;
        private final PdfFontChain regular;
        private final PdfFontChain bold;
        private float y;

        Writer(PDPageContentStream content, PdfFontChain regular, PdfFontChain bold, float y) {
            this.content = content;
            this.regular = regular;
            this.bold = bold;
            this.y = y;
        }

        void line(PdfFontChain font, float size, float x, String text) throws IOException {
            y -= size + 4;
            show(font, size, x, text);
        }

        void block(float x, String title, List<String> lines) throws IOException {
            line(bold, 11, x, title);
            for (String text : lines) {
                line(regular, 10, x, text);
            }
        }

        /** The first cell starts at its column; the amounts end where the next column starts (the last at the margin). */
        void row(PdfFontChain font, float[] columns, float right, String... cells) throws IOException {
            y -= 14;
            for (int i = 0; i < cells.length; i++) {
                float end = i + 1 < columns.length ? columns[i + 1] - 12 : right;
                float x = i == 0 ? columns[0] : end - font.width(cells[i], 10);
                show(font, 10, x, cells[i]);
            }
        }

        void gap(float points) {
            y -= points;
        }

        /** One text object; each run in its own font, one after the other. */
        private void show(PdfFontChain font, float size, float x, String text) throws IOException {
            content.beginText();
            content.newLineAtOffset(x, y);
            for (PdfFontChain.Run run : font.runs(text)) {
                content.setFont(run.font(), size);
                content.showText(run.text());
            }
            content.endText();
        }
    }
}
