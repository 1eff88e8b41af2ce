package io.pteroca.panel.server;

import io.pteroca.panel.catalog.NodeCapacity;
import io.pteroca.panel.catalog.ProductDefinition;
import io.pteroca.panel.mail.MailType;
import io.pteroca.panel.pterodactyl.PterodactylAccounts;
import io.pteroca.panel.pterodactyl.PterodactylFailure;
import io.pteroca.panel.pterodactyl.PterodactylInventory.NodeInfo;
import io.pteroca.panel.pterodactyl.PterodactylServers;
import io.pteroca.panel.pterodactyl.PterodactylServers.ServerInfo;
import io.pteroca.panel.pterodactyl.ServerRequest;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Creates a paid server in Pterodactyl and follows its installation, one resumable step per call: PENDING →
 * PROVISIONING (place and create, with {@code external_id}) → INSTALLING → ACTIVE. A crash or a timeout anywhere
 * is picked up by the next call; transient errors back off; a permanent error or too many attempts hand the server
 * to {@link ServerRemoval} for deletion and a full refund.
 */
@Service
class Provisioner {

    private static final Logger log = LoggerFactory.getLogger(Provisioner.class);
    /** How long one worker may hold a server before another may take it over (a crashed worker's lease runs out). */
    private static final Duration LEASE = Duration.ofMinutes(2);
    /** Most installs end within half a minute: look every second meanwhile, so the server is usable at once. */
    private static final Duration FIRST_INSTALL_CHECKS = Duration.ofSeconds(1);
    private static final Duration FAST_CHECKS_FOR = Duration.ofSeconds(30);
    private static final Duration INSTALL_CHECK = Duration.ofSeconds(5);
    private static final Duration MAX_INSTALL_CHECK = Duration.ofMinutes(1);
    private static final Duration MAX_INSTALL = Duration.ofHours(1);

    private final GameServerRepository servers;
    private final PterodactylServers pterodactyl;
    private final PterodactylAccounts accounts;
    private final NodeCapacity capacity;
    private final ServerHistory history;
    private final ServerMails mails;
    private final ServerSettings settings;
    private final ServerRemoval removal;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final Duration retryBase;

    Provisioner(GameServerRepository servers, PterodactylServers pterodactyl, PterodactylAccounts accounts,
                NodeCapacity capacity, ServerHistory history, ServerMails mails, ServerSettings settings,
                ServerRemoval removal, TransactionTemplate transactions, Clock clock,
                @Value("${pteroca.servers.retry-base:PT30S}") Duration retryBase) {
        this.servers = servers;
        this.pterodactyl = pterodactyl;
        this.accounts = accounts;
        this.capacity = capacity;
        this.history = history;
        this.mails = mails;
        this.settings = settings;
        this.removal = removal;
        this.transactions = transactions;
        this.clock = clock;
        this.retryBase = retryBase;
    }

    /** Takes the server one step further if it is due; safe to call from several places at once. */
    void advance(long serverId) {
        GameServer claimed = transactions.execute(status -> claim(serverId));
        if (claimed == null) {
            return;
        }
        try {
            if (claimed.state() == ServerState.PROVISIONING) {
                create(claimed);
            } else {
                followInstallation(claimed);
            }
        } catch (RuntimeException e) {
            failed(serverId, e);
        }
    }

    /** Locks the row, checks the server is due, and leases it to this worker. */
    private GameServer claim(long serverId) {
        GameServer server = servers.lockById(serverId).orElse(null);
        if (server == null || !(server.state() == ServerState.PENDING || server.state() == ServerState.PROVISIONING
                || server.state() == ServerState.INSTALLING)
                || server.nextAttemptAt() == null || server.nextAttemptAt().isAfter(clock.instant())) {
            return null;
        }
        if (server.state() == ServerState.PENDING) {
            history.transition(server, ServerState.PROVISIONING, null, null);
        }
        server.dueAt(clock.instant().plus(LEASE));
        return server;
    }

    private void create(GameServer server) {
        String externalId = pterodactyl.externalId(server.id());
        // A worker that created the server and crashed before recording it left it behind: find it first.
        Optional<ServerInfo> existing = server.attempts() > 0 || server.lastError() != null
                ? pterodactyl.findByExternalId(externalId) : Optional.empty();
        ServerPlan plan = server.plan();
        ServerInfo created = existing.orElseGet(() -> createNew(server, plan, externalId));
        transactions.executeWithoutResult(status -> servers.lockById(server.id())
                .filter(locked -> locked.state() == ServerState.PROVISIONING).ifPresent(locked -> {
            locked.created(created.id(), created.identifier(), created.nodeId(), created.address(), clock.instant());
            history.transition(locked, ServerState.INSTALLING, null, "Pterodactyl server " + created.identifier());
            locked.dueAt(clock.instant().plus(FIRST_INSTALL_CHECKS));
        }));
    }

