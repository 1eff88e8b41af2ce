package io.pteroca.plugin.web;

/** Where a widget appears. */
public enum WidgetSlot {
    /** The customer's dashboard (every signed-in account). */
    DASHBOARD,
    /** The admin overview. */
    ADMIN_OVERVIEW
}
