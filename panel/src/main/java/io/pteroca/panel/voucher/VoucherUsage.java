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
    private String status;
    @Column(name = "payment_id")
    private Long paymentId;
    @Column(name = "order_id")
    private Long orderId;

    protected VoucherUsage() {
    }

    VoucherUsage(long voucherId, long userId, Instant now) {
        this(voucherId, userId, null, now);
        this.status = "CONSUMED";
    }

    /** A payment discount held for a payment until it is paid or ends. */
    static VoucherUsage reservation(long voucherId, long userId, long paymentId, Instant now) {
        return new VoucherUsage(voucherId, userId, paymentId, now);
    }

    private VoucherUsage(long voucherId, long userId, Long paymentId, Instant now) {
        this.voucherId = voucherId;
        this.userId = userId;
        this.paymentId = paymentId;
        this.usedAt = now;
        this.status = "RESERVED";
    }

    void forOrder(long orderId) {
        this.orderId = orderId;
    }

    void consume(Instant now) {
        this.status = "CONSUMED";
        this.usedAt = now;
    }

    Long id() {
        return id;
    }

    Long voucherId() {
        return voucherId;
    }

    String status() {
        return status;
    }

    Long userId() {
        return userId;
    }

    Instant usedAt() {
        return usedAt;
    }
}
