package io.pteroca.panel.account;

/**
 * An account's password changed. Carries the new password in clear, for synchronous listeners that must set
 * the same password elsewhere (the Pterodactyl account); it is never stored or logged.
 */
public record AccountPasswordChanged(long accountId, String email, String newPassword) {

    @Override
    public String toString() {
        return "AccountPasswordChanged[accountId=" + accountId + "]";
    }
}
