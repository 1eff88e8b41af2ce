package io.pteroca.panel.account;

import io.pteroca.panel.mail.MailRequest;
import io.pteroca.panel.mail.MailSamples;
import io.pteroca.panel.mail.MailType;
import io.pteroca.panel.mail.Mailer;
import io.pteroca.panel.setting.SiteSettings;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

/** The e-mails of the account feature, with links built from the site URL; also their previews for the admin. */
@Component
class AccountMails implements MailSamples {

    private static final String SAMPLE_TOKEN = "sample-token";

    private final Mailer mailer;
    private final SiteSettings site;

    AccountMails(Mailer mailer, SiteSettings site) {
        this.mailer = mailer;
        this.site = site;
    }

    void welcome(Account account, String verificationToken) {
        mailer.send(welcome(To.of(account), verificationToken));
    }

    void verification(Account account, String token) {
        mailer.send(verification(To.of(account), token));
    }

    void emailChange(Account account, String newEmail, String token) {
        mailer.send(emailChange(new To(newEmail, account.id(), account.firstName(), To.of(account).locale()), token));
    }

    void passwordReset(Account account, String token) {
        mailer.send(passwordReset(To.of(account), token));
    }

    /** An admin made the account: a link to choose a password, valid as long as the token says. */
    void invitation(Account account, String token) {
        mailer.send(invitation(To.of(account), token));
    }

    @Override
    public List<MailSample> samples(Locale locale) {
        To to = new To("alex@example.com", null, "Alex", locale);
        return List.of(new MailSample("account-welcome", welcome(to, SAMPLE_TOKEN)),
                new MailSample("account-verify", verification(to, SAMPLE_TOKEN)),
                new MailSample("account-change-email", emailChange(to, SAMPLE_TOKEN)),
                new MailSample("account-reset-password", passwordReset(to, SAMPLE_TOKEN)),
                new MailSample("account-invitation", invitation(to, SAMPLE_TOKEN)));
    }

    /** Who a message goes to, in their language (null: the site's). */
    private record To(String email, Long accountId, String firstName, Locale locale) {
        static To of(Account account) {
            return new To(account.email(), account.id(), account.firstName(),
                    account.language() != null ? Locale.forLanguageTag(account.language()) : null);
        }
    }

    private MailRequest welcome(To to, String verificationToken) {
        String link = verificationToken == null ? null : link("/verify-email", verificationToken);
        return request(to, MailType.WELCOME, "account/mail/welcome", "mail.welcome.subject",
                link == null ? Map.of("name", to.firstName(), "loginUrl", site.url() + "/login")
                        : Map.of("name", to.firstName(), "loginUrl", site.url() + "/login", "verifyUrl", link));
    }

    private MailRequest verification(To to, String token) {
        return request(to, MailType.EMAIL_VERIFICATION, "account/mail/verify-email", "mail.verify.subject",
                Map.of("name", to.firstName(), "verifyUrl", link("/verify-email", token)));
    }

    private MailRequest emailChange(To to, String token) {
        return request(to, MailType.EMAIL_CHANGE, "account/mail/change-email", "mail.changeEmail.subject",
                Map.of("name", to.firstName(), "verifyUrl", link("/account/email/confirm", token)));
    }

    private MailRequest passwordReset(To to, String token) {
        return request(to, MailType.PASSWORD_RESET, "account/mail/reset-password", "mail.reset.subject",
                Map.of("name", to.firstName(), "resetUrl", site.url() + "/reset-password/" + token));
    }

    private MailRequest invitation(To to, String token) {
        return request(to, MailType.WELCOME, "account/mail/invitation", "mail.invitation.subject",
                Map.of("name", to.firstName(), "setPasswordUrl", site.url() + "/reset-password/" + token));
    }

    private MailRequest request(To to, MailType type, String template, String subjectKey, Map<String, Object> model) {
        var fullModel = new java.util.HashMap<String, Object>(model);
        fullModel.put("siteTitle", site.title());
        fullModel.put("siteUrl", site.url());
        return new MailRequest(to.email(), to.accountId(), type, template, subjectKey, new Object[] {site.title()},
                fullModel, to.locale() != null ? to.locale() : site.defaultLocale());
    }

    private String link(String path, String token) {
        return UriComponentsBuilder.fromUriString(site.url() + path).queryParam("token", token).build().toUriString();
    }
}
