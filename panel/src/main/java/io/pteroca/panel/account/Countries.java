package io.pteroca.panel.account;

import java.text.Collator;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** The ISO 3166 countries billing details and tax rates are given for. */
public final class Countries {

    private static final Set<String> CODES = Set.of(Locale.getISOCountries());

    private Countries() {
    }

    /** Whether {@code code} is an upper-case ISO country code, e.g. {@code PL}. */
    public static boolean known(String code) {
        return code != null && CODES.contains(code);
    }

    /** A country's name in the reader's language. */
    public static String name(String code, Locale locale) {
        return new Locale("", code).getDisplayCountry(locale);
    }

    /** Every country, named in the reader's language and sorted by that name. */
    public static List<Country> all(Locale locale) {
        Collator collator = Collator.getInstance(locale);
        return CODES.stream().map(code -> new Country(code, name(code, locale)))
                .sorted(Comparator.comparing(Country::name, collator)).toList();
    }

    public record Country(String code, String name) {
    }
}
