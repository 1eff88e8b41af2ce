package io.pteroca.panel.server;

import io.pteroca.panel.catalog.PeriodUnit;
import io.pteroca.panel.catalog.PriceTerms;
import java.time.Instant;

/**
 * How long a new server runs before its first renewal: one period of its price from the moment it is ready (a
 * purchase), a free trial of its own length from that moment, or up to a date an admin chose.
 */
public record FirstPeriod(Integer trialValue, PeriodUnit trialUnit, Instant paidUntil) {

    public static FirstPeriod ofPrice() {
        return new FirstPeriod(null, null, null);
    }

    public static FirstPeriod trial(PriceTerms trial) {
        return new FirstPeriod(trial.periodValue(), trial.periodUnit(), null);
    }

    public static FirstPeriod until(Instant paidUntil) {
        return new FirstPeriod(null, null, paidUntil);
    }
}
