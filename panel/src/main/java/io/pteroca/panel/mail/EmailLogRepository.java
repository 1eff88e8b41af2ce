package io.pteroca.panel.mail;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface EmailLogRepository extends JpaRepository<EmailLogEntry, Long> {

    @Query("""
            select e from EmailLogEntry e
            where (:status is null or e.status = :status)
              and (:recipient is null or lower(e.recipient) like :recipient)
            order by e.createdAt desc, e.id desc
            """)
    Page<EmailLogEntry> search(@Param("status") EmailLogEntry.Status status, @Param("recipient") String recipient,
                               Pageable pageable);
}
