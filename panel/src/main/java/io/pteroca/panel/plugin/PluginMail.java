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
class PluginMail implements io.pteroca.panel.mail.MailSamples {

    private final Mailer mailer;
    private final Accounts accounts;
    private final SiteSettings site;

    private final org.springframework.context.MessageSource messages;

    PluginMail(Mailer mailer, Accounts accounts, SiteSettings site, org.springframework.context.MessageSource messages) {
        this.messages = messages;
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
        mailer.send(message(recipient, accountId, subject, text, locale));
    }

    /** What a plugin's message looks like in the panel's frame, for the admin's e-mail previews. */
    @Override
    public java.util.List<MailSample> samples(Locale locale) {
        return java.util.List.of(new MailSample("plugin-message", message("alex@example.com", null,
                messages.getMessage("mail.preview.pluginSubject", null, locale),
                messages.getMessage("mail.preview.pluginText", null, locale), locale)));
    }

    private MailRequest message(String recipient, Long accountId, String subject, String text, Locale locale) {
        String oneLineSubject = subject.replaceAll("[\\r\\n]+", " ");
        return new MailRequest(recipient, accountId, MailType.PLUGIN_MESSAGE, "plugin/mail/message", "mail.plugin.subject",
                new Object[] {oneLineSubject}, Map.of("siteTitle", site.title(), "text", text), locale);
    }
}