    private ServerInfo createNew(GameServer server, ServerPlan plan, String externalId) {
        int owner = accounts.userOf(server.ownerId())
                .orElseThrow(() -> new TransientProblem("the owner's Pterodactyl account is not linked yet"));
        ProductDefinition product = plan.product();
        List<NodeInfo> nodes = capacity.nodesWithRoom(product).stream()
                .filter(node -> plan.locationId() == null || node.locationId() == plan.locationId()).toList();
        if (nodes.isEmpty()) {
            throw new PermanentProblem("no eligible node has room for the plan");
        }
        ServerRequest request = new ServerRequest(server.name(), owner, externalId, plan.productName(), plan.eggSetup(),
                plan.limits());
        if (!product.nodeTags().isEmpty() && pterodactyl.pelican()) {
            // Pelican places it on a tagged node with room itself (there are no locations to choose from).
            ServerInfo created = pterodactyl.deployByTags(List.copyOf(new java.util.TreeSet<>(product.nodeTags())), request);
            capacity.placed(created.nodeId(), product.resources().memory(), product.resources().disk());
            return created;
        }
        for (NodeInfo node : nodes) {
            Optional<ServerInfo> created = pterodactyl.createOn(node.id(), request);
            if (created.isPresent()) {
                capacity.placed(node.id(), product.resources().memory(), product.resources().disk());
                return created.get();
            }
        }
        throw new PermanentProblem("no eligible node has a free port");
    }

    private void followInstallation(GameServer server) {
        ServerInfo info = pterodactyl.find(server.pterodactylServerId())
                .orElseThrow(() -> new PermanentProblem("the server disappeared from Pterodactyl while installing"));
        if (info.installFailed()) {
            throw new PermanentProblem("Pterodactyl could not install the server");
        }
        transactions.executeWithoutResult(status -> servers.lockById(server.id()).ifPresent(locked -> {
            if (info.installing()) {
                if (locked.createdAt().plus(MAX_INSTALL).isBefore(clock.instant())) {
                    throw new PermanentProblem("the installation took longer than " + MAX_INSTALL.toMinutes() + " minutes");
                }
                locked.dueAt(clock.instant().plus(nextInstallCheck(locked)));
                return;
            }
            locked.startFirstPeriod(clock.instant());
            locked.settled();
            history.transition(locked, ServerState.ACTIVE, null, null);
            mails.toOwner(locked, MailType.SERVER_READY, locked.address() == null ? "" : locked.address());
        }));
    }

    /**
     * Installs take seconds to many minutes: look every second for the first half minute, then after a quarter of the
     * time spent so far (5 s to 1 min), so a long install costs a handful of calls, not one every few seconds.
     */
    private Duration nextInstallCheck(GameServer server) {
        Duration spent = Duration.between(server.createdAt(), clock.instant());
        if (spent.compareTo(FAST_CHECKS_FOR) < 0) {
            return FIRST_INSTALL_CHECKS;
        }
        Duration quarter = spent.dividedBy(4);
        return quarter.compareTo(INSTALL_CHECK) < 0 ? INSTALL_CHECK : quarter.compareTo(MAX_INSTALL_CHECK) > 0 ? MAX_INSTALL_CHECK : quarter;
    }

    private void failed(long serverId, RuntimeException e) {
        boolean permanent = e instanceof PermanentProblem || e instanceof PterodactylFailure failure && failure.permanent();
        boolean gaveUp = Boolean.TRUE.equals(transactions.execute(status -> servers.lockById(serverId).map(server -> {
            if (!server.state().settingUp()) {
                return false;
            }
            if (permanent || server.attempts() + 1 >= settings.provisioningAttempts()) {
                history.note(server, "provisioning_failed", null, e.getMessage());
                server.giveUp(e.getMessage(), clock.instant());
                return true;
            }
            server.retryAfter(e.getMessage(), retryBase, clock.instant());
            history.note(server, "provisioning_retry", null, e.getMessage());
            return false;
        }).orElse(false)));
        log.warn("Provisioning server {} failed ({}): {}", serverId, gaveUp ? "giving up, refunding" : "will retry", e.toString());
        if (gaveUp) {
            removal.advance(serverId);
        }
    }

    /** Worth another try later (Pterodactyl busy, owner not linked yet). */
    static class TransientProblem extends RuntimeException {

        TransientProblem(String message) {
            super(message);
        }
    }

    /** No retry can fix it: the plan cannot be placed or Pterodactyl refused the server. */
    static class PermanentProblem extends RuntimeException {

        PermanentProblem(String message) {
            super(message);
        }
    }
}
