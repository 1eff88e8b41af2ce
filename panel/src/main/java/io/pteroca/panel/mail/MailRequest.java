package io.pteroca.panel.mail;

import java.util.Locale;
import java.util.Map;

/**
 * An e-mail to render and send.
 *
 * @param template a template path without suffix; {@code <template>.html} and {@code <template>.txt} are rendered
 * @param subjectKey message key of the subject, rendered with {@code subjectArgs}
 */
public record MailRequest(String recipient, Long userId, MailType type, String template, String subjectKey,
                          Object[] subjectArgs, Map<String, Object> model, Locale locale) {
}
