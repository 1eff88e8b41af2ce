package io.pteroca.panel.catalog;

/** How a price is charged: per fixed period, per hour on demand, or per slot. */
public enum PriceKind {
    /** A fixed amount for a period of N units. */
    STATIC,
    /** An amount per hour the server exists, charged each hour in advance. */
    ON_DEMAND,
    /** An amount per slot for a period of N units; the slot count goes into the egg's slot variable. */
    PER_SLOT
}
