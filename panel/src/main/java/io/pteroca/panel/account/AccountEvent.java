package io.pteroca.panel.account;

/**
 * Something happened to an account, published next to its audit line (inside the transaction, when there is one).
 *
 * @param accountId null for a failed sign-in with an unknown address
 * @param adminId the admin who acted, for admin actions
 * @param detail e.g. the new role
 */
public record AccountEvent(Kind kind, Long accountId, String email, String ip, Long adminId, String detail) {

    /** What happened. */
    public enum Kind {
        REGISTERED, SIGNED_IN, SIGN_IN_FAILED, SIGNED_OUT, PASSWORD_RESET_REQUESTED, PROFILE_CHANGED, EMAIL_CHANGED,
        BLOCKED, UNBLOCKED, ROLE_CHANGED, DELETED
    }
}
