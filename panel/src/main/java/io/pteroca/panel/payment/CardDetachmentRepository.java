package io.pteroca.panel.payment;

import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface CardDetachmentRepository extends JpaRepository<CardDetachment, Long> {

    @Query("select d.id from CardDetachment d where d.nextAttemptAt <= :now order by d.nextAttemptAt, d.id")
    List<Long> dueBy(@Param("now") Instant now, Limit limit);

    boolean existsByPaymentMethod(String paymentMethod);
}
