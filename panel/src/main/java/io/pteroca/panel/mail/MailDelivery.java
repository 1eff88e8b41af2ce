package io.pteroca.panel.mail;

import io.pteroca.panel.setting.SecretCipher;
import io.pteroca.panel.shared.work.DurableWork;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Component;
import io.pteroca.panel.shared.SeparateTransaction;
import org.springframework.transaction.PlatformTransactionManager;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Hands logged messages to the SMTP server and records the outcome. Messages still PENDING a while after they were
 * logged are swept up: their sender stopped before sending them.
 */
@Component
class MailDelivery implements DurableWork {

    private static final Logger log = LoggerFactory.getLogger(MailDelivery.class);
    /** Longer than any delivery takes, so the sweep never sends what an after-commit attempt is sending. */
    private static final Duration GRACE = Duration.ofMinutes(5);

    private final EmailLogRepository emailLog;
    private final MailTransport transport;
    private final MailRenderer renderer;
    private final SecretCipher cipher;
    private final Clock clock;
    private final Duration interval;
    private final SeparateTransaction transactions;
    private final JsonMapper json = JsonMapper.builder().build();

    MailDelivery(EmailLogRepository emailLog, MailTransport transport, MailRenderer renderer, SecretCipher cipher, Clock clock,
                 PlatformTransactionManager transactionManager,
                 @Value("${pteroca.mail.pending-interval:PT5M}") Duration interval) {
        this.emailLog = emailLog;
        this.renderer = renderer;
        this.transport = transport;
        this.cipher = cipher;
        this.clock = clock;
        this.interval = interval;
        // Own transactions: delivery runs after the sender's commit, in the background or for an admin's request,
        // where no transaction holds a connection (joining a finished one would write nothing).
        this.transactions = new SeparateTransaction(transactionManager);
    }

    @Override
    public String name() {
        return "mail";
    }

    @Override
    public Duration interval() {
        return interval;
    }

    @Override
    public List<Long> due(Instant now, int limit) {
        return emailLog.findByStatusAndCreatedAtBeforeOrderById(EmailLogEntry.Status.PENDING, now.minus(GRACE), Limit.of(limit))
                .stream().map(EmailLogEntry::getId).toList();
    }

    @Override
    public boolean attempt(long id) {
        return emailLog.findById(id).filter(entry -> entry.getStatus() == EmailLogEntry.Status.PENDING)
                .map(this::deliver).orElse(false);
    }

    String seal(OutgoingMail mail) {
        return cipher.encrypt(json.writeValueAsString(mail));
    }

    String seal(QueuedMail mail) {
        return cipher.encrypt(json.writeValueAsString(mail));
    }

    /** The logged message as it goes out: rendered now if it was queued unrendered. */
    private OutgoingMail unsealed(EmailLogEntry logged) {
        JsonNode sealed = json.readTree(cipher.decrypt(logged.getSealedContent()));
        return sealed.has("template") ? renderer.render(json.treeToValue(sealed, QueuedMail.class).request())
                : json.treeToValue(sealed, OutgoingMail.class);
    }

    /** Sends the logged message, whatever its status, and reports whether the SMTP server accepted it. */
    boolean deliver(long id) {
        return deliver(emailLog.findById(id).orElseThrow());
    }

    private boolean deliver(EmailLogEntry logged) {
        long id = logged.getId();
        String error = null;
        String recipient = logged.getRecipient();
        try {
            transport.send(unsealed(logged));
        } catch (RuntimeException e) {
            error = SmtpTransport.describe(e);
            log.warn("E-mail to {} failed: {}", recipient, e.toString());
        }
        String failure = error;
        transactions.run(status -> emailLog.findById(id).ifPresent(entry -> {
            if (failure == null) {
                entry.sent(clock.instant());
            } else {
                entry.failed(failure, clock.instant());
            }
        }));
        return failure == null;
    }
}
