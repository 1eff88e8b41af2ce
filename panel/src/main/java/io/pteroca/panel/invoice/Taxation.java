package io.pteroca.panel.invoice;

import io.pteroca.panel.account.BillingDetails;
import io.pteroca.panel.account.VatIds;
import io.pteroca.panel.shared.Money;
import io.pteroca.panel.shared.Percent;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Which tax an invoice carries and how its amounts are rounded. Pure: no database, no settings.
 *
 * <p>Rounding, as docs/invoices.md states it: each line is worked out on its own at the currency's minor unit, rounded
 * half-even once (an amount that includes tax: net = gross × 100 / (100 + rate), tax = gross − net; an amount without
 * tax: tax = net × rate / 100, gross = net + tax); the invoice's totals are the sums of its lines, so the lines always
 * add up to the totals printed below them.
 */
final class Taxation {

    private Taxation() {
    }

    /** The treatment, rate and taxing country for a buyer (no details: a consumer in the seller's country). */
    static Decision decide(boolean taxesOn, String sellerCountry, Optional<BillingDetails> buyer,
                           Function<String, Optional<BigDecimal>> rateOf) {
        if (!taxesOn) {
            return new Decision(TaxTreatment.NOT_TAXED, BigDecimal.ZERO, null);
        }
        String country = buyer.map(BillingDetails::country).orElse(sellerCountry);
        boolean crossBorderEuBusiness = buyer.isPresent() && buyer.get().vatIdWellFormed()
                && VatIds.inEu(sellerCountry) && VatIds.inEu(country) && !country.equals(sellerCountry);
        if (crossBorderEuBusiness) {
            return new Decision(TaxTreatment.REVERSE_CHARGE, BigDecimal.ZERO, country);
        }
        BigDecimal rate = country == null ? BigDecimal.ZERO : rateOf.apply(country).orElse(BigDecimal.ZERO);
        return new Decision(TaxTreatment.STANDARD, rate, country);
    }

    /** The lines with their tax, each rounded on its own; {@code amountsIncludeTax} says what the amounts are. */
    static List<Line> lines(List<Item> items, BigDecimal rate, boolean amountsIncludeTax) {
        Optional<Percent> percent = rate.signum() > 0 ? Optional.of(new Percent(rate)) : Optional.empty();
        List<Line> lines = new ArrayList<>();
        for (Item item : items) {
            Money amount = item.amount().roundedToMinorUnit();
            if (percent.isEmpty()) {
                lines.add(new Line(item.description(), amount, Money.zero(amount.currency()), amount));
            } else if (amountsIncludeTax) {
                Money net = amount.netOfIncludedInMinorUnits(percent.get());
                lines.add(new Line(item.description(), net, amount.minus(net), amount));
            } else {
                Money tax = amount.percentInMinorUnits(percent.get());
                lines.add(new Line(item.description(), amount, tax, amount.plus(tax)));
            }
        }
        return lines;
    }

    record Decision(TaxTreatment treatment, BigDecimal rate, String country) {
    }

    record Item(String description, Money amount) {
    }

    record Line(String description, Money net, Money tax, Money gross) {

        Line negated() {
            return new Line(description, net.negate(), tax.negate(), gross.negate());
        }
    }

    record Totals(Money net, Money tax, Money gross) {

        static Totals of(List<Line> lines) {
            Money zero = Money.zero(lines.get(0).gross().currency());
            return new Totals(lines.stream().map(Line::net).reduce(zero, Money::plus),
                    lines.stream().map(Line::tax).reduce(zero, Money::plus),
                    lines.stream().map(Line::gross).reduce(zero, Money::plus));
        }
    }
}
