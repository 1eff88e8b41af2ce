package io.pteroca.panel.audit;

import io.pteroca.panel.shared.PagerCounts;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface AuditLogRepository extends JpaRepository<AuditLogEntry, Long>, JpaSpecificationExecutor<AuditLogEntry> {

    /** Newest first; each filter applies only when given (no "is null" parameters, which PostgreSQL cannot type). */
    default Page<AuditLogEntry> search(String action, String emailPattern, Instant from, Instant until, Pageable pageable,
                                       PagerCounts counts) {
        List<Specification<AuditLogEntry>> filters = new ArrayList<>();
        if (action != null) {
            filters.add((root, query, cb) -> cb.equal(root.get("action"), action));
        }
        if (emailPattern != null) {
            filters.add((root, query, cb) -> cb.or(cb.like(cb.lower(root.get("actorEmail")), emailPattern),
                    cb.like(cb.lower(root.get("subjectEmail")), emailPattern)));
        }
        if (from != null) {
            filters.add((root, query, cb) -> cb.greaterThanOrEqualTo(root.get("createdAt"), from));
        }
        if (until != null) {
            filters.add((root, query, cb) -> cb.lessThan(root.get("createdAt"), until));
        }
        return counts.page(PagerCounts.list("audit", action, emailPattern, from, until),
                this, Specification.allOf(filters), Sort.by(Sort.Order.desc("createdAt"), Sort.Order.desc("id")), pageable);
    }
}
