package io.pteroca.panel.audit;

import io.pteroca.panel.shared.PagerCounts;
import java.time.Instant;
import java.util.List;
import org.springframework.context.ApplicationContext;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;

/** Lets tests outside this package run the audit log's search on every database. */
public final class AuditTestAccess {

    private AuditTestAccess() {
    }

    public static long search(ApplicationContext context, String action, String email, Instant from, Instant until) {
        return page(context, action, email, from, until, PageRequest.of(0, 10)).getTotalElements();
    }

    /** The actions on one page of the entries whose e-mail matches, newest first. */
    public static List<String> actionsOnPage(ApplicationContext context, String email, int page, int size) {
        return page(context, null, email, null, null, PageRequest.of(page, size)).map(AuditLogEntry::getAction).getContent();
    }

    private static Page<AuditLogEntry> page(ApplicationContext context, String action, String email, Instant from,
                                            Instant until, PageRequest page) {
        return context.getBean(AuditLogRepository.class).search(action, email, from, until, page,
                context.getBean(PagerCounts.class));
    }
}
