package io.pteroca.panel.account;

import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The format of EU VAT identification numbers per member state, as the European Commission's VIES documents them.
 * Only the format is checked, offline: a well-formed number may still be unregistered, so invoices mark it
 * "unchecked" rather than refuse it.
 */
public final class VatIds {

    private static final Map<String, Pattern> FORMATS = Map.ofEntries(
            Map.entry("AT", Pattern.compile("U\\d{8}")),
            Map.entry("BE", Pattern.compile("[01]\\d{9}")),
            Map.entry("BG", Pattern.compile("\\d{9,10}")),
            Map.entry("CY", Pattern.compile("\\d{8}[A-Z]")),
            Map.entry("CZ", Pattern.compile("\\d{8,10}")),
            Map.entry("DE", Pattern.compile("\\d{9}")),
            Map.entry("DK", Pattern.compile("\\d{8}")),
            Map.entry("EE", Pattern.compile("\\d{9}")),
            Map.entry("EL", Pattern.compile("\\d{9}")),
            Map.entry("ES", Pattern.compile("[A-Z0-9]\\d{7}[A-Z0-9]")),
            Map.entry("FI", Pattern.compile("\\d{8}")),
            Map.entry("FR", Pattern.compile("[A-HJ-NP-Z0-9]{2}\\d{9}")),
            Map.entry("HR", Pattern.compile("\\d{11}")),
            Map.entry("HU", Pattern.compile("\\d{8}")),
            Map.entry("IE", Pattern.compile("\\d[A-Z0-9+*]\\d{5}[A-Z]{1,2}")),
            Map.entry("IT", Pattern.compile("\\d{11}")),
            Map.entry("LT", Pattern.compile("\\d{9}|\\d{12}")),
            Map.entry("LU", Pattern.compile("\\d{8}")),
            Map.entry("LV", Pattern.compile("\\d{11}")),
            Map.entry("MT", Pattern.compile("\\d{8}")),
            Map.entry("NL", Pattern.compile("\\d{9}B\\d{2}")),
            Map.entry("PL", Pattern.compile("\\d{10}")),
            Map.entry("PT", Pattern.compile("\\d{9}")),
            Map.entry("RO", Pattern.compile("\\d{2,10}")),
            Map.entry("SE", Pattern.compile("\\d{12}")),
            Map.entry("SI", Pattern.compile("\\d{8}")),
            Map.entry("SK", Pattern.compile("\\d{10}")));
    /** ISO country codes of the EU member states; Greece's VAT prefix is EL, not GR. */
    private static final Set<String> EU = Set.of("AT", "BE", "BG", "CY", "CZ", "DE", "DK", "EE", "GR", "ES", "FI", "FR",
            "HR", "HU", "IE", "IT", "LT", "LU", "LV", "MT", "NL", "PL", "PT", "RO", "SE", "SI", "SK");

    private VatIds() {
    }

    public static boolean inEu(String country) {
        return country != null && EU.contains(country);
    }

    /** The number as stored: upper case, without spaces, dots or dashes. */
    public static String normalised(String typed) {
        return typed == null ? "" : typed.toUpperCase(java.util.Locale.ROOT).replaceAll("[\\s.\\-]", "");
    }

    /** Whether {@code vatId} (normalised) has the format of the EU country {@code country} (ISO code). */
    public static boolean wellFormed(String vatId, String country) {
        if (!inEu(country)) {
            return false;
        }
        String prefix = "GR".equals(country) ? "EL" : country;
        String id = normalised(vatId);
        return id.startsWith(prefix) && FORMATS.get(prefix).matcher(id.substring(2)).matches();
    }
}
