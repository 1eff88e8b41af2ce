package io.pteroca.panel.mail;

import io.pteroca.panel.setting.Settings;
import io.pteroca.panel.setting.SiteSettings;
import io.pteroca.panel.theme.ThemeFallback;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/** Turns a {@link MailRequest} into the message as sent, from the active theme's e-mail templates. */
@Component
class MailRenderer {

    private final ITemplateEngine templates;
    private final MessageSource messages;
    private final ThemeFallback themes;
    private final SiteSettings site;
    private final Settings settings;

    MailRenderer(ITemplateEngine templates, MessageSource messages, ThemeFallback themes, SiteSettings site, Settings settings) {
        this.templates = templates;
        this.messages = messages;
        this.themes = themes;
        this.site = site;
        this.settings = settings;
    }

    String subject(MailRequest request) {
        return messages.getMessage(request.subjectKey(), request.subjectArgs(), request.locale());
    }

    OutgoingMail render(MailRequest request) {
        Context context = new Context(request.locale(), request.model());
        String subject = subject(request);
        context.setVariable("subject", subject);
        context.setVariable("brandColour", brandColour());
        context.setVariable("logoUrl", absoluteLogoUrl());
        // The active theme's e-mail templates, where it has them; a failing one gives way to the default's.
        return themes.render(() -> new OutgoingMail(request.recipient(), subject, templates.process(request.template(), context),
                templates.process(request.template() + ".txt", context)));
    }

    /** The site's primary colour (validated as #rrggbb when saved), so e-mails carry the panel's brand. */
    private String brandColour() {
        return settings.definition("appearance.primary_color").map(settings::get).orElse(DEFAULT_BRAND_COLOUR);
    }

    /** A mail client has no page to resolve a relative address against, so an uploaded logo gets the site's address. */
    private String absoluteLogoUrl() {
        String logo = site.logoUrl();
        if (logo == null || logo.isBlank()) {
            return null;
        }
        return logo.startsWith("/") ? site.url().replaceAll("/+$", "") + logo : logo;
    }

    private static final String DEFAULT_BRAND_COLOUR = "#4466d6";
}
