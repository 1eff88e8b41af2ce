package io.pteroca.panel.customer;

import io.pteroca.panel.pterodactyl.PterodactylUserRemoval;
import io.pteroca.panel.server.OwnerServerRemoval;
import io.pteroca.panel.server.ServerState;
import io.pteroca.panel.server.ServerStateChanged;
import io.pteroca.panel.shared.work.DurableWork;
import io.pteroca.panel.shared.work.DurableWorkRunner;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Finishes closed accounts: removes servers that have finished setting up since, waits while any server is still
 * there, then deletes the Pterodactyl user (Pterodactyl refuses while the user owns servers) and records DONE.
 * A server's removal wakes this up, so the user goes right after its last server.
 */
@Component
class ClosureWork implements DurableWork {

    private static final Logger log = LoggerFactory.getLogger(ClosureWork.class);

    private final AccountClosureRepository closures;
    private final OwnerServerRemoval servers;
    private final PterodactylUserRemoval pterodactylUsers;
    private final DurableWorkRunner runner;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final Duration interval;

    ClosureWork(AccountClosureRepository closures, OwnerServerRemoval servers, PterodactylUserRemoval pterodactylUsers,
                DurableWorkRunner runner, TransactionTemplate transactions, Clock clock,
                @Value("${pteroca.customers.closure-interval:PT1M}") Duration interval) {
        this.closures = closures;
        this.servers = servers;
        this.pterodactylUsers = pterodactylUsers;
        this.runner = runner;
        this.transactions = transactions;
        this.clock = clock;
        this.interval = interval;
    }

    /** The last server of a closed account is gone: its Pterodactyl user can go now. */
    @EventListener
    void serverChanged(ServerStateChanged changed) {
        if (changed.to() == ServerState.DELETED || changed.to() == ServerState.FAILED) {
            closures.findById(changed.ownerId()).filter(AccountClosure::pending)
                    .ifPresent(closure -> runner.afterCommit(this, closure.accountId()));
        }
    }

    @Override
    public String name() {
        return "account-closure";
    }

    @Override
    public Duration interval() {
        return interval;
    }

    @Override
    public List<Long> due(Instant now, int limit) {
        return closures.findByStatusAndNextAttemptAtLessThanEqualOrderByNextAttemptAt(AccountClosure.Status.PENDING, now,
                Limit.of(limit)).stream().map(AccountClosure::accountId).toList();
    }

    @Override
    public boolean attempt(long accountId) {
        AccountClosure closure = closures.findById(accountId).filter(AccountClosure::pending).orElse(null);
        if (closure == null) {
            return true;
        }
        int remaining = servers.removeAllOf(accountId, closure.closedBy());
        if (remaining > 0) {
            record(accountId, found -> found.waitForServers(clock.instant().plus(interval), clock.instant()));
            return true;
        }
        try {
            pterodactylUsers.remove(accountId);
        } catch (RuntimeException failure) {
            log.warn("Deleting the Pterodactyl user of closed account {} failed, will retry: {}", accountId, failure.toString());
            record(accountId, found -> found.failed(failure.getMessage(), interval, clock.instant()));
            return false;
        }
        record(accountId, found -> found.done(clock.instant()));
        return true;
    }

    /** Changes the row only while it is still pending: a parallel attempt may have finished it meanwhile. */
    private void record(long accountId, java.util.function.Consumer<AccountClosure> change) {
        transactions.executeWithoutResult(status -> closures.findById(accountId).filter(AccountClosure::pending)
                .ifPresent(change));
    }
}
