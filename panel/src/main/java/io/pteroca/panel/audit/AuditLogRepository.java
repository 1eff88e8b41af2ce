package io.pteroca.panel.audit;

import java.time.Instant;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface AuditLogRepository extends JpaRepository<AuditLogEntry, Long> {

    @Query("""
            select e from AuditLogEntry e
            where (:action is null or e.action = :action)
              and (:email is null or lower(e.actorEmail) like :email or lower(e.subjectEmail) like :email)
              and (:from is null or e.createdAt >= :from)
              and (:until is null or e.createdAt < :until)
            order by e.createdAt desc, e.id desc
            """)
    Page<AuditLogEntry> search(@Param("action") String action, @Param("email") String email,
                               @Param("from") Instant from, @Param("until") Instant until, Pageable pageable);
}
