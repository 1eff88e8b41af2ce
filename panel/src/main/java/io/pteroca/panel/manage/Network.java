package io.pteroca.panel.manage;

import io.pteroca.panel.pterodactyl.PortInfo;
import io.pteroca.panel.pterodactyl.ServersAsOwner;
import io.pteroca.panel.server.ServerAccess;
import io.pteroca.panel.server.ServerHistory;
import io.pteroca.panel.server.ServerView;
import io.pteroca.panel.shared.Refusal;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * A server's ports: list, add one within the plan's limit (the limit counts the main port, as Pterodactyl's does),
 * notes, make primary, delete any but the primary. Permissions are checked here first; calls use the owner's key.
 */
@Service
class Network {

    private final ServerAccess access;
    private final ServersAsOwner pterodactyl;
    private final ServerHistory history;

    Network(ServerAccess access, ServersAsOwner pterodactyl, ServerHistory history) {
        this.access = access;
        this.pterodactyl = pterodactyl;
        this.history = history;
    }

    List<PortInfo> list(ServerView server, long accountId) {
        access.require(server, accountId, "allocation.read");
        return pterodactyl.ports(server.ownerId(), server.identifier());
    }

    void add(ServerView server, long accountId) {
        access.require(server, accountId, "allocation.create");
        if (pterodactyl.ports(server.ownerId(), server.identifier()).size()
                >= server.plan().product().featureLimits().allocations()) {
            throw new Refusal("network.limit");
        }
        PortInfo added = pterodactyl.addPort(server.ownerId(), server.identifier());
        history.note(server.id(), "allocation_added", accountId, added.address());
    }

    void notes(ServerView server, long accountId, int allocation, String notes) {
        access.require(server, accountId, "allocation.update");
        if (notes != null && notes.length() > 255) {
            throw new Refusal("network.notesTooLong");
        }
        pterodactyl.setPortNotes(server.ownerId(), server.identifier(), allocation,
                notes == null || notes.isBlank() ? null : notes.strip());
    }

    void makePrimary(ServerView server, long accountId, int allocation) {
        access.require(server, accountId, "allocation.update");
        PortInfo primary = pterodactyl.makePrimary(server.ownerId(), server.identifier(), allocation);
        history.note(server.id(), "allocation_primary", accountId, primary.address());
    }

    void delete(ServerView server, long accountId, int allocation) {
        access.require(server, accountId, "allocation.delete");
        boolean primary = pterodactyl.ports(server.ownerId(), server.identifier()).stream()
                .anyMatch(a -> a.id() == allocation && a.primary());
        if (primary) {
            throw new Refusal("network.primary.refused");
        }
        pterodactyl.deletePort(server.ownerId(), server.identifier(), allocation);
        history.note(server.id(), "allocation_deleted", accountId, String.valueOf(allocation));
    }
}
