package io.pteroca.panel.server;

import io.pteroca.panel.account.Accounts;
import io.pteroca.panel.catalog.ProductDefinition;
import io.pteroca.panel.mail.MailType;
import io.pteroca.panel.pterodactyl.PterodactylAccounts;
import io.pteroca.panel.pterodactyl.PterodactylFailure;
import io.pteroca.panel.pterodactyl.PterodactylServers;
import io.pteroca.panel.shared.Refusal;
import java.time.Clock;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What an admin may do to a server: suspend, unsuspend, delete, retry provisioning now (our record changes first;
 * Pterodactyl follows after commit, and on the next tick if that fails), and change owner or limits (Pterodactyl
 * first, then our record), or detach it. The controller audits each action.
 */
@Service
public class ServerAdministration {

    private static final int MAX_STARTUP = 5000;
    static final int MAX_REASON = 500;

    private final GameServerRepository servers;
    private final ServerBilling billing;
    private final ServerHistory history;
    private final ServerMails mails;
    private final ApplicationEventPublisher events;
    private final PterodactylServers pterodactyl;
    private final PterodactylAccounts pterodactylAccounts;
    private final Accounts accounts;
    private final TransactionTemplate transactions;
    private final Clock clock;

    ServerAdministration(GameServerRepository servers, ServerBilling billing, ServerHistory history, ServerMails mails,
                         ApplicationEventPublisher events, PterodactylServers pterodactyl,
                         PterodactylAccounts pterodactylAccounts, Accounts accounts, TransactionTemplate transactions,
                         Clock clock) {
        this.servers = servers;
        this.billing = billing;
        this.history = history;
        this.mails = mails;
        this.events = events;
        this.pterodactyl = pterodactyl;
        this.pterodactylAccounts = pterodactylAccounts;
        this.accounts = accounts;
        this.transactions = transactions;
        this.clock = clock;
    }

    /**
     * Suspends for a reason the customer is shown; paying does not lift it, only an admin does. A server already
     * suspended for not paying becomes the admin's suspension.
     */
    @Transactional
    public void suspend(long serverId, String reason, long adminId) {
        String clean = reason == null ? "" : reason.strip();
        boolean control = clean.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\r');
        if (clean.isEmpty() || clean.length() > MAX_REASON || control) {
            throw Refusal.onField("reason", "admin.server.reasonRequired", MAX_REASON);
        }
        GameServer server = servers.lockById(serverId).orElseThrow(() -> Refusal.conflict("admin.server.illegal"));
        if (server.state() == ServerState.SUSPENDED && server.suspensionCause() == SuspensionCause.UNPAID) {
            history.adminTakesOverSuspension(server, clean, adminId);
        } else if (server.state().canBecome(ServerState.SUSPENDED)) {
            history.suspend(server, SuspensionCause.ADMIN, clean, adminId, "by an admin: " + clean);
        } else {
            throw Refusal.conflict("admin.server.illegal");
        }
        mails.toOwner(server, MailType.SERVER_SUSPENDED_BY_ADMIN, clean);
        events.publishEvent(new ServerChanged(serverId));
    }

    /** Back to ACTIVE; an expiry already past is the admin's to extend, or the next check suspends it again. */
    @Transactional
    public void unsuspend(long serverId, long adminId) {
        GameServer server = locked(serverId, ServerState.ACTIVE);
        if (server.state() != ServerState.SUSPENDED) {
            throw Refusal.conflict("admin.server.illegal");
        }
        history.transition(server, ServerState.ACTIVE, adminId, "by an admin");
        events.publishEvent(new ServerChanged(serverId));
    }

    /** Deletes the server in Pterodactyl and stops billing it; paid time is not refunded. */
    @Transactional
    public void delete(long serverId, long adminId) {
        GameServer server = locked(serverId, ServerState.DELETING);
        history.transition(server, ServerState.DELETING, adminId, "by an admin");
        server.dueAt(clock.instant());
        events.publishEvent(new ServerChanged(serverId));
    }

    /** Moves the expiry for free (an admin never spends customer money; the caller audits it). */
    @Transactional
    public void setExpiry(long serverId, java.time.Instant newExpiry, long adminId) {
        GameServer server = servers.lockById(serverId).filter(found -> found.state().renewable())
                .orElseThrow(() -> Refusal.conflict("renew.notRenewable"));
        server.extendTo(newExpiry, clock.instant());
        history.note(server, "expiry_set_by_admin", adminId, "until " + ServerBilling.UNTIL.format(newExpiry));
        if (newExpiry.isAfter(clock.instant())) {
            billing.reactivate(server, adminId, "expiry extended by an admin", true);
        }
    }

    /**
     * After a refunded failure, the same server again as a new one, free for the customer (the admin's goodwill,
     * audited by the caller); returns the new server's id. Charging again is simply the customer ordering again.
     */
    @Transactional
    long grantAgain(long failedServerId, long adminId) {
        GameServer failed = servers.lockById(failedServerId).filter(server -> server.state() == ServerState.FAILED)
                .orElseThrow(() -> Refusal.conflict("admin.server.illegal"));
        GameServer again = servers.save(failed.again(clock.instant()));
        history.note(again, "granted_by_admin", adminId, "again for failed server " + failedServerId + ", free of charge");
        history.note(failed, "granted_again", adminId, "as server " + again.id());
        events.publishEvent(new ServerOrdered(again.id()));
        return again.id();
    }

