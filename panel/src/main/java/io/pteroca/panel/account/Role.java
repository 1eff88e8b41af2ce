package io.pteroca.panel.account;

/**
 * Whether an account is a customer (USER) or a member of staff (ADMIN). What a member of staff may do comes from
 * their staff role's {@link Permission}s.
 */
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
