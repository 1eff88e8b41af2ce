package io.pteroca.panel.mail;

import io.pteroca.panel.shared.PagerCounts;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface EmailLogRepository extends JpaRepository<EmailLogEntry, Long>, JpaSpecificationExecutor<EmailLogEntry> {

    List<EmailLogEntry> findByStatusAndCreatedAtBeforeOrderById(EmailLogEntry.Status status, java.time.Instant before,
                                                              org.springframework.data.domain.Limit limit);

    /** Newest first; each filter applies only when given. */
    default Page<EmailLogEntry> search(EmailLogEntry.Status status, String recipientPattern, Pageable pageable,
                                       PagerCounts counts) {
        List<Specification<EmailLogEntry>> filters = new ArrayList<>();
        if (status != null) {
            filters.add((root, query, cb) -> cb.equal(root.get("status"), status));
        }
        if (recipientPattern != null) {
            filters.add((root, query, cb) -> cb.like(cb.lower(root.get("recipient")), recipientPattern));
        }
        return counts.page(PagerCounts.list("email-log", status, recipientPattern), this,
                Specification.allOf(filters), Sort.by(Sort.Order.desc("createdAt"), Sort.Order.desc("id")), pageable);
    }
}
