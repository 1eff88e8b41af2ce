package io.pteroca.panel.catalog;

/** How a price is charged: per fixed period, per hour on demand, per slot, or a free trial. */
public enum PriceKind {
    /** A fixed amount for a period of N units. */
    STATIC,
    /** An amount per hour the server exists, charged each hour in advance. */
    ON_DEMAND,
    /** An amount per slot for a period of N units; the slot count goes into the egg's slot variable. */
    PER_SLOT,
    /**
     * Free for a period of N units, once per customer and Pterodactyl user; the server then renews at the paid price the
     * customer chose with it, or expires.
     */
    TRIAL
}
