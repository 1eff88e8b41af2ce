package io.pteroca.panel.plugin;

import io.pteroca.panel.account.Accounts;
import io.pteroca.panel.mail.MailRequest;
import io.pteroca.panel.mail.MailType;
import io.pteroca.panel.mail.Mailer;
import io.pteroca.panel.setting.SiteSettings;
import io.pteroca.plugin.Capability;
import io.pteroca.plugin.PluginMailer;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Plain-text mail for plugins, sent and logged by the panel's mailer in the panel's frame. */
@Component
class PluginMail {

    private final Mailer mailer;
    private final Accounts accounts;
    private final SiteSettings site;

    PluginMail(Mailer mailer, Accounts accounts, SiteSettings site) {
        this.mailer = mailer;
        this.accounts = accounts;
        this.site = site;
    }

    PluginMailer of(PluginManifest manifest, CapabilityGuard guard) {
        return new PluginMailer() {
            @Override
            public void send(String recipient, String subject, String text) {
                guard.require(Capability.MAIL, "e-mail");
                deliver(recipient, null, subject, text, site.defaultLocale());
            }

            @Override
            public void sendToAccount(long accountId, String subject, String text) {
                guard.require(Capability.MAIL, "e-mail");
                accounts.find(accountId).filter(a -> a.email() != null && !a.deleted()).ifPresent(account -> deliver(
                        account.email(), account.id(), subject, text,
                        account.language() != null ? Locale.forLanguageTag(account.language()) : site.defaultLocale()));
            }
        };
    }

    private void deliver(String recipient, Long accountId, String subject, String text, Locale locale) {
        if (recipient == null || !recipient.matches("[^@\\s]+@[^@\\s]+") || subject == null || text == null) {
            throw new IllegalArgumentException("a recipient address, a subject and a text are needed");
        }
        String oneLineSubject = subject.replaceAll("[\\r\\n]+", " ");
        mailer.send(new MailRequest(recipient, accountId, MailType.PLUGIN_MESSAGE, "plugin/mail/message", "mail.plugin.subject",
                new Object[] {oneLineSubject}, Map.of("siteTitle", site.title(), "text", text), locale));
    }
}
