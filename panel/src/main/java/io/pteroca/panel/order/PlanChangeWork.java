package io.pteroca.panel.order;

import io.pteroca.panel.catalog.NodeCapacity;
import io.pteroca.panel.catalog.ProductDefinition;
import io.pteroca.panel.pterodactyl.PterodactylFailure;
import io.pteroca.panel.server.ServerMails;
import io.pteroca.panel.server.ServerPlanChanges;
import io.pteroca.panel.server.ServerHistory;
import io.pteroca.panel.server.ServerState;
import io.pteroca.panel.shared.Money;
import io.pteroca.panel.shared.work.DurableWork;
import io.pteroca.panel.wallet.WalletReason;
import io.pteroca.panel.wallet.WalletReference;
import io.pteroca.panel.wallet.WalletSettings;
import io.pteroca.panel.wallet.Wallets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends a recorded plan change's limits to Pterodactyl after the money part committed, and settles it: APPLIED (the
 * server switched to the new plan, a downgrade credited), or — when Pterodactyl refuses for good or keeps failing —
 * REVERSED, the upgrade's charge credited back. Retried with back-off meanwhile; a crash only delays it.
 */
@Component
class PlanChangeWork implements DurableWork {

    private static final Logger log = LoggerFactory.getLogger(PlanChangeWork.class);
    private static final Duration LEASE = Duration.ofMinutes(2);

    private final PlanChangeRepository changes;
    private final ServerPlanChanges servers;
    private final ServerHistory history;
    private final ServerMails mails;
    private final NodeCapacity capacity;
    private final Wallets wallets;
    private final WalletSettings walletSettings;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final Duration interval;
    private final Duration retryBase;
    private final int maxAttempts;

    PlanChangeWork(PlanChangeRepository changes, ServerPlanChanges servers, ServerHistory history, ServerMails mails,
                   NodeCapacity capacity, Wallets wallets, WalletSettings walletSettings, ApplicationEventPublisher events,
                   TransactionTemplate transactions, Clock clock,
                   @Value("${pteroca.servers.work-interval:PT10S}") Duration interval,
                   @Value("${pteroca.servers.retry-base:PT30S}") Duration retryBase,
                   @Value("${pteroca.plan-changes.attempts:5}") int maxAttempts) {
        this.changes = changes;
        this.servers = servers;
        this.history = history;
        this.mails = mails;
        this.capacity = capacity;
        this.wallets = wallets;
        this.walletSettings = walletSettings;
        this.events = events;
        this.transactions = transactions;
        this.clock = clock;
        this.interval = interval;
        this.retryBase = retryBase;
        this.maxAttempts = Math.max(1, maxAttempts);
    }

    @Override
    public String name() {
        return "plan-changes";
    }

    @Override
    public Duration interval() {
        return interval;
    }

    @Override
    public List<Long> due(Instant now, int limit) {
        return changes.due(now, Limit.of(limit));
    }

    @Override
    public boolean attempt(long id) {
        PlanChange claimed = transactions.execute(status -> changes.lockById(id)
                .filter(change -> change.status() == PlanChange.Status.PENDING && change.dueAt() != null
                        && !change.dueAt().isAfter(clock.instant()))
                .map(change -> {
                    change.dueAt(clock.instant().plus(LEASE));
                    return change;
                }).orElse(null));
        if (claimed == null) {
            return true;
        }
        boolean serverLives = servers.find(claimed.serverId())
                .map(server -> server.state() == ServerState.ACTIVE || server.state() == ServerState.EXPIRED
                        || server.state() == ServerState.SUSPENDED).orElse(false);
        if (!serverLives) {
            settle(id, "the server is no longer running", true);
            return true;
        }
        try {
            servers.pushLimits(claimed.serverId(), claimed.newPlan());
        } catch (PterodactylFailure failed) {
            boolean giveUp = failed.permanent() || claimed.attempts() + 1 >= maxAttempts;
            log.warn("Plan change {} of server {} failed at Pterodactyl{}: {}", id, claimed.serverId(),
                    giveUp ? ", reversing it" : ", will retry", failed.toString());
            settle(id, failed.getMessage(), giveUp);
            if (giveUp && !failed.permanent()) {
                restoreOldLimits(claimed.serverId());
            }
            return false;
        }
        transactions.executeWithoutResult(status -> changes.lockById(id)
                .filter(change -> change.status() == PlanChange.Status.PENDING).ifPresent(this::apply));
        return true;
    }

    private void settle(long id, String error, boolean giveUp) {
        transactions.executeWithoutResult(status -> changes.lockById(id)
                .filter(change -> change.status() == PlanChange.Status.PENDING).ifPresent(change -> {
                    if (giveUp) {
                        reverse(change, error);
                    } else {
                        change.retryAfter(error, retryBase, clock.instant());
                    }
                }));
    }

    /** The server runs on the new plan from now on; a downgrade's credit is paid now that the smaller limits hold. */
    private void apply(PlanChange change) {
        ServerPlanChanges.Current before = servers.lock(change.serverId()).orElseThrow();
        ProductDefinition.Resources old = before.plan().product().resources();
        ProductDefinition.Resources next = change.newPlan().product().resources();
        Money settled = change.settled(walletSettings.currency());
        servers.switchTo(change.serverId(), change.toProductId(), change.newPlan(),
                change.newPeriodAmount(walletSettings.currency()), change.accountId(),
                "from " + change.fromName() + " to " + change.toName() + moneyDetail(settled));
        if (settled.signum() < 0) {
            wallets.credit(change.accountId(), settled.negate(), WalletReason.PLAN_CHANGE_CREDIT,
                    WalletReference.of("plan_change", change.id()), "Plan change: server " + before.name() + " from "
                            + change.fromName() + " to " + change.toName() + ", the unused difference", null);
        }
        if (before.nodeId() != null) {
            capacity.placed(before.nodeId(), next.memory() - old.memory(), next.disk() - old.disk());
        }
        change.applied(clock.instant());
    }

    /** Pterodactyl kept the old limits: the server stays on its plan and an upgrade's charge goes back to the wallet. */
    private void reverse(PlanChange change, String error) {
        Money settled = change.settled(walletSettings.currency());
        if (settled.isPositive()) {
            wallets.credit(change.accountId(), settled, WalletReason.PLAN_CHANGE_CREDIT,
                    WalletReference.of("plan_reversal", change.id()), "Plan change to " + change.toName()
                            + " reversed: Pterodactyl did not take the new limits", null);
            events.publishEvent(new PlanChangeEvent(PlanChangeEvent.Kind.REVERSED, change.id(), change.accountId(),
                    change.serverId(), settled));
        }
        history.note(change.serverId(), "plan_change_reversed", null, "to " + change.toName()
                + (settled.isPositive() ? ", " + settled + " credited back" : "") + "; " + error);
        mails.toAdmins(change.serverId(), "a plan change to " + change.toName() + " was reversed: " + error);
        change.reversed(error, clock.instant());
    }

    /** An answer lost after a build update may have changed the limits after all: the old ones go back, if possible. */
    private void restoreOldLimits(long serverId) {
        try {
            servers.find(serverId).ifPresent(server -> servers.pushLimits(serverId, server.plan()));
        } catch (PterodactylFailure stillFailing) {
            log.warn("Could not put the old limits of server {} back in Pterodactyl (admins were told): {}",
                    serverId, stillFailing.toString());
        }
    }

    private static String moneyDetail(Money settled) {
        if (settled.isPositive()) {
            return ", charged " + settled;
        }
        return settled.signum() < 0 ? ", credited " + settled.negate() : "";
    }
}
