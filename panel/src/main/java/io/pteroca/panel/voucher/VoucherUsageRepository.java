package io.pteroca.panel.voucher;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface VoucherUsageRepository extends JpaRepository<VoucherUsage, Long> {

    boolean existsByVoucherIdAndUserId(Long voucherId, Long userId);

    boolean existsByUserId(Long userId);

    List<VoucherUsage> findByVoucherIdOrderByUsedAtDesc(Long voucherId);

    java.util.Optional<VoucherUsage> findByPaymentId(Long paymentId);

    java.util.Optional<VoucherUsage> findByOrderId(Long orderId);
}
