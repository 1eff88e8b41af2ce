package io.pteroca.panel.server;

import io.pteroca.panel.mail.MailType;
import io.pteroca.panel.wallet.InsufficientBalanceException;
import io.pteroca.panel.wallet.WalletReason;
import io.pteroca.panel.wallet.WalletReference;
import io.pteroca.panel.wallet.Wallets;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Adding paid time (DESIGN 3.3, 3.9): the payer's wallet is charged first and the period added from the later of
 * the expiry and now; an expired or suspended server becomes ACTIVE in the same transaction, and Pterodactyl is told
 * to unsuspend only after it commits. Admins extend for free and never spend a customer's money.
 */
@Service
class Renewals {

    private final GameServerRepository servers;
    private final ServerOrderRepository orders;
    private final ServerSubuserRepository subusers;
    private final Wallets wallets;
    private final ServerHistory history;
    private final ServerMails mails;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final Clock clock;

    Renewals(GameServerRepository servers, ServerOrderRepository orders, ServerSubuserRepository subusers, Wallets wallets,
             ServerHistory history,
             ServerMails mails, ApplicationEventPublisher events, TransactionTemplate transactions, Clock clock) {
        this.servers = servers;
        this.orders = orders;
        this.subusers = subusers;
        this.wallets = wallets;
        this.history = history;
        this.mails = mails;
        this.events = events;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** The owner pays one period. The same key twice renews once. */
    void renew(long serverId, long payerId, String idempotencyKey) {
        renew(serverId, payerId, idempotencyKey, false);
    }

    /**
     * {@code payerId} pays one period: the owner, or a subuser who explicitly chose to pay from their own wallet
     * ({@code subuserPaysOwnWallet}); nobody else, and never the owner's money for a subuser's click.
     */
    void renew(long serverId, long payerId, String idempotencyKey, boolean subuserPaysOwnWallet) {
        Optional<ServerOrder> earlier = orders.findByUserIdAndIdempotencyKey(payerId, idempotencyKey);
        if (earlier.isPresent()) {
            return;
        }
        try {
            transactions.executeWithoutResult(status -> charge(serverId, payerId, idempotencyKey, subuserPaysOwnWallet));
        } catch (DataIntegrityViolationException sameKeyMeanwhile) {
            orders.findByUserIdAndIdempotencyKey(payerId, idempotencyKey).orElseThrow(() -> sameKeyMeanwhile);
        }
    }

    private void charge(long serverId, long payerId, String idempotencyKey, boolean subuserPaysOwnWallet) {
        GameServer server = servers.lockById(serverId).orElseThrow(() -> new OrderRefused("renew.notRenewable"));
        if (server.ownerId() != payerId) {
            if (subusers.findByServerIdAndAccountId(serverId, payerId).isEmpty()) {
                throw new OrderRefused("renew.ownerOnly");
            }
            if (!subuserPaysOwnWallet) {
                throw new OrderRefused("renew.confirmOwnWallet");
            }
        }
        if (!server.state().renewable()) {
            throw new OrderRefused("renew.notRenewable");
        }
        BigDecimal amount = server.periodAmount();
        Quote quote = new Quote(amount, BigDecimal.ZERO.setScale(4), BigDecimal.ZERO.setScale(4), null);
        ServerOrder order = orders.saveAndFlush(new ServerOrder(payerId, serverId, server.productId(), ServerOrder.Kind.RENEWAL,
                quote, idempotencyKey, clock.instant()));
        try {
            wallets.debit(payerId, amount, WalletReason.RENEWAL, WalletReference.of("order", order.id()),
                    "Renewal: server " + server.name(), null);
        } catch (InsufficientBalanceException notEnough) {
            throw new OrderRefused("order.notEnoughBalance", amount.setScale(2, RoundingMode.HALF_UP).toPlainString(),
                    wallets.balance(payerId).setScale(2, RoundingMode.HALF_UP).toPlainString());
        }
        server.extend(clock.instant());
        reactivate(server, payerId, "renewed by order " + order.id() + (server.ownerId() != payerId ? ", paid by a subuser" : ""));
        mails.toOwner(server, MailType.SERVER_RENEWED, amount.setScale(2, RoundingMode.HALF_UP).toPlainString());
    }

    /** An admin moves the expiry; free, and the caller audits it. */
    void extendFree(long serverId, Instant newExpiry, long adminId) {
        transactions.executeWithoutResult(status -> {
            GameServer server = servers.lockById(serverId).orElseThrow(() -> new OrderRefused("renew.notRenewable"));
            if (!server.state().renewable()) {
                throw new OrderRefused("renew.notRenewable");
            }
            server.extendTo(newExpiry, clock.instant());
            history.note(server, "expiry_set_by_admin", adminId, newExpiry.toString());
            if (newExpiry.isAfter(clock.instant())) {
                reactivate(server, adminId, "expiry extended by an admin");
            }
        });
    }

    private void reactivate(GameServer server, Long actorId, String detail) {
        if (server.state() == ServerState.EXPIRED || server.state() == ServerState.SUSPENDED) {
            history.transition(server, ServerState.ACTIVE, actorId, detail);
            events.publishEvent(new ServerChanged(server.id()));
        } else {
            history.note(server, "renewed", actorId, detail + ", until " + server.expiresAt());
        }
    }
}
