package io.pteroca.panel.server;

import io.pteroca.panel.mail.MailType;
import io.pteroca.panel.pterodactyl.PterodactylServers;
import io.pteroca.panel.voucher.Vouchers;
import io.pteroca.panel.wallet.WalletReason;
import io.pteroca.panel.wallet.WalletReference;
import io.pteroca.panel.wallet.Wallets;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Finishes a DELETING server: deletes it in Pterodactyl first, then records DELETED, or — when provisioning gave
 * up — refunds every order of it and records FAILED. Until Pterodactyl confirms, it retries; money is never given
 * back while a server might still run.
 */
@Service
class ServerRemoval {

    private static final Logger log = LoggerFactory.getLogger(ServerRemoval.class);
    private static final Duration LEASE = Duration.ofMinutes(2);

    private final GameServerRepository servers;
    private final ServerOrderRepository orders;
    private final PterodactylServers pterodactyl;
    private final Wallets wallets;
    private final Vouchers vouchers;
    private final ServerHistory history;
    private final ServerMails mails;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final Duration retryBase;

    ServerRemoval(GameServerRepository servers, ServerOrderRepository orders, PterodactylServers pterodactyl, Wallets wallets,
                  Vouchers vouchers, ServerHistory history, ServerMails mails, TransactionTemplate transactions, Clock clock,
                  @Value("${pteroca.servers.retry-base:PT30S}") Duration retryBase) {
        this.servers = servers;
        this.orders = orders;
        this.pterodactyl = pterodactyl;
        this.wallets = wallets;
        this.vouchers = vouchers;
        this.history = history;
        this.mails = mails;
        this.transactions = transactions;
        this.clock = clock;
        this.retryBase = retryBase;
    }

    void advance(long serverId) {
        GameServer claimed = transactions.execute(status -> servers.lockById(serverId)
                .filter(server -> server.state() == ServerState.DELETING && server.nextAttemptAt() != null
                        && !server.nextAttemptAt().isAfter(clock.instant()))
                .map(server -> {
                    server.dueAt(clock.instant().plus(LEASE));
                    return server;
                }).orElse(null));
        if (claimed == null) {
            return;
        }
        try {
            deleteInPterodactyl(claimed);
        } catch (RuntimeException e) {
            log.warn("Deleting server {} in Pterodactyl failed, will retry: {}", serverId, e.toString());
            transactions.executeWithoutResult(status -> servers.lockById(serverId).ifPresent(server -> {
                server.retryAfter(e.getMessage(), retryBase, clock.instant());
                history.note(server, "deletion_retry", null, e.getMessage());
            }));
            return;
        }
        transactions.executeWithoutResult(status -> servers.lockById(serverId).ifPresent(this::finish));
    }

    private void deleteInPterodactyl(GameServer server) {
        if (server.pterodactylServerId() != null) {
            pterodactyl.delete(server.pterodactylServerId());
        } else if (server.refundDue()) {
            // A create may have succeeded without the answer reaching us: whatever carries our id goes too.
            pterodactyl.findByExternalId(pterodactyl.externalId(server.id())).ifPresent(found -> pterodactyl.delete(found.id()));
        }
    }

    private void finish(GameServer server) {
        if (server.state() != ServerState.DELETING) {
            return;
        }
        server.settled();
        if (!server.refundDue()) {
            history.transition(server, ServerState.DELETED, null, null);
            mails.toOwner(server, MailType.SERVER_DELETED);
            return;
        }
        java.math.BigDecimal refunded = java.math.BigDecimal.ZERO;
        for (ServerOrder order : orders.findByServerIdOrderByIdDesc(server.id())) {
            if (order.status() == ServerOrder.Status.PAID) {
                wallets.credit(order.userId(), order.total(), WalletReason.REFUND, WalletReference.of("order", order.id()),
                        "Refund: server " + server.name() + " could not be set up", null);
                order.refunded();
                vouchers.releaseOrder(order.id());
                refunded = refunded.add(order.total());
            }
        }
        server.refunded();
        history.transition(server, ServerState.FAILED, null, "refunded " + refunded.toPlainString());
        mails.toOwner(server, MailType.PROVISIONING_FAILED, refunded.setScale(2, RoundingMode.HALF_UP).toPlainString());
        mails.toAdmins(server, "provisioning gave up and " + refunded.setScale(2, RoundingMode.HALF_UP).toPlainString()
                + " was refunded; last error: " + server.lastError());
    }
}
