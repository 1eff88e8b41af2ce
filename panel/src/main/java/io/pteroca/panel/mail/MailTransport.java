package io.pteroca.panel.mail;

/**
 * Delivers a rendered message, or throws with the reason it could not. The SMTP server from the settings by default;
 * a {@code @Primary} bean replaces it, as the demo's mailbox does.
 */
public interface MailTransport {

    void send(OutgoingMail mail);
}
