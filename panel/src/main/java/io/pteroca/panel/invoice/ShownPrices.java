package io.pteroca.panel.invoice;

import io.pteroca.panel.account.Billing;
import io.pteroca.panel.account.BillingDetails;
import io.pteroca.panel.account.BillingSettings;
import io.pteroca.panel.shared.CurrentUser;
import io.pteroca.panel.shared.Money;
import io.pteroca.panel.shared.Percent;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * Prices as the store, the product page and the checkout show them while taxes are on. Prices are what the wallet is
 * charged and include the tax (see {@link InvoiceIssuer}); by the "prices shown" setting they are shown as they are,
 * or without the tax in them, with a note either way. The tax is the one an invoice would carry for the person looking:
 * their country's rate (none under the reverse charge), or the seller's country's for visitors, worked out by
 * {@link Taxation} exactly as on the invoice. Templates call it as {@code @shownPrices}.
 */
@Component("shownPrices")
public class ShownPrices {

    private static final String DECISION = ShownPrices.class.getName() + ".decision";

    private final BillingSettings billingSettings;
    private final InvoiceSettings settings;
    private final Billing billing;
    private final TaxRates rates;

    ShownPrices(BillingSettings billingSettings, InvoiceSettings settings, Billing billing, TaxRates rates) {
        this.billingSettings = billingSettings;
        this.settings = settings;
        this.billing = billing;
        this.rates = rates;
    }

    /** The price as shown: as charged, or without its tax (to 4 places when the price itself has more than cents). */
    public Money of(Money price) {
        Optional<Percent> rate = rate();
        if (rate.isEmpty() || !settings.pricesWithoutTax()) {
            return price;
        }
        if (price.inWholeMinorUnits()) {
            return price.netOfIncludedInMinorUnits(rate.get());
        }
        BigDecimal net = price.amount().multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(100).add(rate.get().value()), Money.LEDGER_SCALE, RoundingMode.HALF_EVEN);
        return Money.of(net, price.currency());
    }

    /** The note beside prices ("include 23 % tax" or "+ 23 % tax"), or null when no tax applies to the person looking. */
    public Note note() {
        return rate().map(rate -> new Note(settings.pricesWithoutTax() ? "tax.shown.plusTax" : "tax.shown.withTax", rate))
                .orElse(null);
    }

    /**
     * An order's total split as its invoice will split it: net and tax rounded once on the whole amount, the gross being
     * what is charged. Null when no tax applies.
     */
    public Split split(Money total) {
        return rate().map(rate -> {
            Taxation.Line line = Taxation.lines(List.of(new Taxation.Item("", total)), rate.value(), true).get(0);
            return new Split(line.net(), line.tax(), line.gross(), rate, settings.pricesWithoutTax());
        }).orElse(null);
    }

    /** The rate for whoever is looking, worked out once per request. */
    private Optional<Percent> rate() {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request != null && request.getAttribute(DECISION, RequestAttributes.SCOPE_REQUEST) instanceof Optional<?> known) {
            return known.map(Percent.class::cast);
        }
        Optional<Percent> rate = decideRate();
        if (request != null) {
            request.setAttribute(DECISION, rate, RequestAttributes.SCOPE_REQUEST);
        }
        return rate;
    }

    private Optional<Percent> decideRate() {
        if (!billingSettings.taxesEnabled()) {
            return Optional.empty();
        }
        Long userId = CurrentUser.id(SecurityContextHolder.getContext().getAuthentication());
        Optional<BillingDetails> buyer = userId == null ? Optional.empty() : billing.of(userId);
        Taxation.Decision decision = Taxation.decide(true, settings.seller("").country(), buyer, rates::of);
        return decision.rate().signum() > 0 ? Optional.of(new Percent(decision.rate())) : Optional.empty();
    }

    /** A message key and the rate it names. */
    public record Note(String key, Percent rate) {
    }

    /** @param withoutTax whether the store shows prices without tax (then the total to pay is spelled out) */
    public record Split(Money net, Money tax, Money gross, Percent rate, boolean withoutTax) {
    }
}
