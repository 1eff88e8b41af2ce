package io.pteroca.panel.voucher;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

@Entity
@Table(name = "voucher_usage")
class VoucherUsage {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "voucher_id")
    private Long voucherId;
    @Column(name = "user_id")
    private Long userId;
    @Column(name = "used_at")
    private Instant usedAt;

    protected VoucherUsage() {
    }

    VoucherUsage(long voucherId, long userId, Instant now) {
        this.voucherId = voucherId;
        this.userId = userId;
        this.usedAt = now;
    }

    Long userId() {
        return userId;
    }

    Instant usedAt() {
        return usedAt;
    }
}
