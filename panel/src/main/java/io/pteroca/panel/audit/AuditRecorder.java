package io.pteroca.panel.audit;

import java.time.Clock;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes audit events as they are published, in the publisher's transaction: an action that rolls back leaves
 * no audit line claiming it happened. Events published outside a transaction (sign-in, failed sign-in) get one.
 */
@Component
class AuditRecorder {

    private final AuditLogRepository repository;
    private final Clock clock;

    AuditRecorder(AuditLogRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    @EventListener
    @Transactional
    public void on(AuditEvent event) {
        repository.save(new AuditLogEntry(event, clock.instant()));
    }
}
