package io.pteroca.panel.payment;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface StripeCustomerRepository extends JpaRepository<StripeCustomer, Long> {

    Optional<StripeCustomer> findByCustomerId(String customerId);

    /** SELECT … FOR UPDATE: changes to one account's cards wait for each other. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select c from StripeCustomer c where c.userId = :userId")
    Optional<StripeCustomer> lockByUserId(@Param("userId") Long userId);
}
