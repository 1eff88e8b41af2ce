package io.pteroca.panel.order;

import io.pteroca.panel.catalog.PriceTerms;
import io.pteroca.panel.shared.Money;
import java.time.Duration;
import java.time.Instant;

/**
 * What moving a server to another product costs: the rest of the paid period at the new price less the old, to the
 * second, at the ledger's 4 decimals rounded half-even ({@code prorated}); and what actually moves in the wallet
 * ({@code settled}): the whole of it for an upgrade, for a downgrade the credit or nothing, as the settings say.
 */
public record PlanQuote(long serverId, long productId, String currentName, String newName, Money currentPeriodAmount,
                        Money newPeriodAmount, PriceTerms price, Instant paidUntil, Duration remaining, Money prorated,
                        Money settled) {

    /** The new product costs more per period. */
    public boolean upgrade() {
        return newPeriodAmount.compareTo(currentPeriodAmount) > 0;
    }

    public boolean downgrade() {
        return newPeriodAmount.compareTo(currentPeriodAmount) < 0;
    }

    /** What the rest of the period is worth at the new price less the old ({@code now} to {@code paidUntil}). */
    static Money prorated(PriceTerms price, Money oldAmount, Money newAmount, Instant now, Instant paidUntil) {
        Instant periodStart = price.periodUnit().before(paidUntil, price.periodValue());
        // A paid-until an admin moved further than one period counts as one period: nobody paid for the rest.
        Instant from = now.isBefore(periodStart) ? periodStart : now;
        if (!from.isBefore(paidUntil)) {
            return Money.zero(oldAmount.currency());
        }
        return price.unusedShare(newAmount.minus(oldAmount), from, paidUntil);
    }

    /** The time the prorated amount is for. */
    static Duration remaining(PriceTerms price, Instant now, Instant paidUntil) {
        Instant periodStart = price.periodUnit().before(paidUntil, price.periodValue());
        Instant from = now.isBefore(periodStart) ? periodStart : now;
        return from.isBefore(paidUntil) ? Duration.between(from, paidUntil) : Duration.ZERO;
    }
}