    /** A provisioning waiting out its back-off tries again now (one more attempt before the refund). */
    @Transactional
    void retryNow(long serverId, long adminId) {
        GameServer server = servers.lockById(serverId).orElseThrow(() -> Refusal.conflict("admin.server.illegal"));
        if (!server.state().settingUp() && server.state() != ServerState.DELETING) {
            throw Refusal.conflict("admin.server.illegal");
        }
        server.dueAt(clock.instant());
        history.note(server, "retry_by_admin", adminId, null);
        events.publishEvent(server.state() == ServerState.DELETING ? new ServerChanged(serverId) : new ServerOrdered(serverId));
    }

    /**
     * Stops billing and managing a server. Only for a server Pterodactyl no longer has, or one another panel now
     * manages (its external id is not ours): a server still running as ours is deleted instead, never left unpaid.
     */
    void detach(long serverId, long adminId) {
        GameServer server = servers.findById(serverId).orElseThrow(() -> Refusal.conflict("admin.server.illegal"));
        if (!server.state().canBecome(ServerState.DETACHED)) {
            throw Refusal.conflict("admin.server.illegal");
        }
        String ours = pterodactyl.externalId(serverId);
        boolean stillOurs = server.pterodactylServerId() != null && pterodactyl.find(server.pterodactylServerId())
                .filter(found -> found.externalId() == null || found.externalId().equals(ours)).isPresent();
        if (stillOurs) {
            throw new Refusal("admin.server.detachRunning");
        }
        transactions.executeWithoutResult(status -> servers.lockById(serverId).ifPresent(locked ->
                history.transition(locked, ServerState.DETACHED, adminId, "detached by an admin")));
    }

    /** Gives the server to another customer, in Pterodactyl first; paid time goes with it. */
    void changeOwner(long serverId, String email, long adminId) {
        GameServer server = servers.findById(serverId).filter(s -> s.state().live() && !s.state().settingUp())
                .orElseThrow(() -> Refusal.conflict("admin.server.illegal"));
        var owner = accounts.findByEmail(email == null ? "" : email.strip()).filter(a -> !a.deleted())
                .orElseThrow(() -> new Refusal("import.owner"));
        int user = pterodactylAccounts.userOf(owner.id()).orElseThrow(() -> new Refusal("import.ownerNotLinked"));
        pterodactyl.changeOwner(server.pterodactylServerId(), user);
        transactions.executeWithoutResult(status -> servers.lockById(serverId).ifPresent(locked -> {
            locked.transferTo(owner.id(), clock.instant());
            history.note(locked, "owner_changed", adminId, owner.email());
        }));
    }

    /** New limits for this server only, pushed to Pterodactyl first, then kept in its plan. */
    void changeBuild(long serverId, ProductDefinition.Resources resources, ProductDefinition.FeatureLimits features,
                     long adminId) {
        GameServer server = servers.findById(serverId).filter(s -> s.state().live() && !s.state().settingUp())
                .orElseThrow(() -> Refusal.conflict("admin.server.illegal"));
        if (resources.memory() < 64 || resources.disk() < 1 || resources.swap() < -1 || resources.io() < 10
                || resources.io() > 1000 || resources.cpu() < 0 || features.databases() < 0 || features.backups() < 0
                || features.allocations() < 0 || features.schedules() < 0) {
            throw new Refusal("admin.server.badBuild");
        }
        pterodactyl.changeBuild(server.pterodactylServerId(), ServerPlan.limits(resources, features));
        transactions.executeWithoutResult(status -> servers.lockById(serverId).ifPresent(locked -> {
            locked.replacePlan(locked.plan().withLimits(resources, features), clock.instant());
            history.note(locked, "build_changed", adminId, resources.memory() + " MB, " + resources.disk() + " MB disk, "
                    + resources.cpu() + " % CPU");
        }));
    }

    /**
     * The startup command for this server only, in Pterodactyl first, then kept in its plan. Admins only: a
     * customer or subuser (even with startup.update) never changes it, as the command could run anything.
     */
    void changeStartup(long serverId, String startup, long adminId) {
        GameServer server = servers.findById(serverId).filter(s -> s.state().live() && !s.state().settingUp())
                .orElseThrow(() -> Refusal.conflict("admin.server.illegal"));
        String clean = startup == null ? "" : startup.strip();
        if (clean.isEmpty() || clean.length() > MAX_STARTUP || clean.chars().anyMatch(Character::isISOControl)) {
            throw new Refusal("admin.server.badStartup");
        }
        pterodactyl.changeStartup(server.pterodactylServerId(), clean);
        transactions.executeWithoutResult(status -> servers.lockById(serverId).ifPresent(locked -> {
            locked.replacePlan(locked.plan().withStartup(clean), clock.instant());
            history.note(locked, "startup_changed", adminId, clean);
        }));
    }

    /** The startup command the server runs with: its plan's, or else its egg's (cached); null when unknown. */
    String startupOf(ServerView server) {
        ServerPlan plan = server.plan();
        if (plan.startup() != null) {
            return plan.startup();
        }
        try {
            return pterodactyl.eggDefaults(plan.product().nestId(), plan.eggId()).startup();
        } catch (PterodactylFailure unreachable) {
            return null;
        }
    }

    private GameServer locked(long serverId, ServerState target) {
        GameServer server = servers.lockById(serverId).orElseThrow(() -> Refusal.conflict("admin.server.illegal"));
        if (!server.state().canBecome(target)) {
            throw Refusal.conflict("admin.server.illegal");
        }
        return server;
    }
}
