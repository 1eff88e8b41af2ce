package io.pteroca.panel.mail;

import java.time.Clock;
import java.time.Duration;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Limit;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Sends messages still PENDING a while after they were recorded: their sender stopped before sending them. */
@Component
class PendingMailJob {

    private static final Logger log = LoggerFactory.getLogger(PendingMailJob.class);
    private static final Duration GRACE = Duration.ofMinutes(5);

    private final EmailLogRepository emailLog;
    private final Mailer mailer;
    private final Clock clock;

    PendingMailJob(EmailLogRepository emailLog, Mailer mailer, Clock clock) {
        this.emailLog = emailLog;
        this.mailer = mailer;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "PT5M", initialDelayString = "${pteroca.mail.pending-initial-delay:PT2M}")
    @SchedulerLock(name = "pending-mail")
    void run() {
        for (EmailLogEntry stuck : emailLog.findByStatusAndCreatedAtBeforeOrderById(EmailLogEntry.Status.PENDING,
                clock.instant().minus(GRACE), Limit.of(100))) {
            try {
                mailer.retry(stuck.getId());
            } catch (RuntimeException e) {
                log.error("Could not send pending e-mail {}", stuck.getId(), e);
            }
        }
    }
}
