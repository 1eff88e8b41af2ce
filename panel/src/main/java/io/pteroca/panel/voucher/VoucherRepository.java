package io.pteroca.panel.voucher;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface VoucherRepository extends JpaRepository<Voucher, Long>,
        org.springframework.data.jpa.repository.JpaSpecificationExecutor<Voucher> {

    /** SELECT … FOR UPDATE: redemptions of one code wait for each other. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select v from Voucher v where v.code = :code")
    Optional<Voucher> lockByCode(@Param("code") String code);

    boolean existsByCode(String code);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select v from Voucher v where v.id = :id")
    Optional<Voucher> lockById(@Param("id") Long id);
}
