package io.pteroca.panel.account;

import io.pteroca.panel.mail.MailRequest;
import io.pteroca.panel.mail.MailType;
import io.pteroca.panel.mail.Mailer;
import io.pteroca.panel.setting.SiteSettings;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

/** The e-mails of the account feature, with links built from the site URL. */
@Component
class AccountMails {

    private final Mailer mailer;
    private final SiteSettings site;

    AccountMails(Mailer mailer, SiteSettings site) {
        this.mailer = mailer;
        this.site = site;
    }

    void welcome(Account account, String verificationToken) {
        String link = verificationToken == null ? null : link("/verify-email", verificationToken);
        send(account, account.email(), MailType.WELCOME, "account/mail/welcome", "mail.welcome.subject",
                link == null ? Map.of("name", account.firstName(), "loginUrl", site.url() + "/login")
                        : Map.of("name", account.firstName(), "loginUrl", site.url() + "/login", "verifyUrl", link));
    }

    void verification(Account account, String token) {
        send(account, account.email(), MailType.EMAIL_VERIFICATION, "account/mail/verify-email", "mail.verify.subject",
                Map.of("name", account.firstName(), "verifyUrl", link("/verify-email", token)));
    }

    void emailChange(Account account, String newEmail, String token) {
        send(account, newEmail, MailType.EMAIL_CHANGE, "account/mail/change-email", "mail.changeEmail.subject",
                Map.of("name", account.firstName(), "verifyUrl", link("/account/email/confirm", token)));
    }

    void passwordReset(Account account, String token) {
        send(account, account.email(), MailType.PASSWORD_RESET, "account/mail/reset-password", "mail.reset.subject",
                Map.of("name", account.firstName(), "resetUrl", site.url() + "/reset-password/" + token));
    }

    /** An admin made the account: a link to choose a password, valid as long as the token says. */
    void invitation(Account account, String token) {
        send(account, account.email(), MailType.WELCOME, "account/mail/invitation", "mail.invitation.subject",
                Map.of("name", account.firstName(), "setPasswordUrl", site.url() + "/reset-password/" + token));
    }

    private void send(Account account, String recipient, MailType type, String template, String subjectKey,
                      Map<String, Object> model) {
        Locale locale = account.language() != null ? Locale.forLanguageTag(account.language()) : site.defaultLocale();
        var fullModel = new java.util.HashMap<String, Object>(model);
        fullModel.put("siteTitle", site.title());
        fullModel.put("siteUrl", site.url());
        mailer.send(new MailRequest(recipient, account.id(), type, template, subjectKey, new Object[] {site.title()},
                fullModel, locale));
    }

    private String link(String path, String token) {
        return UriComponentsBuilder.fromUriString(site.url() + path).queryParam("token", token).build().toUriString();
    }
}
