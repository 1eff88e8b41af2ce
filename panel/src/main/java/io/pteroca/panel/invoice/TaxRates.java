package io.pteroca.panel.invoice;

import io.pteroca.panel.account.Countries;
import io.pteroca.panel.audit.AuditEvent;
import io.pteroca.panel.shared.Refusal;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The admin's table of tax rates per country. */
@Service
class TaxRates {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final TaxRateRepository rates;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    TaxRates(TaxRateRepository rates, ApplicationEventPublisher events, Clock clock) {
        this.rates = rates;
        this.events = events;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    List<TaxRateEntity> all() {
        return rates.findAllByOrderByCountryAsc();
    }

    @Transactional(readOnly = true)
    Optional<BigDecimal> of(String country) {
        return rates.findById(country).map(TaxRateEntity::rate);
    }

    /** Sets a country's rate (0 up to below 100, at most 4 decimals), or refuses what is wrong. */
    @Transactional
    void set(String typedCountry, String typedRate, Authentication admin, String ip) {
        String country = typedCountry == null ? "" : typedCountry.strip().toUpperCase(Locale.ROOT);
        if (!Countries.known(country)) {
            throw Refusal.onField("country", "billing.country.invalid");
        }
        BigDecimal rate;
        try {
            rate = new BigDecimal(typedRate == null ? "" : typedRate.strip().replace(',', '.'));
        } catch (NumberFormatException e) {
            throw Refusal.onField("rate", "invoice.tax.rateInvalid");
        }
        if (rate.signum() < 0 || rate.compareTo(HUNDRED) >= 0 || rate.stripTrailingZeros().scale() > 4) {
            throw Refusal.onField("rate", "invoice.tax.rateInvalid");
        }
        TaxRateEntity entity = rates.findById(country).orElseGet(() -> new TaxRateEntity(country));
        entity.change(rate, clock.instant());
        rates.save(entity);
        events.publishEvent(AuditEvent.byAdmin("admin_set_tax_rate", admin, ip, country + " " + rate.toPlainString() + "%"));
    }

    @Transactional
    void remove(String country, Authentication admin, String ip) {
        rates.findById(country).ifPresent(entity -> {
            rates.delete(entity);
            events.publishEvent(AuditEvent.byAdmin("admin_removed_tax_rate", admin, ip, country));
        });
    }
}
