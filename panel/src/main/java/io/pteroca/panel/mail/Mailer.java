package io.pteroca.panel.mail;

import io.pteroca.panel.setting.SecretCipher;
import io.pteroca.panel.theme.ThemeFallback;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.MessageSource;
import org.springframework.core.task.TaskExecutor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;
import tools.jackson.databind.json.JsonMapper;

/** Renders and sends e-mail, recording every message and attempt in the e-mail log. */
@Service
public class Mailer {

    private static final Logger log = LoggerFactory.getLogger(Mailer.class);

    private final ITemplateEngine templates;
    private final MessageSource messages;
    private final EmailLogRepository emailLog;
    private final MailTransport transport;
    private final SecretCipher cipher;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final TaskExecutor background;
    private final ThemeFallback themes;
    private final JsonMapper json = JsonMapper.builder().build();

    Mailer(ITemplateEngine templates, MessageSource messages, EmailLogRepository emailLog, MailTransport transport,
           SecretCipher cipher, PlatformTransactionManager transactionManager, Clock clock,
           @Qualifier("applicationTaskExecutor") TaskExecutor background, ThemeFallback themes) {
        this.background = background;
        this.themes = themes;
        this.templates = templates;
        this.messages = messages;
        this.emailLog = emailLog;
        this.transport = transport;
        this.cipher = cipher;
        // Own transactions: delivery also runs in afterCommit, where joining the finished one would write nothing.
        this.transactions = new TransactionTemplate(transactionManager);
        this.transactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    /**
     * Records the message as PENDING in the caller's transaction, then sends it in the background once that
     * transaction commits: a slow or broken SMTP server never slows or breaks the request, the answer takes
     * the same time whether a message was due or not, and what a crash interrupts {@link PendingMailJob} sends.
     */
    public void send(MailRequest request) {
        OutgoingMail mail = render(request);
        long entryId = emailLog.save(new EmailLogEntry(request.userId(), request.recipient(), request.type(), mail.subject(),
                seal(mail), clock.instant())).getId();
        Runnable delivery = () -> background.execute(() -> {
            try {
                attempt(entryId, mail);
            } catch (RuntimeException e) {
                log.error("Could not send the {} e-mail to {}", request.type(), request.recipient(), e);
            }
        });
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    delivery.run();
                }
            });
        } else {
            delivery.run();
        }
    }

    /** Sends now and reports whether the SMTP server accepted the message. */
    public boolean deliverNow(MailRequest request) {
        OutgoingMail mail = render(request);
        EmailLogEntry entry = transactions.execute(status -> emailLog.save(new EmailLogEntry(request.userId(),
                request.recipient(), request.type(), mail.subject(), seal(mail), clock.instant())));
        return attempt(entry.getId(), mail);
    }

    private String seal(OutgoingMail mail) {
        return cipher.encrypt(json.writeValueAsString(mail));
    }

    /** Sends the "your e-mail settings work" message now; true when the SMTP server accepted it. */
    public boolean sendTest(String recipient, java.util.Locale locale) {
        return deliverNow(new MailRequest(recipient, null, MailType.TEST, "mail/test", "mail.test.subject", new Object[0],
                java.util.Map.of(), locale));
    }

    /** Sends a logged message again, e.g. after the admin fixed the SMTP settings. */
    public boolean retry(long emailLogId) {
        EmailLogEntry entry = emailLog.findById(emailLogId).orElseThrow();
        OutgoingMail mail = json.readValue(cipher.decrypt(entry.getSealedContent()), OutgoingMail.class);
        return attempt(entry.getId(), mail);
    }

    private boolean attempt(long entryId, OutgoingMail mail) {
        String error = null;
        try {
            transport.send(mail);
        } catch (RuntimeException e) {
            error = SmtpTransport.describe(e);
            log.warn("E-mail to {} failed: {}", mail.recipient(), e.toString());
        }
        String failure = error;
        transactions.executeWithoutResult(status -> emailLog.findById(entryId).ifPresent(entry -> {
            if (failure == null) {
                entry.sent(clock.instant());
            } else {
                entry.failed(failure, clock.instant());
            }
        }));
        return failure == null;
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
