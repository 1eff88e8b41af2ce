package io.pteroca.panel.account;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * What a staff member may do in the admin area: one code per area and action. Staff roles hold a set of these; which
 * admin request needs which code is decided in one place, the admin route table of the web feature.
 */
public enum Permission {
    OVERVIEW_VIEW,
    USERS_VIEW, USERS_CHANGE, USERS_DELETE,
    WALLETS_VIEW, WALLETS_CHANGE,
    SERVERS_VIEW, SERVERS_CHANGE, SERVERS_DELETE,
    PRODUCTS_VIEW, PRODUCTS_CHANGE, PRODUCTS_DELETE,
    CATEGORIES_VIEW, CATEGORIES_CHANGE, CATEGORIES_DELETE,
    PAYMENTS_VIEW, PAYMENTS_CHANGE,
    ORDERS_VIEW,
    VOUCHERS_VIEW, VOUCHERS_CHANGE, VOUCHERS_DELETE,
    ANNOUNCEMENTS_VIEW, ANNOUNCEMENTS_CHANGE, ANNOUNCEMENTS_DELETE,
    SETTINGS_VIEW, SETTINGS_CHANGE,
    PTERODACTYL_VIEW, PTERODACTYL_CHANGE,
    LOGS_VIEW,
    EMAILS_VIEW, EMAILS_CHANGE,
    ROLES_VIEW, ROLES_CHANGE, ROLES_DELETE,
    PLUGINS_VIEW, PLUGINS_CHANGE, PLUGINS_DELETE,
    THEMES_VIEW, THEMES_CHANGE, THEMES_DELETE,
    WEBHOOKS_VIEW, WEBHOOKS_CHANGE, WEBHOOKS_DELETE,
    SYSTEM_VIEW;

    /** What a permission lets its holder do within its area. */
    public enum Action {
        VIEW, CHANGE, DELETE
    }

    /** The part of the admin area, e.g. {@code users}; also the message key part of its label. */
    public String area() {
        return name().substring(0, name().lastIndexOf('_')).toLowerCase(Locale.ROOT);
    }

    public Action action() {
        return Action.valueOf(name().substring(name().lastIndexOf('_') + 1));
    }

    /** The permission of this area and action, if the area has it (wallets, for one, cannot be deleted). */
    public static java.util.Optional<Permission> of(String area, Action action) {
        return Arrays.stream(values()).filter(p -> p.area().equals(area) && p.action() == action).findFirst();
    }

    /** The areas in menu order, each once. */
    public static List<String> areas() {
        return Arrays.stream(values()).map(Permission::area).distinct().toList();
    }
}
