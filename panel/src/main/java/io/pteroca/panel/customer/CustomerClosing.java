package io.pteroca.panel.customer;

import io.pteroca.panel.account.Accounts;
import io.pteroca.panel.server.OwnerServerRemoval;
import io.pteroca.panel.shared.Refusal;
import io.pteroca.panel.shared.work.DurableWorkRunner;
import io.pteroca.panel.server.ServerView;
import io.pteroca.panel.server.Servers;
import io.pteroca.panel.shared.Money;
import io.pteroca.panel.wallet.WalletReason;
import io.pteroca.panel.wallet.WalletReference;
import io.pteroca.panel.wallet.Wallets;
import java.time.Clock;
import java.time.Instant;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Deletes a customer's account for an admin. With servers it refuses unless the admin chose to remove them: then, in
 * the same transaction, the account is deleted, its running servers go to DELETING (nothing renews any more) and the
 * rest is written down for {@link ClosureWork}, which deletes the Pterodactyl user once the servers are gone.
 */
@Service
class CustomerClosing {

    /** What the admin chose for the customer's servers. */
    enum ServerChoice {
        /** The default: an account with servers stays. */
        REFUSE,
        /** Delete the servers (in Pterodactyl first), then the Pterodactyl user. */
        REMOVE
    }

    /** The admin who closes the account, and from where. */
    record Admin(long id, String email, String ip) {
    }

    private final Accounts accounts;
    private final OwnerServerRemoval servers;
    private final AccountClosureRepository closures;
    private final ClosureWork work;
    private final DurableWorkRunner runner;
    private final CustomerSettings settings;
    private final Wallets wallets;
    private final Servers ownedServers;
    private final Clock clock;

    CustomerClosing(Accounts accounts, OwnerServerRemoval servers, AccountClosureRepository closures, ClosureWork work,
                    DurableWorkRunner runner, CustomerSettings settings, Wallets wallets, Servers ownedServers, Clock clock) {
        this.ownedServers = ownedServers;
        this.settings = settings;
        this.wallets = wallets;
        this.accounts = accounts;
        this.servers = servers;
        this.closures = closures;
        this.work = work;
        this.runner = runner;
        this.clock = clock;
    }

    @Transactional
    public void close(long accountId, ServerChoice choice, Admin admin) {
        if (accounts.find(accountId).isEmpty()) {
            throw Refusal.notFound("account.unknown");
        }
        // One close at a time per account: the second sees it deleted.
        accounts.lockForUpdate(accountId);
        long live = servers.remaining(accountId);
        if (live > 0 && choice != ServerChoice.REMOVE) {
            throw Refusal.conflict("admin.users.hasServers", live);
        }
        accounts.deleteByAdmin(accountId, admin.id(), admin.email(), admin.ip());
        if (settings.refundUnusedOnClose()) {
            refundUnusedTime(accountId, admin.id());
        }
        closures.save(new AccountClosure(accountId, admin.id(), clock.instant()));
        servers.removeAllOf(accountId, admin.id());
        runner.afterCommit(work, accountId);
    }

    /**
     * The paid time still ahead of each running server goes back to the wallet, pro rata (the ledger keeps it; paying
     * it out is the admin's decision). On-demand servers are charged per hour gone by, so nothing of theirs is ahead.
     */
    private void refundUnusedTime(long accountId, long adminId) {
        Instant now = clock.instant();
        for (ServerView server : ownedServers.ownedBy(accountId)) {
            if (!server.renewable() || server.onDemand() || server.expiresAt() == null || !server.expiresAt().isAfter(now)
                    || server.periodAmount() == null) {
                continue;
            }
            Money unused = server.price().unusedShare(server.periodAmount(), now, server.expiresAt());
            if (unused.signum() > 0) {
                wallets.credit(accountId, unused, WalletReason.ADMIN_CREDIT, WalletReference.of("server-unused-time", server.id()),
                        "Unused time of " + server.name() + ": the account was closed", adminId);
            }
        }
    }
}
