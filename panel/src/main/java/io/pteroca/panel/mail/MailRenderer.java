package io.pteroca.panel.mail;

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

    MailRenderer(ITemplateEngine templates, MessageSource messages, ThemeFallback themes) {
        this.templates = templates;
        this.messages = messages;
        this.themes = themes;
    }

    String subject(MailRequest request) {
        return messages.getMessage(request.subjectKey(), request.subjectArgs(), request.locale());
    }

    OutgoingMail render(MailRequest request) {
        Context context = new Context(request.locale(), request.model());
        String subject = subject(request);
        context.setVariable("subject", subject);
        // The active theme's e-mail templates, where it has them; a failing one gives way to the default's.
        return themes.render(() -> new OutgoingMail(request.recipient(), subject, templates.process(request.template(), context),
                templates.process(request.template() + ".txt", context)));
    }
}
