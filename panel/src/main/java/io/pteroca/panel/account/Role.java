package io.pteroca.panel.account;

/** What an account may do. Finer permissions can later map onto these without changing stored roles. */
public enum Role {
    USER, ADMIN;

    public String authority() {
        return "ROLE_" + name();
    }
}
