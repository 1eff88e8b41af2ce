package io.pteroca.panel.setting;

import io.pteroca.panel.shared.Refusal;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.safety.Safelist;
import org.springframework.stereotype.Component;

/** Checks a submitted value against its type and returns what will be stored. */
@Component
class SettingValidator {

    private static final Pattern COLOR = Pattern.compile("#[0-9a-fA-F]{6}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern IBAN = Pattern.compile("[A-Z]{2}[0-9]{2}[A-Z0-9]{11,30}");
    private static final Pattern ID_LIST = Pattern.compile("\\d{1,18}(?:[\\s,]+\\d{1,18}){0,49}");
    private static final int MAX_LENGTH = 100_000;

    /** Admin-provided HTML (terms of service, messages) keeps formatting but loses scripts and handlers. */
    static final Safelist HTML_ALLOWED = Safelist.relaxed().removeTags("img").addProtocols("a", "href", "https", "http", "mailto");

    String normalize(SettingDefinition definition, String raw) {
        String value = raw == null ? "" : raw.strip();
        if (value.isEmpty()) {
            return value;
        }
        if (value.length() > MAX_LENGTH) {
            throw invalid(definition, "setting.error.tooLong");
        }
        return switch (definition.type()) {
            case TEXT, SECRET -> singleLine(definition, value);
            case TEXTAREA -> value;
            case HTML -> Jsoup.clean(value, HTML_ALLOWED);
            case BOOLEAN -> bool(definition, value);
            case NUMBER -> number(definition, value);
            case URL -> url(definition, value);
            case EMAIL -> matching(definition, value, EMAIL, "setting.error.email");
            case COLOR -> matching(definition, value, COLOR, "setting.error.color").toLowerCase(java.util.Locale.ROOT);
            case ID_LIST -> idList(definition, value);
            case IBAN -> iban(definition, value);
            case TIME_ZONE -> timeZone(definition, value);
            case SELECT -> {
                if (!definition.options().contains(value)) {
                    throw invalid(definition, "setting.error.option");
                }
                yield value;
            }
        };
    }

    private static String singleLine(SettingDefinition definition, String value) {
        if (value.contains("\n") || value.contains("\r") || value.length() > 1000) {
            throw invalid(definition, "setting.error.text");
        }
        return value;
    }

    private static String idList(SettingDefinition definition, String value) {
        if (!ID_LIST.matcher(value).matches()) {
            throw invalid(definition, "setting.error.idList");
        }
        return String.join(",", value.split("[\\s,]+"));
    }

    private static String bool(SettingDefinition definition, String value) {
        if (!value.equals("true") && !value.equals("false")) {
            throw invalid(definition, "setting.error.boolean");
        }
        return value;
    }

    private static String number(SettingDefinition definition, String value) {
        try {
            return Integer.toString(Integer.parseInt(value));
        } catch (NumberFormatException e) {
            throw invalid(definition, "setting.error.number");
        }
    }

    private static String url(SettingDefinition definition, String value) {
        try {
            URI uri = new URI(value);
            if (uri.getHost() == null || !("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))) {
                throw invalid(definition, "setting.error.url");
            }
            return value.endsWith("/") ? value.substring(0, value.length() - 1) : value;
        } catch (URISyntaxException e) {
            throw invalid(definition, "setting.error.url");
        }
    }

    /**
     * Customers copy it into their bank's form: a typo sends their money elsewhere, so the check digits are verified
     * (ISO 13616, mod 97). Stored without spaces, in capitals.
     */
    private static String iban(SettingDefinition definition, String value) {
        String compact = value.replace(" ", "").toUpperCase(java.util.Locale.ROOT);
        if (!IBAN.matcher(compact).matches()) {
            throw invalid(definition, "setting.error.iban");
        }
        String rearranged = compact.substring(4) + compact.substring(0, 4);
        int remainder = 0;
        for (char c : rearranged.toCharArray()) {
            int digit = Character.getNumericValue(c);
            remainder = (digit > 9 ? remainder * 100 + digit : remainder * 10 + digit) % 97;
        }
        if (remainder != 1) {
            throw invalid(definition, "setting.error.iban");
        }
        return compact;
    }

    /** Region names in any case ({@code europe/warsaw}), as well as offsets Java reads ({@code UTC+2}, {@code +02:00}). */
    private static String timeZone(SettingDefinition definition, String value) {
        for (String known : ZoneId.getAvailableZoneIds()) {
            if (known.equalsIgnoreCase(value)) {
                return known;
            }
        }
        try {
            return ZoneId.of(value.toUpperCase(java.util.Locale.ROOT)).getId();
        } catch (DateTimeException unknown) {
            throw invalid(definition, "setting.error.timeZone");
        }
    }

    private static String matching(SettingDefinition definition, String value, Pattern pattern, String messageKey) {
        if (!pattern.matcher(value).matches()) {
            throw invalid(definition, messageKey);
        }
        return value;
    }

    private static Refusal invalid(SettingDefinition definition, String messageKey) {
        return Refusal.onField(definition.key(), messageKey);
    }
}
