package io.pteroca.panel.manage;

import io.pteroca.panel.pterodactyl.PterodactylServers;
import io.pteroca.panel.server.ServerAccess;
import io.pteroca.panel.server.ServerHistory;
import io.pteroca.panel.server.ServerView;
import io.pteroca.panel.shared.Refusal;
import io.pteroca.pterodactyl.client.model.ClientAllocation;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * A server's ports: list, add one within the plan's limit (the limit counts the main port, as Pterodactyl's does),
 * notes, make primary, delete any but the primary. Permissions are checked here first; calls use the owner's key.
 */
@Service
class Network {

    private final ServerAccess access;
    private final PterodactylServers pterodactyl;
    private final ServerHistory history;

    Network(ServerAccess access, PterodactylServers pterodactyl, ServerHistory history) {
        this.access = access;
        this.pterodactyl = pterodactyl;
        this.history = history;
    }

    List<ClientAllocation> list(ServerView server, long accountId) {
        access.require(server, accountId, "allocation.read");
        return pterodactyl.networkAs(server.ownerId()).list(server.identifier());
    }

    void add(ServerView server, long accountId) {
        access.require(server, accountId, "allocation.create");
        if (pterodactyl.networkAs(server.ownerId()).list(server.identifier()).size()
                >= server.plan().product().featureLimits().allocations()) {
            throw new Refusal("network.limit");
        }
        ClientAllocation added = pterodactyl.networkAs(server.ownerId()).assign(server.identifier());
        history.note(server.id(), "allocation_added", accountId, address(added));
    }

    void notes(ServerView server, long accountId, int allocation, String notes) {
        access.require(server, accountId, "allocation.update");
        if (notes != null && notes.length() > 255) {
            throw new Refusal("network.notesTooLong");
        }
        pterodactyl.networkAs(server.ownerId()).setNotes(server.identifier(), allocation, notes == null || notes.isBlank() ? null : notes.strip());
    }

    void makePrimary(ServerView server, long accountId, int allocation) {
        access.require(server, accountId, "allocation.update");
        ClientAllocation primary = pterodactyl.networkAs(server.ownerId()).makePrimary(server.identifier(), allocation);
        history.note(server.id(), "allocation_primary", accountId, address(primary));
    }

    void delete(ServerView server, long accountId, int allocation) {
        access.require(server, accountId, "allocation.delete");
        boolean primary = pterodactyl.networkAs(server.ownerId()).list(server.identifier()).stream()
                .anyMatch(a -> a.id() == allocation && a.primary());
        if (primary) {
            throw new Refusal("network.primary.refused");
        }
        pterodactyl.networkAs(server.ownerId()).delete(server.identifier(), allocation);
        history.note(server.id(), "allocation_deleted", accountId, String.valueOf(allocation));
    }

    private static String address(ClientAllocation allocation) {
        return (allocation.ipAlias() != null ? allocation.ipAlias() : allocation.ip()) + ":" + allocation.port();
    }
}
