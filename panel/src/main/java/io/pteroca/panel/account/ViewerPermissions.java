package io.pteroca.panel.account;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * For templates, which show a menu entry or button only when its action would be allowed:
 * {@code th:if="${@permissions.may('WALLETS_CHANGE')}"}.
 */
@Component("permissions")
public class ViewerPermissions {

    private final StaffPermissions staff;

    ViewerPermissions(StaffPermissions staff) {
        this.staff = staff;
    }

    /** Whether the signed-in viewer holds the permission, given by its code; an unknown code is a template bug. */
    public boolean may(String permission) {
        return staff.may(SecurityContextHolder.getContext().getAuthentication(), Permission.valueOf(permission));
    }

    /** Whether the viewer may open any part of the admin area. */
    public boolean staff() {
        return !staff.of(SecurityContextHolder.getContext().getAuthentication()).isEmpty();
    }
}
