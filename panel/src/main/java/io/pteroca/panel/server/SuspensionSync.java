package io.pteroca.panel.server;

import io.pteroca.panel.pterodactyl.PterodactylServers;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Makes Pterodactyl's suspension follow the server's state. Our record changes first (in the transaction that
 * charged or expired it); this then tells Pterodactyl and remembers what it told, so a failed call is simply
 * repeated by the next job tick.
 */
@Service
class SuspensionSync {

    private static final Logger log = LoggerFactory.getLogger(SuspensionSync.class);

    private final GameServerRepository servers;
    private final PterodactylServers pterodactyl;
    private final ServerHistory history;
    private final TransactionTemplate transactions;
    private final Clock clock;

    SuspensionSync(GameServerRepository servers, PterodactylServers pterodactyl, ServerHistory history,
                   TransactionTemplate transactions, Clock clock) {
        this.servers = servers;
        this.pterodactyl = pterodactyl;
        this.history = history;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** True when Pterodactyl now agrees with the state (or there was nothing to do). */
    boolean sync(long serverId) {
        GameServer server = servers.findById(serverId).orElse(null);
        if (server == null || server.pterodactylServerId() == null || server.state() == ServerState.DELETING
                || server.state() == ServerState.DELETED || server.state() == ServerState.FAILED) {
            return true;
        }
        boolean wanted = server.state().suspendedInPanel();
        if (wanted == server.suspendedInPanel()) {
            return true;
        }
        try {
            if (wanted) {
                pterodactyl.suspend(server.pterodactylServerId());
            } else {
                pterodactyl.unsuspend(server.pterodactylServerId());
            }
        } catch (RuntimeException e) {
            log.warn("Could not {} server {} in Pterodactyl, will retry: {}", wanted ? "suspend" : "unsuspend", serverId,
                    e.toString());
            return false;
        }
        transactions.executeWithoutResult(status -> servers.lockById(serverId).ifPresent(locked -> {
            locked.panelSuspension(wanted);
            history.note(locked, wanted ? "suspended_in_pterodactyl" : "unsuspended_in_pterodactyl", null, null);
        }));
        return true;
    }
}
