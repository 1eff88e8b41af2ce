package io.pteroca.panel.order;

import io.pteroca.panel.server.ServerPayments;
import io.pteroca.panel.wallet.WalletSettings;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** A server's purchases and renewals, for its admin page. */
@Component
class OrderPayments implements ServerPayments {

    private final ServerOrderRepository orders;
    private final WalletSettings wallet;

    OrderPayments(ServerOrderRepository orders, WalletSettings wallet) {
        this.orders = orders;
        this.wallet = wallet;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Payment> of(long serverId) {
        return orders.findByServerIdOrderByIdDesc(serverId).stream().map(order -> new Payment(order.id(), order.createdAt(),
                order.kind().name(), order.total(wallet.currency()), order.voucherCode(), order.status().name())).toList();
    }
}
