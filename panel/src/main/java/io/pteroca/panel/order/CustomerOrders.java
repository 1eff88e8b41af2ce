package io.pteroca.panel.order;

import io.pteroca.panel.shared.Money;
import io.pteroca.panel.wallet.WalletSettings;
import java.time.Instant;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** One customer's orders (purchases and renewals), newest first, for the admin's customer page and the data export. */
@Service
public class CustomerOrders {

    /** An order as other features see it; {@code kind} and {@code status} are PURCHASE/RENEWAL and PAID/REFUNDED. */
    public record OrderLine(long id, long serverId, long productId, String kind, String status, Money total,
                            String voucherCode, Instant createdAt) {
    }

    private final ServerOrderRepository orders;
    private final WalletSettings wallet;

    CustomerOrders(ServerOrderRepository orders, WalletSettings wallet) {
        this.orders = orders;
        this.wallet = wallet;
    }

    @Transactional(readOnly = true)
    public Page<OrderLine> of(long userId, Pageable pageable) {
        return orders.findByUserIdOrderByIdDesc(userId, pageable).map(this::line);
    }

    /** A page of the customer's orders after the last one seen, newest first. */
    @Transactional(readOnly = true)
    public java.util.List<OrderLine> of(long userId, io.pteroca.panel.shared.Keyset page) {
        return orders.findByUserIdAndIdLessThanOrderByIdDesc(userId, page.isFirst() ? Long.MAX_VALUE : page.id(),
                org.springframework.data.domain.Limit.of(page.fetch())).stream().map(this::line).toList();
    }

    private OrderLine line(ServerOrder order) {
        return new OrderLine(order.id(), order.serverId(), order.productId(), order.kind().name(), order.status().name(),
                order.total(wallet.currency()), order.voucherCode(), order.createdAt());
    }
}
