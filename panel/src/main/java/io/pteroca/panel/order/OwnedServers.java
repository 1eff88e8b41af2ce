package io.pteroca.panel.order;

import io.pteroca.panel.server.ServerView;
import io.pteroca.panel.server.Servers;
import io.pteroca.panel.shared.CurrentUser;
import io.pteroca.panel.shared.Refusal;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * The server for a page only its owner may use (changing the plan, cancelling): strangers get a 404 and learn nothing,
 * subusers and admins a 403, since neither may spend or end what the owner pays for.
 */
@Component
class OwnedServers {

    private final Servers servers;

    OwnedServers(Servers servers) {
        this.servers = servers;
    }

    ServerView forOwner(Authentication user, long serverId) {
        ServerView server = servers.forPage(user, serverId);
        if (server.ownerId() != CurrentUser.id(user)) {
            throw Refusal.forbidden("planChange.ownerOnly");
        }
        return server;
    }
}
