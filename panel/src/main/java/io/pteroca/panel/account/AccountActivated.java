package io.pteroca.panel.account;

/**
 * An account may now use the panel's services: its address was verified, it registered while verification
 * is off, or an admin or the command line created it. Published inside the transaction that activated it.
 */
public record AccountActivated(long accountId, String email, String firstName, String lastName) {
}
