package io.pteroca.panel.mail;

/** A rendered message on its way out: what a {@link MailTransport} delivers and what the e-mail log keeps (sealed). */
public record OutgoingMail(String recipient, String subject, String html, String text) {
}
