package io.pteroca.panel.webhook;

import io.pteroca.panel.account.AccountView;
import io.pteroca.panel.account.Accounts;
import io.pteroca.panel.mail.MailRequest;
import io.pteroca.panel.mail.MailType;
import io.pteroca.panel.mail.Mailer;
import io.pteroca.panel.setting.SiteSettings;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Tells every active admin by e-mail that the panel switched a webhook endpoint off after it kept failing. */
@Component
class WebhookAlerts {

    private final Accounts accounts;
    private final Mailer mailer;
    private final SiteSettings site;

    WebhookAlerts(Accounts accounts, Mailer mailer, SiteSettings site) {
        this.accounts = accounts;
        this.mailer = mailer;
        this.site = site;
    }

    void disabled(WebhookEndpoint endpoint) {
        for (AccountView admin : accounts.activeAdmins()) {
            Locale locale = admin.language() != null ? Locale.forLanguageTag(admin.language()) : site.defaultLocale();
            mailer.send(new MailRequest(admin.email(), admin.id(), MailType.ADMIN_ALERT, "webhook/mail/disabled",
                    "mail.webhookDisabled.subject", new Object[] {endpoint.url()},
                    Map.of("siteTitle", site.title(), "url", endpoint.url(), "description", endpoint.description(),
                            "link", site.url() + "/admin/webhooks/" + endpoint.id()), locale));
        }
    }
}
