package io.pteroca.panel.plugin;

import io.pteroca.panel.account.AccountView;
import io.pteroca.panel.account.Accounts;
import io.pteroca.panel.account.Permission;
import io.pteroca.panel.mail.MailRequest;
import io.pteroca.panel.mail.MailType;
import io.pteroca.panel.mail.Mailer;
import io.pteroca.panel.setting.SiteSettings;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Tells every active admin by e-mail that the panel stopped a plugin, and why. */
@Component
class PluginAlerts implements io.pteroca.panel.mail.MailSamples {

    private final Accounts accounts;
    private final Mailer mailer;
    private final SiteSettings site;
    private final MessageSource messages;

    PluginAlerts(Accounts accounts, Mailer mailer, SiteSettings site, MessageSource messages) {
        this.accounts = accounts;
        this.mailer = mailer;
        this.site = site;
        this.messages = messages;
    }

    void faulted(String pluginId, PluginProblem reason) {
        for (AccountView admin : accounts.activeStaffWho(Permission.PLUGINS_CHANGE)) {
            if (admin.email() == null) {
                continue;
            }
            Locale locale = admin.language() != null ? Locale.forLanguageTag(admin.language()) : site.defaultLocale();
            String why = messages.getMessage(reason.key(), reason.args().toArray(), reason.toString(), locale);
            mailer.send(faulted(admin.email(), admin.id(), locale, pluginId, why));
        }
    }

    /** A made-up plugin that failed to start, for the admin's e-mail previews. */
    @Override
    public java.util.List<MailSample> samples(Locale locale) {
        return java.util.List.of(new MailSample("plugin-faulted", faulted("admin@example.com", null, locale, "hello-world",
                messages.getMessage("mail.preview.sampleReason", null, locale))));
    }

    private MailRequest faulted(String email, Long accountId, Locale locale, String pluginId, String why) {
        return new MailRequest(email, accountId, MailType.ADMIN_ALERT, "plugin/mail/faulted", "mail.pluginFaulted.subject",
                new Object[] {pluginId}, Map.of("siteTitle", site.title(), "pluginId", pluginId, "reason", why,
                        "link", site.url() + "/admin/plugins/" + pluginId), locale);
    }
}
