package io.pteroca.panel.payment;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface SavedCardRepository extends JpaRepository<SavedCard, Long> {

    List<SavedCard> findByUserIdOrderById(long userId);

    Optional<SavedCard> findByPaymentMethod(String paymentMethod);

    /** SELECT … FOR UPDATE: sees a card kept by a transaction that committed while this one waited for its lock. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select c from SavedCard c where c.userId = :userId order by c.id")
    List<SavedCard> lockAllOf(@Param("userId") Long userId);
}
