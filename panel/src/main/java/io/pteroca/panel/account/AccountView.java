package io.pteroca.panel.account;

import java.time.Instant;

/** What other features may know about an account. */
public record AccountView(Long id, String email, String firstName, String lastName, Role role, String language,
                          boolean emailVerified, boolean blocked, boolean deleted, Instant createdAt,
                          String pendingEmail) {

    public String displayName() {
        return firstName + " " + lastName;
    }

    /** A member of staff, whatever their staff role; see {@link StaffPermissions} for what they may do. */
    public boolean admin() {
        return role == Role.ADMIN;
    }

    public boolean staff() {
        return admin();
    }
}
