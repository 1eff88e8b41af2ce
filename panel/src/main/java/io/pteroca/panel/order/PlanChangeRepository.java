package io.pteroca.panel.order;

import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface PlanChangeRepository extends JpaRepository<PlanChange, Long> {

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select c from PlanChange c where c.id = :id")
    Optional<PlanChange> lockById(@Param("id") long id);

    Optional<PlanChange> findByAccountIdAndIdempotencyKey(long accountId, String idempotencyKey);

    boolean existsByServerIdAndStatus(long serverId, PlanChange.Status status);

    List<PlanChange> findTop50ByServerIdOrderByIdDesc(long serverId);

    @Query("select c.id from PlanChange c where c.status = io.pteroca.panel.order.PlanChange.Status.PENDING "
            + "and c.dueAt <= :now order by c.dueAt")
    List<Long> due(@Param("now") Instant now, Limit limit);
}
