package io.pteroca.panel.manage;

import io.pteroca.panel.pterodactyl.DatabaseInfo;
import io.pteroca.panel.pterodactyl.ServersAsOwner;
import io.pteroca.panel.server.ServerAccess;
import io.pteroca.panel.server.ServerHistory;
import io.pteroca.panel.server.ServerView;
import io.pteroca.panel.shared.Refusal;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * A server's databases: list, create within the plan's limit, show credentials on demand, rotate the password,
 * delete. Each needs its Pterodactyl permission (checked here first); calls go out with the owner's key.
 */
@Service
class Databases {

    private final ServerAccess access;
    private final ServersAsOwner pterodactyl;
    private final ServerHistory history;

    Databases(ServerAccess access, ServersAsOwner pterodactyl, ServerHistory history) {
        this.access = access;
        this.pterodactyl = pterodactyl;
        this.history = history;
    }

    /** With {@code passwords}, only for an account allowed to see them. */
    List<DatabaseInfo> list(ServerView server, long accountId, boolean passwords) {
        access.require(server, accountId, passwords ? "database.view_password" : "database.read");
        return pterodactyl.databases(server.ownerId(), server.identifier(), passwords);
    }

    void create(ServerView server, long accountId, String name, String remote) {
        access.require(server, accountId, "database.create");
        int limit = server.plan().product().featureLimits().databases();
        if (pterodactyl.databases(server.ownerId(), server.identifier(), false).size() >= limit) {
            throw new Refusal("database.limit");
        }
        String cleanName = name == null ? "" : name.strip();
        String cleanRemote = remote == null || remote.isBlank() ? "%" : remote.strip();
        if (!cleanName.matches("[A-Za-z0-9_\\-.]{1,48}") || !cleanRemote.matches("[0-9A-Za-z.%:\\-]{1,64}")) {
            throw new Refusal("database.invalid");
        }
        pterodactyl.createDatabase(server.ownerId(), server.identifier(), cleanName, cleanRemote);
        history.note(server.id(), "database_created", accountId, cleanName + " from " + cleanRemote);
    }

    void rotate(ServerView server, long accountId, String database) {
        access.require(server, accountId, "database.update");
        pterodactyl.rotateDatabasePassword(server.ownerId(), server.identifier(), database);
        history.note(server.id(), "database_password_rotated", accountId, database);
    }

    void delete(ServerView server, long accountId, String database) {
        access.require(server, accountId, "database.delete");
        pterodactyl.deleteDatabase(server.ownerId(), server.identifier(), database);
        history.note(server.id(), "database_deleted", accountId, database);
    }
}
