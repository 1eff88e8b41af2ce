package io.pteroca.panel.account;

import io.pteroca.panel.shared.Refusal;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** An account's billing details: read for invoices, changed by the customer, required before paying when taxed. */
@Service
public class Billing {

    private final BillingDetailsRepository details;
    private final BillingSettings settings;
    private final Clock clock;

    Billing(BillingDetailsRepository details, BillingSettings settings, Clock clock) {
        this.details = details;
        this.settings = settings;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Optional<BillingDetails> of(long accountId) {
        return details.findById(accountId).map(BillingDetailsEntity::view);
    }

    /** True when taxes are on and the account has no billing details yet: a payment must wait for them. */
    @Transactional(readOnly = true)
    public boolean missingBeforePayment(long accountId) {
        return settings.taxesEnabled() && !details.existsById(accountId);
    }

    /** Stores what the customer typed, or refuses the first field that is wrong. */
    @Transactional
    public BillingDetails save(long accountId, BillingDetails typed) {
        BillingDetails clean = new BillingDetails(required("name", typed.name(), 200), optional(typed.company(), 200),
                required("street", typed.street(), 200), required("postalCode", typed.postalCode(), 20),
                required("city", typed.city(), 100), country(typed.country()), vatId(typed.vatId()));
        BillingDetailsEntity entity = details.findById(accountId).orElseGet(() -> new BillingDetailsEntity(accountId));
        entity.change(clean, clock.instant());
        details.save(entity);
        return clean;
    }

    private static String required(String field, String value, int max) {
        String clean = value == null ? "" : value.strip();
        if (clean.isEmpty()) {
            throw Refusal.onField(field, "billing.field.required");
        }
        if (clean.length() > max) {
            throw Refusal.onField(field, "billing.field.tooLong", max);
        }
        return clean;
    }

    private static String optional(String value, int max) {
        String clean = value == null ? "" : value.strip();
        if (clean.length() > max) {
            throw Refusal.onField("company", "billing.field.tooLong", max);
        }
        return clean.isEmpty() ? null : clean;
    }

    private static String country(String value) {
        String code = value == null ? "" : value.strip().toUpperCase(Locale.ROOT);
        if (!Countries.known(code)) {
            throw Refusal.onField("country", "billing.country.invalid");
        }
        return code;
    }

    private static String vatId(String value) {
        String id = VatIds.normalised(value);
        if (id.isEmpty()) {
            return null;
        }
        if (id.length() > 20 || !id.matches("[A-Z0-9+*]+")) {
            throw Refusal.onField("vatId", "billing.vatId.invalid");
        }
        return id;
    }
}
