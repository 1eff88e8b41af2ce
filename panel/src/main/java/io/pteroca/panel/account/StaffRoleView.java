package io.pteroca.panel.account;

import java.util.Set;

/**
 * A staff role as pages show it.
 *
 * @param code     the built-in role's code (its name on screen comes from the messages), null for a custom role
 * @param members  how many accounts hold it
 */
public record StaffRoleView(long id, String code, String name, Set<Permission> permissions, long members) {

    public boolean builtIn() {
        return code != null;
    }

    /** Administrator keeps every permission; its permissions cannot be edited. */
    public boolean editable() {
        return !StaffRole.BuiltIn.ADMINISTRATOR.name().equals(code);
    }

    public boolean deletable() {
        return code == null && members == 0;
    }

    public boolean has(Permission permission) {
        return permissions.contains(permission);
    }
}
