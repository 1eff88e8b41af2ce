package io.pteroca.panel.mail;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;

/** The test message of Settings → E-mail. */
@Component
class MailTestSamples implements MailSamples {

    @Override
    public List<MailSample> samples(Locale locale) {
        return List.of(new MailSample("mail-test", Mailer.testRequest("admin@example.com", locale)));
    }
}
