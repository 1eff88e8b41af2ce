package io.pteroca.panel.wallet;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface WalletRepository extends JpaRepository<Wallet, Long> {

    /** SELECT … FOR UPDATE: concurrent changes of one wallet wait for each other. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select w from Wallet w where w.userId = :userId")
    Optional<Wallet> lockById(@Param("userId") Long userId);
}
