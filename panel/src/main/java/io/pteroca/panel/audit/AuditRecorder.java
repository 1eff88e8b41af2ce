package io.pteroca.panel.audit;

import java.time.Clock;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes audit events as they are published. A failed login must be recorded even though nothing else
 * is written, so each entry commits on its own.
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
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void on(AuditEvent event) {
        repository.save(new AuditLogEntry(event, clock.instant()));
    }
}
