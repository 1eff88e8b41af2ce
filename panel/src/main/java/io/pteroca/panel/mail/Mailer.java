package io.pteroca.panel.mail;

import io.pteroca.panel.shared.work.DurableWorkRunner;
import java.time.Clock;
import java.util.List;
import org.springframework.stereotype.Service;
import io.pteroca.panel.shared.SeparateTransaction;
import org.springframework.transaction.PlatformTransactionManager;

/** Renders and sends e-mail, recording every message and attempt in the e-mail log. */
@Service
public class Mailer {

    private final MailRenderer renderer;
    private final EmailLogRepository emailLog;
    private final MailDelivery delivery;
    private final DurableWorkRunner work;
    private final SeparateTransaction transactions;
    private final Clock clock;

    Mailer(MailRenderer renderer, EmailLogRepository emailLog, MailDelivery delivery, DurableWorkRunner work,
           PlatformTransactionManager transactionManager, Clock clock) {
        this.renderer = renderer;
        this.emailLog = emailLog;
        this.delivery = delivery;
        this.work = work;
        this.transactions = new SeparateTransaction(transactionManager);
        this.clock = clock;
    }

    /**
     * Records the message as PENDING in the caller's transaction, then sends it in the background once that
     * transaction commits: a slow or broken SMTP server never slows or breaks the request, the answer takes
     * the same time whether a message was due or not, and what a crash interrupts is sent by the next sweep. A
     * message whose model is made of strings is rendered only when it is sent ({@link QueuedMail}).
     */
    public void send(MailRequest request) {
        work.afterCommit(delivery, logged(request));
    }

    /**
     * Logs many messages in the caller's transaction for {@link #sendQueued} to send when the caller chooses (a job
     * that has more urgent work first); what is never handed over is sent by the sweep of pending messages.
     */
    public List<Long> queueAll(List<MailRequest> requests) {
        return requests.stream().map(this::logged).toList();
    }

    /** Sends queued messages one after another in the background, after the current transaction if there is one. */
    public void sendQueued(List<Long> emailLogIds) {
        if (!emailLogIds.isEmpty()) {
            work.afterCommit(delivery, emailLogIds);
        }
    }

    private long logged(MailRequest request) {
        String subject;
        String sealed;
        var queued = QueuedMail.of(request);
        if (queued.isPresent()) {
            subject = renderer.subject(request);
            sealed = delivery.seal(queued.get());
        } else {
            OutgoingMail mail = renderer.render(request);
            subject = mail.subject();
            sealed = delivery.seal(mail);
        }
        return emailLog.save(new EmailLogEntry(request.userId(), request.recipient(), request.type(), subject, sealed,
                clock.instant())).getId();
    }

    /**
     * Sends now and reports whether the SMTP server accepted the message. For a person waiting for the answer (the
     * admin's test message), outside any transaction: the message is logged and committed before it is sent.
     */
    public boolean deliverNow(MailRequest request) {
        OutgoingMail mail = renderer.render(request);
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
        return renderer.render(request);
    }

    /** Sends a logged message again, e.g. after the admin fixed the SMTP settings. */
    public boolean retry(long emailLogId) {
        return delivery.deliver(emailLogId);
    }
}
