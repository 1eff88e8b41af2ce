package io.pteroca.panel.invoice;

import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface InvoiceRequestRepository extends JpaRepository<InvoiceRequest, Long> {

    /** SELECT … FOR UPDATE: two attempts at one request (the after-commit one and a sweep) wait for each other. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select r from InvoiceRequest r where r.id = :id")
    Optional<InvoiceRequest> lockById(@Param("id") Long id);

    @Query("select r.id from InvoiceRequest r where r.status = io.pteroca.panel.invoice.InvoiceRequest.Status.PENDING"
            + " and r.dueAt <= :now order by r.id")
    List<Long> due(@Param("now") Instant now, Pageable page);

    Optional<InvoiceRequest> findByKindAndSourceTypeAndSourceId(InvoiceKind kind, String sourceType, long sourceId);

    boolean existsByKindAndSourceTypeAndSourceId(InvoiceKind kind, String sourceType, long sourceId);
}
