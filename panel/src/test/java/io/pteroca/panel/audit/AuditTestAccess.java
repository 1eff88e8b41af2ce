package io.pteroca.panel.audit;

import java.time.Instant;
import org.springframework.context.ApplicationContext;
import org.springframework.data.domain.PageRequest;

/** Lets tests outside this package run the audit log's search on every database. */
public final class AuditTestAccess {

    private AuditTestAccess() {
    }

    public static long search(ApplicationContext context, String action, String email, Instant from, Instant until) {
        return context.getBean(AuditLogRepository.class).search(action, email, from, until, PageRequest.of(0, 10))
                .getTotalElements();
    }
}
