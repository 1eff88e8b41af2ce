package io.pteroca.panel.server;

import io.pteroca.panel.pterodactyl.PterodactylServers;
import io.pteroca.panel.shared.UtcColumns;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
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

    private final JdbcTemplate jdbc;
    private final PterodactylServers pterodactyl;
    private final ServerHistory history;
    private final TransactionTemplate transactions;
    private final Clock clock;

    SuspensionSync(JdbcTemplate jdbc, PterodactylServers pterodactyl, ServerHistory history,
                   TransactionTemplate transactions, Clock clock) {
        this.jdbc = jdbc;
        this.pterodactyl = pterodactyl;
        this.history = history;
        this.transactions = transactions;
        this.clock = clock;
    }

    /**
     * True when Pterodactyl now agrees with the state (or there was nothing to do). The server is leased while its
     * call is under way, so the job and an after-commit sync never both call Pterodactyl for it.
     * <p>
     * Claim and record are plain JDBC, a locked read and an update each (the version bumped as Hibernate would, so an
     * entity read before them cannot overwrite them): at the first of the month this runs once per expired server at
     * Pterodactyl's rate, and loading and flushing the whole entity twice per call cost more CPU than the call itself.
     */
    boolean sync(long serverId) {
        Claim claim = transactions.execute(status -> claim(serverId));
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
            transactions.executeWithoutResult(status -> jdbc.update(
                    "UPDATE game_server SET next_attempt_at = ?, version = version + 1 WHERE id = ?",
                    UtcColumns.utc(clock.instant().plus(RETRY)), serverId));
            return false;
        }
        recordTold(serverId, wanted);
        return true;
    }

    /** Leases the server if Pterodactyl does not agree with it and no one else is telling it; null otherwise. */
    private Claim claim(long serverId) {
        List<Claim> found = jdbc.query("SELECT state, suspended_in_panel, pterodactyl_server_id, next_attempt_at "
                + "FROM game_server WHERE id = ? FOR UPDATE", (rs, row) -> {
                    ServerState state = ServerState.valueOf(rs.getString(1));
                    boolean told = rs.getBoolean(2);
                    int pterodactylId = rs.getInt(3);
                    Integer pterodactylServerId = rs.wasNull() ? null : pterodactylId;
                    Instant next = UtcColumns.instant(rs, 4);
                    return outOfSync(state, told, pterodactylServerId, next)
                            ? new Claim(pterodactylServerId, state.suspendedInPanel()) : null;
                }, serverId);
        Claim claim = found.isEmpty() ? null : found.get(0);
        if (claim != null) {
            jdbc.update("UPDATE game_server SET next_attempt_at = ?, version = version + 1 WHERE id = ?",
                    UtcColumns.utc(clock.instant().plus(LEASE)), serverId);
        }
        return claim;
    }

    /**
     * Remembers what Pterodactyl was told. Tried again if the database refuses once (a lock wait that timed out), since
     * an outcome not recorded means the same call again once the lease ends.
     */
    private void recordTold(long serverId, boolean suspended) {
        for (int attempt = 1; ; attempt++) {
            try {
                transactions.executeWithoutResult(status -> {
                    int updated = jdbc.update("UPDATE game_server SET suspended_in_panel = ?, next_attempt_at = NULL, "
                            + "last_error = NULL, version = version + 1 WHERE id = ?", suspended, serverId);
                    if (updated == 1) {
                        ServerHistory.Batch line = history.batch();
                        line.note(serverId, suspended ? "suspended_in_pterodactyl" : "unsuspended_in_pterodactyl", null, null);
                        line.write();
                    }
                });
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

    private boolean outOfSync(ServerState state, boolean suspendedInPanel, Integer pterodactylServerId, Instant nextAttemptAt) {
        return pterodactylServerId != null && !state.settingUp() && state != ServerState.DELETING
                && state.live()
                && state.suspendedInPanel() != suspendedInPanel
                && (nextAttemptAt == null || !nextAttemptAt.isAfter(clock.instant()));
    }
}
