package io.pteroca.panel.order;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ServerOrderRepository extends JpaRepository<ServerOrder, Long> {

    Optional<ServerOrder> findByUserIdAndIdempotencyKey(long userId, String idempotencyKey);

    List<ServerOrder> findByServerIdOrderByIdDesc(long serverId);

    List<ServerOrder> findAllByOrderByIdDesc(Pageable pageable);

    Page<ServerOrder> findByUserIdOrderByIdDesc(long userId, Pageable pageable);

    /** A customer's orders below an id, newest first: one keyset page. */
    java.util.List<ServerOrder> findByUserIdAndIdLessThanOrderByIdDesc(long userId, long beforeId,
                                                                       org.springframework.data.domain.Limit limit);

    /** Hourly charges of on-demand servers made in [from, to), still paid. */
    @Query("select o from ServerOrder o where o.hourly = true and o.createdAt >= :from and o.createdAt < :to "
            + "and o.status = io.pteroca.panel.order.ServerOrder.Status.PAID order by o.id")
    List<ServerOrder> hourlyBetween(@Param("from") java.time.Instant from, @Param("to") java.time.Instant to);

    /** Whether the customer already paid a setup fee for this product (refunded orders do not count). */
    @Query("select count(o) > 0 from ServerOrder o where o.userId = :userId and o.productId = :productId "
            + "and o.kind = io.pteroca.panel.order.ServerOrder.Kind.PURCHASE "
            + "and o.status = io.pteroca.panel.order.ServerOrder.Status.PAID")
    boolean boughtBefore(@Param("userId") long userId, @Param("productId") long productId);
}
