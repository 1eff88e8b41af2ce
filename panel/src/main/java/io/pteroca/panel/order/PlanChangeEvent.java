package io.pteroca.panel.order;

import io.pteroca.panel.shared.Money;

/**
 * An upgrade was charged, or that charge given back because Pterodactyl refused the new limits. Published inside the
 * transaction that moved the money, so the invoice it calls for is recorded with it.
 */
public record PlanChangeEvent(Kind kind, long planChangeId, long accountId, long serverId, Money amount) {

    /** What happened. */
    public enum Kind {
        CHARGED, REVERSED
    }
}
