package io.pteroca.panel.invoice;

import io.pteroca.panel.setting.SettingDefinition;
import io.pteroca.panel.setting.SettingGroup;
import io.pteroca.panel.setting.SettingType;
import io.pteroca.panel.setting.Settings;
import io.pteroca.panel.setting.SettingsContributor;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** The seller printed on invoices, what invoices are issued for, and how they are numbered. */
@Component
class InvoiceSettings implements SettingsContributor {

    static final String WITH_TAX = "with_tax";
    static final String WITHOUT_TAX = "without_tax";
    static final String PER_TOP_UP = "per_top_up";
    static final String PER_ORDER = "per_order";

    /** How the store shows prices while taxes are on; what is charged is the same either way. */
    static final SettingDefinition PRICES_SHOWN = SettingDefinition.select("invoice.prices_shown", SettingGroup.PAYMENTS,
            WITH_TAX, 105, List.of(WITH_TAX, WITHOUT_TAX));
    static final SettingDefinition ISSUE_FOR = SettingDefinition.select("invoice.issue_for", SettingGroup.PAYMENTS,
            PER_TOP_UP, 110, List.of(PER_TOP_UP, PER_ORDER));
    static final SettingDefinition NUMBER_PATTERN = SettingDefinition.of("invoice.number_pattern", SettingType.TEXT,
            SettingGroup.PAYMENTS, "INV/{yyyy}/{n}", 112);
    static final SettingDefinition CREDIT_NOTE_PATTERN = SettingDefinition.of("invoice.credit_note_pattern",
            SettingType.TEXT, SettingGroup.PAYMENTS, "CN/{yyyy}/{n}", 114);
    static final SettingDefinition SELLER_NAME = SettingDefinition.of("invoice.seller_name", SettingType.TEXT,
            SettingGroup.PAYMENTS, "", 120);
    static final SettingDefinition SELLER_ADDRESS = SettingDefinition.of("invoice.seller_address", SettingType.TEXTAREA,
            SettingGroup.PAYMENTS, "", 122);
    static final SettingDefinition SELLER_COUNTRY = SettingDefinition.of("invoice.seller_country", SettingType.TEXT,
            SettingGroup.PAYMENTS, "", 124);
    static final SettingDefinition SELLER_VAT_ID = SettingDefinition.of("invoice.seller_vat_id", SettingType.TEXT,
            SettingGroup.PAYMENTS, "", 126);

    /** The zone of the seller's books: the date printed on an invoice, its number's year, the tax report's days and months. */
    static final SettingDefinition TIME_ZONE = SettingDefinition.of("invoice.time_zone", SettingType.TIME_ZONE,
            SettingGroup.PAYMENTS, "UTC", 128);

    private static final Logger log = LoggerFactory.getLogger(InvoiceSettings.class);

    private final Settings settings;

    InvoiceSettings(Settings settings) {
        this.settings = settings;
    }

    @Override
    public List<SettingDefinition> settings() {
        return List.of(PRICES_SHOWN, ISSUE_FOR, NUMBER_PATTERN, CREDIT_NOTE_PATTERN, SELLER_NAME, SELLER_ADDRESS, SELLER_COUNTRY,
                SELLER_VAT_ID, TIME_ZONE);
    }

    boolean pricesWithoutTax() {
        return WITHOUT_TAX.equals(settings.get(PRICES_SHOWN));
    }

    boolean perOrder() {
        return PER_ORDER.equals(settings.get(ISSUE_FOR));
    }

    String pattern(InvoiceKind kind) {
        return settings.get(kind == InvoiceKind.INVOICE ? NUMBER_PATTERN : CREDIT_NOTE_PATTERN);
    }

    /**
     * The books' time zone. Saving checks the name; one stored before that check that Java does not know counts as UTC
     * (and is logged), never as a failed invoice.
     */
    ZoneId zone() {
        String name = settings.get(TIME_ZONE).strip();
        try {
            return name.isEmpty() ? ZoneOffset.UTC : ZoneId.of(name);
        } catch (DateTimeException unknown) {
            log.warn("Unknown invoice time zone '{}', using UTC", name);
            return ZoneOffset.UTC;
        }
    }

    Seller seller(String fallbackName) {
        String name = settings.get(SELLER_NAME).strip();
        String country = settings.get(SELLER_COUNTRY).strip().toUpperCase(Locale.ROOT);
        return new Seller(name.isEmpty() ? fallbackName : name, settings.get(SELLER_ADDRESS).strip(),
                country.isEmpty() ? null : country, blankToNull(settings.get(SELLER_VAT_ID)));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    record Seller(String name, String address, String country, String vatId) {
    }
}
