package io.pteroca.plugin.web;

/** Where a menu item appears. */
public enum MenuArea {
    /** The main navigation bar, for every signed-in account. */
    MAIN,
    /** The admin drop-down, for admins only. */
    ADMIN
}
