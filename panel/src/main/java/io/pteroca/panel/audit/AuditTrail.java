package io.pteroca.panel.audit;

import java.time.Instant;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The audit lines about one account (it acted, or was acted upon), newest first, for other features to show. */
@Service
public class AuditTrail {

    /** One audit line as other features see it. */
    public record AuditLine(long id, String action, Long actorId, String actorEmail, Long subjectId, String subjectEmail,
                            String ip, String details, Instant createdAt) {
    }

    private final AuditLogRepository repository;

    AuditTrail(AuditLogRepository repository) {
        this.repository = repository;
    }

    @Transactional(readOnly = true)
    public Page<AuditLine> about(long accountId, Pageable pageable) {
        Specification<AuditLogEntry> about = (root, query, cb) -> cb.or(cb.equal(root.get("actorId"), accountId),
                cb.equal(root.get("subjectId"), accountId));
        return repository.findAll(about, PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(),
                Sort.by(Sort.Order.desc("createdAt"), Sort.Order.desc("id")))).map(AuditTrail::line);
    }

    private static AuditLine line(AuditLogEntry entry) {
        return new AuditLine(entry.getId(), entry.getAction(), entry.getActorId(), entry.getActorEmail(),
                entry.getSubjectId(), entry.getSubjectEmail(), entry.getIp(), entry.getDetails(), entry.getCreatedAt());
    }
}
