package io.pteroca.panel.mail;

import io.pteroca.panel.shared.work.DurableWorkRunner;
import io.pteroca.panel.theme.ThemeFallback;
import java.time.Clock;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/** Renders and sends e-mail, recording every message and attempt in the e-mail log. */
@Service
public class Mailer {

    private final ITemplateEngine templates;
    private final MessageSource messages;
    private final EmailLogRepository emailLog;
    private final MailDelivery delivery;
    private final DurableWorkRunner work;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final ThemeFallback themes;

    Mailer(ITemplateEngine templates, MessageSource messages, EmailLogRepository emailLog, MailDelivery delivery,
           DurableWorkRunner work, PlatformTransactionManager transactionManager, Clock clock, ThemeFallback themes) {
        this.templates = templates;
        this.messages = messages;
        this.emailLog = emailLog;
        this.delivery = delivery;
        this.work = work;
        this.transactions = new TransactionTemplate(transactionManager);
        this.transactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
        this.themes = themes;
    }

    /**
     * Records the message as PENDING in the caller's transaction, then sends it in the background once that
     * transaction commits: a slow or broken SMTP server never slows or breaks the request, the answer takes
     * the same time whether a message was due or not, and what a crash interrupts is sent by the next sweep.
     */
    public void send(MailRequest request) {
        OutgoingMail mail = render(request);
        long entryId = emailLog.save(new EmailLogEntry(request.userId(), request.recipient(), request.type(), mail.subject(),
                delivery.seal(mail), clock.instant())).getId();
        work.afterCommit(delivery, entryId);
    }

    /** Sends now and reports whether the SMTP server accepted the message. */
    public boolean deliverNow(MailRequest request) {
        OutgoingMail mail = render(request);
        EmailLogEntry entry = transactions.execute(status -> emailLog.save(new EmailLogEntry(request.userId(),
                request.recipient(), request.type(), mail.subject(), delivery.seal(mail), clock.instant())));
        return delivery.deliver(entry.getId());
    }

    /** Sends the "your e-mail settings work" message now; true when the SMTP server accepted it. */
    public boolean sendTest(String recipient, java.util.Locale locale) {
        return deliverNow(testRequest(recipient, locale));
    }

    static MailRequest testRequest(String recipient, java.util.Locale locale) {
        return new MailRequest(recipient, null, MailType.TEST, "mail/test", "mail.test.subject", new Object[0],
                java.util.Map.of(), locale);
    }

    /** The message as it would be sent, from the active theme's e-mail templates; nothing is sent or logged. */
    public OutgoingMail preview(MailRequest request) {
        return render(request);
    }

    /** Sends a logged message again, e.g. after the admin fixed the SMTP settings. */
    public boolean retry(long emailLogId) {
        return delivery.deliver(emailLogId);
    }

    private OutgoingMail render(MailRequest request) {
        Context context = new Context(request.locale(), request.model());
        String subject = messages.getMessage(request.subjectKey(), request.subjectArgs(), request.locale());
        context.setVariable("subject", subject);
        // The active theme's e-mail templates, where it has them; a failing one gives way to the default's.
        return themes.render(() -> new OutgoingMail(request.recipient(), subject, templates.process(request.template(), context),
                templates.process(request.template() + ".txt", context)));
    }
}
