package io.pteroca.panel.order;

import io.pteroca.panel.server.AutoRenewal;
import io.pteroca.panel.server.ServerBilling;
import io.pteroca.panel.server.ServerHistory;
import io.pteroca.panel.server.ServerMails;
import io.pteroca.panel.server.ServerState;
import io.pteroca.panel.shared.Money;
import io.pteroca.panel.shared.Refusal;
import io.pteroca.panel.wallet.InsufficientBalanceException;
import io.pteroca.panel.wallet.WalletReason;
import io.pteroca.panel.wallet.WalletReference;
import io.pteroca.panel.wallet.Wallets;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Adding paid time: the payer's wallet is charged first and the period added from the later of the expiry and now;
 * an expired or suspended server becomes ACTIVE in the same transaction, and Pterodactyl is told to unsuspend only
 * after it commits. The owner pays; a subuser only from their own wallet, when they say so.
 */
@Service
public class Renewals implements AutoRenewal {

    private final ServerBilling servers;
    private final ServerOrderRepository orders;
    private final Wallets wallets;
    private final ServerMails mails;
    private final ServerHistory history;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final Clock clock;

    Renewals(ServerBilling servers, ServerOrderRepository orders, Wallets wallets, ServerMails mails, ServerHistory history,
             ApplicationEventPublisher events, TransactionTemplate transactions, Clock clock) {
        this.servers = servers;
        this.orders = orders;
        this.wallets = wallets;
        this.mails = mails;
        this.history = history;
        this.events = events;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** The owner pays one period. The same key twice renews once. */
    public void renew(long serverId, long payerId, String idempotencyKey) {
        renew(serverId, payerId, idempotencyKey, false);
    }

    /**
     * The owner's wallet pays the next period. A failure is written into the server's history and published once
     * per key (one key per period), though the lifecycle job tries again on every run until the server expires.
     */
    @Override
    public boolean renewAutomatically(long serverId, long ownerId, String idempotencyKey) {
        try {
            renew(serverId, ownerId, idempotencyKey, false, true);
            return true;
        } catch (Refusal refused) {
            String reason = switch (refused.messageKey()) {
                case "order.notEnoughBalance" -> "INSUFFICIENT_BALANCE";
                case "renew.adminSuspended" -> "ADMIN_SUSPENDED";
                default -> "NOT_RENEWABLE";
            };
            transactions.executeWithoutResult(status -> {
                if (history.noteOnce(serverId, "auto_renew_failed", idempotencyKey + ": " + reason)) {
                    events.publishEvent(new AutoRenewalFailed(serverId, ownerId, reason));
                    if (refused instanceof WalletShort walletShort) {
                        events.publishEvent(new AutoRenewalShort(serverId, ownerId, idempotencyKey, walletShort.shortfall));
                    }
                }
            });
            return false;
        }
    }

    /**
     * {@code payerId} pays one period: the owner, or a subuser who explicitly chose to pay from their own wallet
     * ({@code subuserPaysOwnWallet}); nobody else, and never the owner's money for a subuser's click.
     */
    public void renew(long serverId, long payerId, String idempotencyKey, boolean subuserPaysOwnWallet) {
        renew(serverId, payerId, idempotencyKey, subuserPaysOwnWallet, false);
    }

    private void renew(long serverId, long payerId, String idempotencyKey, boolean subuserPaysOwnWallet, boolean automatic) {
        Optional<ServerOrder> earlier = orders.findByUserIdAndIdempotencyKey(payerId, idempotencyKey);
        if (earlier.isPresent()) {
            return;
        }
        try {
            transactions.executeWithoutResult(status -> charge(serverId, payerId, idempotencyKey, subuserPaysOwnWallet, automatic));
        } catch (DataIntegrityViolationException sameKeyMeanwhile) {
            orders.findByUserIdAndIdempotencyKey(payerId, idempotencyKey).orElseThrow(() -> sameKeyMeanwhile);
        }
    }

    private void charge(long serverId, long payerId, String idempotencyKey, boolean subuserPaysOwnWallet, boolean automatic) {
        ServerBilling.BillableServer server = servers.lock(serverId).orElseThrow(() -> new Refusal("renew.notRenewable"));
        if (server.ownerId() != payerId) {
            if (!servers.sharedWith(serverId, payerId)) {
                throw new Refusal("renew.ownerOnly");
            }
            if (!subuserPaysOwnWallet) {
                throw new Refusal("renew.confirmOwnWallet");
            }
        }
        if (server.state() == ServerState.SUSPENDED && !server.suspensionCause().liftedByPaying()) {
            throw Refusal.conflict("renew.adminSuspended");
        }
        if (!server.payable()) {
            throw new Refusal("renew.notRenewable");
        }
        Money amount = server.periodAmount();
        Quote quote = Quote.period(amount);
        ServerOrder renewal = new ServerOrder(payerId, serverId, server.productId(), ServerOrder.Kind.RENEWAL, quote,
                idempotencyKey, clock.instant());
        ServerOrder order = orders.saveAndFlush(server.onDemand() ? renewal.hourly() : renewal);
        // A free price renews with an order of 0 and no ledger line: the ledger records money that moved.
        if (amount.isPositive()) {
            try {
                wallets.debit(payerId, amount, WalletReason.RENEWAL, WalletReference.of("order", order.id()),
                        "Renewal: server " + server.name(), null);
            } catch (InsufficientBalanceException notEnough) {
                throw new WalletShort(amount, wallets.balance(payerId));
            }
        }
        Instant paidUntil = servers.addPaidPeriod(serverId, payerId,
                "renewed by order " + order.id() + (server.ownerId() != payerId ? ", paid by a subuser" : ""));
        if (!server.onDemand()) {
            // An hour's charge would mean 24 e-mails a day; OnDemandNotices sends one summary a day instead.
            mails.renewedToOwner(serverId, amount);
        }
        events.publishEvent(new OrderEvent(OrderEvent.Kind.RENEWED, order.id(), payerId, serverId, server.productId(), amount,
                paidUntil, automatic));
    }

    /** The payer's wallet lacks money for the period: what it lacks travels with the usual refusal. */
    private static final class WalletShort extends Refusal {

        private final transient Money shortfall;

        WalletShort(Money price, Money balance) {
            super("order.notEnoughBalance", price, balance);
            this.shortfall = price.minus(balance);
        }
    }
}
