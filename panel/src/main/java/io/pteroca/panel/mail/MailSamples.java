package io.pteroca.panel.mail;

import java.util.List;
import java.util.Locale;

/**
 * What a feature's e-mails look like, for the admin's previews: each feature that sends e-mail builds its messages
 * here the way it sends them, filled with made-up data in {@code locale}. Nothing is sent or logged.
 */
public interface MailSamples {

    List<MailSample> samples(Locale locale);

    /** One e-mail the panel sends; {@code id} names it in the preview's address, e.g. "account-welcome". */
    record MailSample(String id, MailRequest request) {
    }
}
