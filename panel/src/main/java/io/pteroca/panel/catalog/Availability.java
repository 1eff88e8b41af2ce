package io.pteroca.panel.catalog;

/** Whether a product can be ordered right now, as far as the catalog knows. */
public enum Availability {
    AVAILABLE,
    OUT_OF_STOCK,
    /** No eligible node had room at the last capacity check. */
    NO_CAPACITY,
    /** Capacity has not been read yet; orders are accepted and placement decides. */
    UNKNOWN,
    INACTIVE;

    public boolean orderable() {
        return this == AVAILABLE || this == UNKNOWN;
    }
}
