package io.pteroca.panel.demo;

import io.pteroca.panel.mail.MailTransport;
import io.pteroca.panel.mail.OutgoingMail;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.context.annotation.Primary;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * The demo has no SMTP server: every e-mail the panel sends lands here instead (and counts as sent), so a visitor can
 * open the password-reset and verification links. Only the newest messages are kept; the demo's data is in memory anyway.
 */
@Component
@Primary
@Profile("demo")
class DemoMailbox implements MailTransport {

    static final int KEPT = 200;

    private final Clock clock;
    private final AtomicLong ids = new AtomicLong();
    private final Deque<Message> messages = new ArrayDeque<>();

    DemoMailbox(Clock clock) {
        this.clock = clock;
    }

    @Override
    public void send(OutgoingMail mail) {
        Message message = new Message(ids.incrementAndGet(), clock.instant(), mail.recipient(), mail.subject(), mail.html());
        synchronized (messages) {
            messages.addFirst(message);
            if (messages.size() > KEPT) {
                messages.removeLast();
            }
        }
    }

    /** Newest first. */
    List<Message> messages() {
        synchronized (messages) {
            return List.copyOf(messages);
        }
    }

    Optional<Message> message(long id) {
        return messages().stream().filter(message -> message.id() == id).findFirst();
    }

    /** A caught e-mail as the mailbox shows it. */
    record Message(long id, Instant at, String recipient, String subject, String html) {
    }
}
