package io.pteroca.panel.server;

import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * What other features may know of a server a given account may see (owner, subuser or admin): for pages outside
 * this package that belong to a server, such as plugin tabs. Strangers get nothing.
 */
@Component
public class ServerSummary {

    private final Servers servers;

    ServerSummary(Servers servers) {
        this.servers = servers;
    }

    /** A server as seen by one account. */
    public record Seen(long id, String name, String identifier, String state, long ownerId) {
    }

    public Optional<Seen> visibleTo(long accountId, long serverId) {
        return servers.visibleTo(accountId, serverId)
                .map(s -> new Seen(s.id(), s.name(), s.identifier(), s.state().name(), s.ownerId()));
    }
}
