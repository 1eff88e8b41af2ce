package io.pteroca.panel.order;

import io.pteroca.panel.mail.MailType;
import io.pteroca.panel.server.ServerHistory;
import io.pteroca.panel.server.ServerMails;
import io.pteroca.panel.server.ServerSetUpFailed;
import io.pteroca.panel.shared.Money;
import io.pteroca.panel.voucher.Vouchers;
import io.pteroca.panel.wallet.WalletReason;
import io.pteroca.panel.wallet.WalletReference;
import io.pteroca.panel.wallet.WalletSettings;
import io.pteroca.panel.wallet.Wallets;
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
    private final WalletSettings walletSettings;
    private final Vouchers vouchers;
    private final ServerHistory history;
    private final ServerMails mails;

    Refunds(ServerOrderRepository orders, Wallets wallets, WalletSettings walletSettings, Vouchers vouchers,
            ServerHistory history, ServerMails mails) {
        this.orders = orders;
        this.wallets = wallets;
        this.walletSettings = walletSettings;
        this.vouchers = vouchers;
        this.history = history;
        this.mails = mails;
    }

    @EventListener
    void setUpFailed(ServerSetUpFailed failed) {
        Money refunded = walletSettings.zero();
        for (ServerOrder order : orders.findByServerIdOrderByIdDesc(failed.serverId())) {
            if (order.status() == ServerOrder.Status.PAID) {
                Money paid = order.total(walletSettings.currency());
                wallets.credit(order.userId(), paid, WalletReason.REFUND, WalletReference.of("order", order.id()),
                        "Refund: server " + failed.serverName() + " could not be set up", null);
                order.refunded();
                vouchers.releaseOrder(order.id());
                refunded = refunded.plus(paid);
            }
        }
        history.note(failed.serverId(), "refunded", null, refunded.toString());
        mails.toOwner(failed.serverId(), MailType.PROVISIONING_FAILED, refunded);
        mails.toAdmins(failed.serverId(), "provisioning gave up and " + refunded + " was refunded; last error: "
                + failed.lastError());
    }
}
