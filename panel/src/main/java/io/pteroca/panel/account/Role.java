package io.pteroca.panel.account;

/** What an account may do. Finer permissions can later map onto these without changing stored roles. */
public enum Role {
    USER, ADMIN;

    /** Whether accounts of this role run the panel for others, which is what stricter sign-in rules apply to. */
    public boolean isStaff() {
        return this == ADMIN;
    }

    public String authority() {
        return "ROLE_" + name();
    }
}
