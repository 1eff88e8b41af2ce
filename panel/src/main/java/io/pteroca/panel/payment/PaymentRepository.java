package io.pteroca.panel.payment;

import io.pteroca.panel.shared.PagerCounts;
import jakarta.persistence.LockModeType;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface PaymentRepository extends JpaRepository<Payment, Long>, JpaSpecificationExecutor<Payment> {

    /** SELECT … FOR UPDATE: confirmations of one payment wait for each other. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select p from Payment p where p.id = :id")
    Optional<Payment> lockById(@Param("id") Long id);

    Optional<Payment> findByGatewayAndExternalId(String gateway, String externalId);

    java.util.List<Payment> findByStatusAndGatewayAndCreatedAtBeforeOrderById(PaymentStatus status, String gateway,
                                                                             java.time.Instant createdBefore,
                                                                             org.springframework.data.domain.Limit limit);

    /** Payments in this status that a gateway knows, started before {@code before}, the one asked about longest ago first. */
    @Query("""
            select p.id from Payment p where p.status = :status
            and p.externalId is not null and p.createdAt < :before order by p.checkedAt, p.id""")
    java.util.List<Long> longestUnchecked(@Param("status") PaymentStatus status, @Param("before") java.time.Instant before,
                                                 org.springframework.data.domain.Limit limit);

    @org.springframework.data.jpa.repository.Modifying
    @Query("update Payment p set p.checkedAt = :now where p.id in :ids")
    void checked(@Param("ids") java.util.Collection<Long> ids, @Param("now") java.time.Instant now);

    /** A keyset page, newest first; by owner, status and gateway when given. */
    default java.util.List<Payment> search(Long userId, PaymentStatus status, String gateway, io.pteroca.panel.shared.Keyset page) {
        Specification<Payment> filter = page.afterByCreation();
        if (userId != null) {
            filter = filter.and((root, query, cb) -> cb.equal(root.get("userId"), userId));
        }
        if (status != null) {
            filter = filter.and((root, query, cb) -> cb.equal(root.get("status"), status));
        }
        if (gateway != null) {
            filter = filter.and((root, query, cb) -> cb.equal(root.get("gateway"), gateway));
        }
        return findBy(filter, query -> query.sortBy(io.pteroca.panel.shared.Keyset.byCreation()).limit(page.fetch()).all());
    }

    /** Newest first; by owner and status when given. */
    default Page<Payment> search(Long userId, PaymentStatus status, Pageable pageable, PagerCounts counts) {
        Specification<Payment> filter = Specification.unrestricted();
        if (userId != null) {
            filter = filter.and((root, query, cb) -> cb.equal(root.get("userId"), userId));
        }
        if (status != null) {
            filter = filter.and((root, query, cb) -> cb.equal(root.get("status"), status));
        }
        return counts.page(PagerCounts.list("payments", userId, status), this, filter,
                Sort.by(Sort.Order.desc("createdAt"), Sort.Order.desc("id")), pageable);
    }
}
