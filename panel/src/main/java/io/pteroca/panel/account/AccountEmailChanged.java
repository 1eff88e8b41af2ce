package io.pteroca.panel.account;

/**
 * An account is moving to a new e-mail address; published inside the transaction that records it, so a listener
 * that must change the address elsewhere first (the Pterodactyl user) can refuse the move by throwing.
 */
public record AccountEmailChanged(long accountId, String oldEmail, String newEmail) {
}
