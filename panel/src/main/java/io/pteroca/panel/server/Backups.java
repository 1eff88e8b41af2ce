package io.pteroca.panel.server;

import io.pteroca.panel.pterodactyl.PterodactylServers;
import io.pteroca.pterodactyl.client.model.Backup;
import io.pteroca.pterodactyl.client.model.NewBackup;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A server's backups: list, create within the plan's limit, download, lock/unlock, restore, delete. Each action
 * needs its Pterodactyl permission (checked here first) and goes out with the owner's key; changes are logged.
 */
@Service
class Backups {

    private final GameServerRepository servers;
    private final ServerAccess access;
    private final PterodactylServers pterodactyl;
    private final ServerHistory history;
    private final TransactionTemplate transactions;

    Backups(GameServerRepository servers, ServerAccess access, PterodactylServers pterodactyl, ServerHistory history,
            TransactionTemplate transactions) {
        this.servers = servers;
        this.access = access;
        this.pterodactyl = pterodactyl;
        this.history = history;
        this.transactions = transactions;
    }

    List<Backup> list(ServerView server, long accountId) {
        allowed(server, accountId, "backup.read");
        return pterodactyl.backups(server.ownerId(), server.identifier());
    }

    void create(ServerView server, long accountId, String name, String ignored) {
        allowed(server, accountId, "backup.create");
        int limit = server.plan().product().featureLimits().backups();
        if (pterodactyl.backups(server.ownerId(), server.identifier()).size() >= limit) {
            throw new OrderRefused("backup.limit", limit);
        }
        String cleanName = name == null || name.isBlank() ? null : name.strip();
        if (cleanName != null && cleanName.length() > 191 || ignored != null && ignored.length() > 5000) {
            throw new OrderRefused("backup.invalid");
        }
        pterodactyl.backupsAs(server.ownerId()).create(server.identifier(),
                new NewBackup(cleanName, null, ignored == null || ignored.isBlank() ? null : ignored));
        log(server, accountId, "backup_created", cleanName);
    }

    void toggleLock(ServerView server, long accountId, String backup) {
        allowed(server, accountId, "backup.delete");
        pterodactyl.backupsAs(server.ownerId()).toggleLock(server.identifier(), backup);
        log(server, accountId, "backup_lock_toggled", backup);
    }

    void restore(ServerView server, long accountId, String backup, boolean truncate) {
        allowed(server, accountId, "backup.restore");
        pterodactyl.backupsAs(server.ownerId()).restore(server.identifier(), backup, truncate);
        log(server, accountId, "backup_restored", backup + (truncate ? " (files deleted first)" : ""));
    }

    void delete(ServerView server, long accountId, String backup) {
        allowed(server, accountId, "backup.delete");
        pterodactyl.backupsAs(server.ownerId()).delete(server.identifier(), backup);
        log(server, accountId, "backup_deleted", backup);
    }

    String downloadUrl(ServerView server, long accountId, String backup) {
        allowed(server, accountId, "backup.download");
        String url = pterodactyl.backupsAs(server.ownerId()).downloadUrl(server.identifier(), backup);
        log(server, accountId, "backup_downloaded", backup);
        return url;
    }

    private void allowed(ServerView server, long accountId, String permission) {
        if (!ServerAccess.usable(server)) {
            throw new OrderRefused("backup.notNow");
        }
        if (!access.permits(server, accountId, permission)) {
            throw new OrderRefused("backup.forbidden");
        }
    }

    private void log(ServerView server, long accountId, String event, String detail) {
        transactions.executeWithoutResult(status -> servers.findById(server.id())
                .ifPresent(s -> history.note(s, event, accountId, detail)));
    }
}
