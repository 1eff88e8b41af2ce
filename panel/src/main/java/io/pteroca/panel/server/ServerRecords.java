package io.pteroca.panel.server;

import io.pteroca.panel.catalog.ProductDefinition;
import java.time.Clock;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Our record of a running server following a change already made in Pterodactyl (a rename, another egg), each
 * written with its line in the server's history.
 */
@Service
public class ServerRecords {

    private final GameServerRepository servers;
    private final ServerHistory history;
    private final Clock clock;

    ServerRecords(GameServerRepository servers, ServerHistory history, Clock clock) {
        this.servers = servers;
        this.history = history;
        this.clock = clock;
    }

    @Transactional
    public void renamed(long serverId, String newName, long actorId) {
        servers.lockById(serverId).ifPresent(server -> {
            String before = server.name();
            server.rename(newName, clock.instant());
            history.note(server, "renamed", actorId, before + " → " + newName);
        });
    }

    /** The plan follows the new egg with the environment Pterodactyl was given for it. */
    @Transactional
    public void movedToEgg(long serverId, ProductDefinition.EggChoice egg, Map<String, String> environment, long actorId) {
        servers.lockById(serverId).ifPresent(server -> {
            String before = server.plan().eggName();
            server.replacePlan(server.plan().onEgg(egg, environment), clock.instant());
            history.note(server, "egg_changed", actorId, before + " → " + egg.eggName());
        });
    }
}
