package io.pteroca.panel.server;

import java.time.Clock;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Removes every server of an account being closed: each one that runs goes to DELETING, which stops billing and
 * renewal at once; {@link RemovalWork} then deletes it in Pterodactyl first and records DELETED. Servers still being
 * set up are left to settle first (provisioning may be creating them in Pterodactyl this moment).
 */
@Service
public class OwnerServerRemoval {

    private final GameServerRepository servers;
    private final ServerHistory history;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    OwnerServerRemoval(GameServerRepository servers, ServerHistory history, ApplicationEventPublisher events, Clock clock) {
        this.servers = servers;
        this.history = history;
        this.events = events;
        this.clock = clock;
    }

    /** Starts the removal of what can go now; returns how many of the owner's servers are not gone yet. */
    @Transactional
    public int removeAllOf(long ownerId, Long adminId) {
        int remaining = 0;
        // Ids first, then each row under its lock: removal work may be changing these servers at the same moment.
        for (long id : servers.idsOwnedBy(ownerId)) {
            GameServer server = servers.lockById(id).orElse(null);
            if (server == null || !server.state().live()) {
                continue;
            }
            remaining++;
            if (server.state().renewable()) {
                history.transition(server, ServerState.DELETING, adminId, "the owner's account was closed");
                server.dueAt(clock.instant());
                events.publishEvent(new ServerChanged(server.id()));
            }
        }
        return remaining;
    }

    /** Servers of the owner that still run or are being set up or removed. */
    @Transactional(readOnly = true)
    public long remaining(long ownerId) {
        return servers.findByOwnerIdOrderByIdDesc(ownerId).stream().filter(server -> server.state().live()).count();
    }
}
