package io.pteroca.panel.invoice;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * Splits a text into runs, each set in the first font of the chain that has all its letters: the document's own font
 * (Latin, Cyrillic, Greek), then the fallback for the rest of the world's scripts (Chinese, Japanese, Korean). A letter
 * no font has is written as its code, e.g. {@code [U+1F600]}: an invoice is a legal document, so it never silently
 * loses a letter of a name or an address, and it never fails to be issued either.
 */
final class PdfFontChain {

    private final PDFont primary;
    private final Supplier<PDFont> fallback;
    private final List<Integer> unprintable;
    private PDFont loadedFallback;
    private boolean fallbackTried;

    /** @param fallback loads the fallback font into the document on first need; null (or returning null) when none */
    PdfFontChain(PDFont primary, Supplier<PDFont> fallback) {
        this(primary, fallback, new ArrayList<>());
    }

    private PdfFontChain(PDFont primary, Supplier<PDFont> fallback, List<Integer> unprintable) {
        this.primary = primary;
        this.fallback = fallback;
        this.unprintable = unprintable;
    }

    /** The same chain with another primary font (the bold one), sharing the fallback and what could not be printed. */
    PdfFontChain with(PDFont otherPrimary) {
        return new PdfFontChain(otherPrimary, this::fallback, unprintable);
    }

    /** The code points no font of the chain could print, so far. */
    List<Integer> unprintable() {
        return unprintable;
    }

    PDFont primary() {
        return primary;
    }

    /** Runs of text and the font each is set in; control characters (a tab typed into an address) become spaces. */
    List<Run> runs(String text) {
        List<Run> runs = new ArrayList<>();
        if (text == null) {
            return runs;
        }
        StringBuilder current = new StringBuilder();
        PDFont currentFont = primary;
        for (int codePoint : text.codePoints().toArray()) {
            String character = Character.isISOControl(codePoint) ? " " : Character.toString(codePoint);
            PDFont font = fontFor(character);
            if (font == null) {
                unprintable.add(codePoint);
                font = primary;
                character = String.format("[U+%04X]", codePoint);
            }
            if (font != currentFont && !current.isEmpty()) {
                runs.add(new Run(current.toString(), currentFont));
                current.setLength(0);
            }
            currentFont = font;
            current.append(character);
        }
        if (!current.isEmpty()) {
            runs.add(new Run(current.toString(), currentFont));
        }
        return runs;
    }

    /** The width of the text at {@code size} points, as {@link #runs} sets it. */
    float width(String text, float size) throws IOException {
        float width = 0;
        for (Run run : runs(text)) {
            width += run.font().getStringWidth(run.text()) / 1000 * size;
        }
        return width;
    }

    private PDFont fontFor(String character) {
        if (encodes(primary, character)) {
            return primary;
        }
        PDFont other = fallback();
        return other != null && encodes(other, character) ? other : null;
    }

    private PDFont fallback() {
        if (!fallbackTried) {
            fallbackTried = true;
            loadedFallback = fallback == null ? null : fallback.get();
        }
        return loadedFallback;
    }

    private static boolean encodes(PDFont font, String character) {
        try {
            font.encode(character);
            return true;
        } catch (IllegalArgumentException | IOException missing) {
            return false;
        }
    }

    record Run(String text, PDFont font) {
    }
}
