package io.pteroca.panel.order;

import io.pteroca.panel.mail.MailType;
import io.pteroca.panel.server.ServerHistory;
import io.pteroca.panel.server.ServerMails;
import io.pteroca.panel.server.ServerSetUpFailed;
import io.pteroca.panel.voucher.Vouchers;
import io.pteroca.panel.wallet.WalletReason;
import io.pteroca.panel.wallet.WalletReference;
import io.pteroca.panel.wallet.Wallets;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A server that could not be set up costs nothing: every paid order of it goes back to the wallet that paid, and
 * voucher uses are released. Runs inside the transaction that records the failure, so both commit or neither.
 */
@Component
class Refunds {

    private final ServerOrderRepository orders;
    private final Wallets wallets;
    private final Vouchers vouchers;
    private final ServerHistory history;
    private final ServerMails mails;

    Refunds(ServerOrderRepository orders, Wallets wallets, Vouchers vouchers, ServerHistory history, ServerMails mails) {
        this.orders = orders;
        this.wallets = wallets;
        this.vouchers = vouchers;
        this.history = history;
        this.mails = mails;
    }

    @EventListener
    void setUpFailed(ServerSetUpFailed failed) {
        BigDecimal refunded = BigDecimal.ZERO;
        for (ServerOrder order : orders.findByServerIdOrderByIdDesc(failed.serverId())) {
            if (order.status() == ServerOrder.Status.PAID) {
                wallets.credit(order.userId(), order.total(), WalletReason.REFUND, WalletReference.of("order", order.id()),
                        "Refund: server " + failed.serverName() + " could not be set up", null);
                order.refunded();
                vouchers.releaseOrder(order.id());
                refunded = refunded.add(order.total());
            }
        }
        String shown = refunded.setScale(2, RoundingMode.HALF_UP).toPlainString();
        history.note(failed.serverId(), "refunded", null, shown);
        mails.toOwner(failed.serverId(), MailType.PROVISIONING_FAILED, shown);
        mails.toAdmins(failed.serverId(), "provisioning gave up and " + shown + " was refunded; last error: "
                + failed.lastError());
    }
}
