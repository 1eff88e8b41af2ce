package io.pteroca.panel.webhook;

import io.pteroca.panel.account.AccountView;
import io.pteroca.panel.account.Accounts;
import io.pteroca.panel.account.Permission;
import io.pteroca.panel.mail.MailRequest;
import io.pteroca.panel.mail.MailSamples;
import io.pteroca.panel.mail.MailType;
import io.pteroca.panel.mail.Mailer;
import io.pteroca.panel.setting.SiteSettings;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Tells every active admin by e-mail that the panel switched a webhook endpoint off after it kept failing. */
@Component
class WebhookAlerts implements MailSamples {

    private final Accounts accounts;
    private final Mailer mailer;
    private final SiteSettings site;

    WebhookAlerts(Accounts accounts, Mailer mailer, SiteSettings site) {
        this.accounts = accounts;
        this.mailer = mailer;
        this.site = site;
    }

    void disabled(WebhookEndpoint endpoint) {
        for (AccountView admin : accounts.activeStaffWho(Permission.WEBHOOKS_CHANGE)) {
            Locale locale = admin.language() != null ? Locale.forLanguageTag(admin.language()) : site.defaultLocale();
            mailer.send(disabled(admin.email(), admin.id(), locale, endpoint.id(), endpoint.url(), endpoint.description()));
        }
    }

    /** A made-up endpoint that was switched off, for the admin's e-mail previews. */
    @Override
    public List<MailSample> samples(Locale locale) {
        return List.of(new MailSample("webhook-disabled", disabled("admin@example.com", null, locale, 1L,
                "https://hooks.example.com/pteroca", "")));
    }

    private MailRequest disabled(String email, Long accountId, Locale locale, Long endpointId, String url, String description) {
        return new MailRequest(email, accountId, MailType.ADMIN_ALERT, "webhook/mail/disabled",
                "mail.webhookDisabled.subject", new Object[] {url},
                Map.of("siteTitle", site.title(), "url", url, "description", description == null ? "" : description,
                        "link", site.url() + "/admin/webhooks/" + endpointId), locale);
    }
}
