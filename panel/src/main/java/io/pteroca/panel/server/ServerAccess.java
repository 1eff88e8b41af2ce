package io.pteroca.panel.server;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Who may do what on a server, decided here before anything is sent to Pterodactyl: the owner everything, a subuser
 * exactly the Pterodactyl permissions they were given (our mirror of them), anyone else nothing.
 */
@Component
class ServerAccess {

    private final ServerSubuserRepository subusers;

    ServerAccess(ServerSubuserRepository subusers) {
        this.subusers = subusers;
    }

    boolean permits(ServerView server, long accountId, String permission) {
        if (server.ownerId() == accountId) {
            return true;
        }
        List<String> granted = subusers.findByServerIdAndAccountId(server.id(), accountId).map(ServerSubuser::permissions)
                .orElse(List.of());
        return granted.contains(permission);
    }

    /** The permissions this account holds on the server: all of them for the owner, the mirrored ones for a subuser. */
    Set<String> granted(ServerView server, long accountId) {
        if (server.ownerId() == accountId) {
            return Subusers.PERMISSIONS.values().stream().flatMap(List::stream).collect(Collectors.toUnmodifiableSet());
        }
        return Set.copyOf(subusers.findByServerIdAndAccountId(server.id(), accountId).map(ServerSubuser::permissions)
                .orElse(List.of()));
    }

    /** Throws the refusal when the server cannot be acted on now, or this account lacks the permission. */
    void require(ServerView server, long accountId, String permission) {
        if (!usable(server)) {
            throw new OrderRefused("server.notNow");
        }
        if (!permits(server, accountId, permission)) {
            throw new OrderRefused("server.forbidden");
        }
    }

    /** Running as paid: actions on the server itself are possible (not while suspended, setting up or gone). */
    static boolean usable(ServerView server) {
        return server.identifier() != null && (server.state() == ServerState.ACTIVE || server.state() == ServerState.EXPIRED);
    }
}
