package io.pteroca.panel.server;

import io.pteroca.panel.pterodactyl.PterodactylServers;
import java.time.Clock;
import java.time.Duration;
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
    private static final Duration LEASE = Duration.ofMinutes(1);
    private static final Duration RETRY = Duration.ofSeconds(30);
    private static final int RECORD_ATTEMPTS = 3;

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

    /**
     * True when Pterodactyl now agrees with the state (or there was nothing to do). The server is leased while its
     * call is under way, so the job and an after-commit sync never both call Pterodactyl for it.
     */
    boolean sync(long serverId) {
        Claim claim = transactions.execute(status -> servers.lockById(serverId).filter(this::outOfSync).map(server -> {
            server.dueAt(clock.instant().plus(LEASE));
            return new Claim(server.pterodactylServerId(), server.state().suspendedInPanel());
        }).orElse(null));
        if (claim == null) {
            return true;
        }
        boolean wanted = claim.suspend();
        try {
            if (wanted) {
                pterodactyl.suspend(claim.pterodactylServerId());
            } else {
                pterodactyl.unsuspend(claim.pterodactylServerId());
            }
        } catch (RuntimeException e) {
            log.warn("Could not {} server {} in Pterodactyl, will retry: {}", wanted ? "suspend" : "unsuspend", serverId,
                    e.toString());
            transactions.executeWithoutResult(status -> servers.lockById(serverId)
                    .ifPresent(locked -> locked.dueAt(clock.instant().plus(RETRY))));
            return false;
        }
        recordTold(serverId, wanted);
        return true;
    }

    /**
     * Remembers what Pterodactyl was told. Tried again if the database refuses once (a lock wait that timed out), since
     * an outcome not recorded means the same call again once the lease ends.
     */
    private void recordTold(long serverId, boolean suspended) {
        for (int attempt = 1; ; attempt++) {
            try {
                transactions.executeWithoutResult(status -> servers.lockById(serverId).ifPresent(locked -> {
                    locked.panelSuspension(suspended);
                    locked.settled();
                    history.note(locked, suspended ? "suspended_in_pterodactyl" : "unsuspended_in_pterodactyl", null, null);
                }));
                return;
            } catch (org.springframework.dao.DataAccessException e) {
                if (attempt == RECORD_ATTEMPTS) {
                    throw e;
                }
                log.info("Recording that server {} was told failed, trying again: {}", serverId, e.toString());
            }
        }
    }

    private record Claim(int pterodactylServerId, boolean suspend) {
    }

    private boolean outOfSync(GameServer server) {
        ServerState state = server.state();
        return server.pterodactylServerId() != null && !state.settingUp() && state != ServerState.DELETING
                && state.live()
                && state.suspendedInPanel() != server.suspendedInPanel()
                && (server.nextAttemptAt() == null || !server.nextAttemptAt().isAfter(clock.instant()));
    }
}
