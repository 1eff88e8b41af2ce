package io.pteroca.panel.server;

import io.pteroca.panel.pterodactyl.PterodactylAccounts;
import io.pteroca.panel.pterodactyl.PterodactylServers;
import io.pteroca.panel.pterodactyl.PterodactylServers.ServerInfo;
import io.pteroca.panel.shared.work.ItemFailure;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Compares our servers with Pterodactyl's, hourly: a suspension that differs is repaired (the sync then makes
 * Pterodactyl follow our state); a server gone from Pterodactyl, owned by someone else there, carrying another
 * panel's id, or with other limits than its plan is flagged for an admin (told once per new finding), because only a
 * person can tell a mistake from a deliberate change (an admin who raised a customer's memory in Pterodactyl meant it). Pterodactyl servers with our id and no live record are flagged in the log. Shared servers'
 * subusers are then read back from Pterodactyl (one call each) so permissions changed there hold here too.
 */
@Component
class Reconciliation {

    private static final Logger log = LoggerFactory.getLogger(Reconciliation.class);
    /** The finding for a server Pterodactyl no longer has; pages tell the customer so. */
    static final String GONE = "gone from Pterodactyl";
    private static final int PAGE = 100;

    private final GameServerRepository servers;
    private final PterodactylServers pterodactyl;
    private final PterodactylAccounts accounts;
    private final ServerHistory history;
    private final ServerMails mails;
    private final TransactionTemplate transactions;
    private final Subusers subusers;

    Reconciliation(GameServerRepository servers, PterodactylServers pterodactyl, PterodactylAccounts accounts,
                   ServerHistory history, ServerMails mails, TransactionTemplate transactions, Subusers subusers) {
        this.subusers = subusers;
        this.servers = servers;
        this.pterodactyl = pterodactyl;
        this.accounts = accounts;
        this.history = history;
        this.mails = mails;
        this.transactions = transactions;
    }

    @Scheduled(fixedDelayString = "${pteroca.servers.reconciliation-interval:PT1H}",
            initialDelayString = "${pteroca.servers.reconciliation-initial-delay:PT5M}")
    @SchedulerLock(name = "server-reconciliation", lockAtLeastFor = "PT1M")
    void tick() {
        if (pterodactyl.configured()) {
            reconcile();
        }
    }

    /**
     * One pass; returns how many servers have an open finding. Pterodactyl's servers are read a page at a time and
     * compared as they arrive, so memory stays bounded by the page, not by the installation.
     */
    int reconcile() {
        // Taken before the listing, so a server provisioned during the pass cannot be taken for one gone missing.
        int open = compare(servers.managedInPterodactyl());
        subusers.refreshShared();
        return open;
    }

    /**
     * Compares Pterodactyl's whole list with our records; {@code expected} are the servers that must be in it, so any of
     * them not listed is gone. Returns how many servers have an open finding.
     */
    int compare(java.util.Collection<Long> expected) {
        // Sorted ids and a bit each, not a set of boxed ids: 100,000 servers take under 1 MB instead of several.
        long[] ids = expected.stream().mapToLong(Long::longValue).sorted().toArray();
        BitSet seen = new BitSet(ids.length);
        int[] open = {0};
        pterodactyl.forEachPage(PAGE, page -> {
            Map<Integer, ServerInfo> byId = page.stream().collect(Collectors.toMap(ServerInfo::id, Function.identity()));
            for (GameServer server : servers.findByPterodactylServerIdIn(byId.keySet())) {
                int index = Arrays.binarySearch(ids, server.id());
                if (index >= 0) {
                    seen.set(index);
                }
                open[0] += agrees(server, byId) ? (relevant(server) && server.drift() != null ? 1 : 0)
                        : checkSafely(server.id(), byId);
            }
            Set<Integer> live = servers.liveAmong(byId.keySet());
            page.stream().filter(server -> pterodactyl.ours(server.externalId())).filter(server -> !live.contains(server.id()))
                    .forEach(orphan -> log.warn("Pterodactyl server {} ({}) carries this panel's id but no live record: check it",
                            orphan.id(), orphan.externalId()));
        });
        // Only a complete listing may say a server is gone: a failed page above has thrown before this point.
        for (int index = seen.nextClearBit(0); index < ids.length; index = seen.nextClearBit(index + 1)) {
            open[0] += checkSafely(ids[index], Map.of());
        }
        return open[0];
    }

    private int checkSafely(long id, Map<Integer, ServerInfo> inPterodactyl) {
        try {
            return check(id, inPterodactyl) ? 1 : 0;
        } catch (Throwable e) {
            ItemFailure.rethrowIfFatal(e);
            log.error("Reconciling server {} failed", id, e);
            return 0;
        }
    }

    /**
     * Checks one server at once, as the hourly pass would: a call just found it missing in Pterodactyl. Returns the
     * open finding ({@link #GONE} when Pterodactyl no longer has it), or null when Pterodactyl agrees with us.
     */
    String checkNow(long id) {
        Integer pterodactylId = servers.findById(id).map(GameServer::pterodactylServerId).orElse(null);
        if (pterodactylId == null) {
            return null;
        }
        Map<Integer, ServerInfo> actual = pterodactyl.find(pterodactylId).map(found -> Map.of(found.id(), found)).orElse(Map.of());
        check(id, actual);
        return servers.findById(id).map(GameServer::drift).orElse(null);
    }

    /**
     * Read without a lock: nothing would be written, because Pterodactyl agrees with the record or the finding is the
     * one already noted. Most servers agree, so most need no transaction.
     */
    private boolean agrees(GameServer server, Map<Integer, ServerInfo> inPterodactyl) {
        if (!relevant(server)) {
            return true;
        }
        ServerInfo actual = inPterodactyl.get(server.pterodactylServerId());
        String finding = finding(server, actual);
        boolean suspensionDiffers = finding == null && actual != null && actual.suspended() != server.suspendedInPanel();
        return !suspensionDiffers && Objects.equals(finding, server.drift());
    }

    private static boolean relevant(GameServer server) {
        return server.state().live() && !server.state().settingUp() && server.state() != ServerState.DELETING;
    }

    private boolean check(long id, Map<Integer, ServerInfo> inPterodactyl) {
        return Boolean.TRUE.equals(transactions.execute(status -> servers.lockById(id).map(server -> {
            if (!relevant(server)) {
                return false;
            }
            ServerInfo actual = inPterodactyl.get(server.pterodactylServerId());
            String finding = finding(server, actual);
            if (finding == null && actual != null && actual.suspended() != server.suspendedInPanel()) {
                // Someone (un)suspended it in Pterodactyl: note what it is, so the sync makes it what it should be.
                server.panelSuspension(actual.suspended());
                history.note(server, "suspension_differed", null, actual.suspended() ? "suspended in Pterodactyl" : "running");
            }
            if (server.drift(finding)) {
                history.note(server, "drift", null, finding);
                mails.toAdmins(server, finding);
            }
            return finding != null;
        }).orElse(false)));
    }

    private String finding(GameServer server, ServerInfo actual) {
        if (actual == null) {
            return GONE;
        }
        if (actual.externalId() != null && !actual.externalId().equals(pterodactyl.externalId(server.id()))
                && actual.externalId().startsWith("pteroca-")) {
            return "managed by another panel (" + actual.externalId() + ")";
        }
        Optional<Integer> owner = accounts.userOf(server.ownerId());
        if (owner.isPresent() && owner.get() != actual.userId()) {
            return "owned by Pterodactyl user " + actual.userId() + " instead of " + owner.get();
        }
        return LimitsDifference.between(server.plan().limits(), actual.limits());
    }
}
