package io.pteroca.panel.payment;

import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface RenewalChargeRepository extends JpaRepository<RenewalCharge, Long> {

    /** SELECT … FOR UPDATE: one sender records Stripe's answer, the others find it recorded. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select c from RenewalCharge c where c.paymentId = :paymentId")
    Optional<RenewalCharge> lockByPaymentId(@Param("paymentId") Long paymentId);

    @Query("select c.paymentId from RenewalCharge c where c.state in :states and c.dueAt <= :now order by c.dueAt")
    List<Long> dueBy(@Param("states") java.util.Collection<RenewalCharge.State> states, @Param("now") Instant now, Limit limit);

    boolean existsByRenewalKey(String renewalKey);
}
