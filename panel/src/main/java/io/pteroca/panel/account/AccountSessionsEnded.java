package io.pteroca.panel.account;

/**
 * Every session of an account ended (blocked, deleted, password changed or reset, e-mail changed): whatever else
 * holds a session open, such as a console socket, closes too.
 */
public record AccountSessionsEnded(long accountId) {
}
