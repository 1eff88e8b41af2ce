package io.pteroca.panel.announcement;

/** Who sees an announcement. */
public enum Audience {
    EVERYONE, CUSTOMERS_WITH_SERVERS, PRODUCT_CUSTOMERS
}
