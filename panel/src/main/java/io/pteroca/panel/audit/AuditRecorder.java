package io.pteroca.panel.audit;

import io.pteroca.panel.shared.CurrentUser;
import java.time.Clock;
import org.springframework.context.event.EventListener;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes audit events as they are published, in the publisher's transaction: an action that rolls back leaves
 * no audit line claiming it happened. Events published outside a transaction (sign-in, failed sign-in) get one.
 * <p>
 * An action its actor made through an API token says so in its details (the token's id and name), whichever feature
 * wrote the line: the services the admin pages share with the API do not know which of the two called them.
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
        repository.save(new AuditLogEntry(event, channelOf(event), clock.instant()));
    }

    /** The channel of the request's principal when the event is that principal's own action, else null. */
    private static String channelOf(AuditEvent event) {
        Authentication current = SecurityContextHolder.getContext().getAuthentication();
        if (current != null && current.getPrincipal() instanceof CurrentUser.Delegated delegated
                && event.actorId() != null && event.actorId() == delegated.id()) {
            return delegated.channel();
        }
        return null;
    }
}
