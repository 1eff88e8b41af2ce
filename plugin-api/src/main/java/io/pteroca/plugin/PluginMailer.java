package io.pteroca.plugin;

/**
 * Plain-text e-mail through the panel's SMTP settings, recorded in the panel's e-mail log like its own.
 * Sending happens after the current work commits and never blocks the caller on the SMTP server.
 */
public interface PluginMailer {

    void send(String recipient, String subject, String text);

    /** To an account's current e-mail address; does nothing for an unknown or deleted account. */
    void sendToAccount(long accountId, String subject, String text);
}
