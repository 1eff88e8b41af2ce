package io.pteroca.panel.manage;

import io.pteroca.panel.pterodactyl.BackupInfo;
import io.pteroca.panel.pterodactyl.ServersAsOwner;
import io.pteroca.panel.server.ServerAccess;
import io.pteroca.panel.server.ServerHistory;
import io.pteroca.panel.server.ServerView;
import io.pteroca.panel.shared.Refusal;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * A server's backups: list, create within the plan's limit, download, lock/unlock, restore, delete. Each action
 * needs its Pterodactyl permission (checked here first) and goes out with the owner's key; changes are logged.
 */
@Service
class Backups {

    private final ServerAccess access;
    private final ServersAsOwner pterodactyl;
    private final ServerHistory history;

    Backups(ServerAccess access, ServersAsOwner pterodactyl, ServerHistory history) {
        this.access = access;
        this.pterodactyl = pterodactyl;
        this.history = history;
    }

    List<BackupInfo> list(ServerView server, long accountId) {
        access.require(server, accountId, "backup.read");
        return pterodactyl.backups(server.ownerId(), server.identifier());
    }

    void create(ServerView server, long accountId, String name, String ignored) {
        access.require(server, accountId, "backup.create");
        int limit = server.plan().product().featureLimits().backups();
        if (pterodactyl.backups(server.ownerId(), server.identifier()).size() >= limit) {
            throw new Refusal("backup.limit");
        }
        String cleanName = name == null || name.isBlank() ? null : name.strip();
        if (cleanName != null && cleanName.length() > 191 || ignored != null && ignored.length() > 5000) {
            throw new Refusal("backup.invalid");
        }
        pterodactyl.createBackup(server.ownerId(), server.identifier(), cleanName,
                ignored == null || ignored.isBlank() ? null : ignored);
        history.note(server.id(), "backup_created", accountId, cleanName);
    }

    void toggleLock(ServerView server, long accountId, String backup) {
        access.require(server, accountId, "backup.delete");
        pterodactyl.toggleBackupLock(server.ownerId(), server.identifier(), backup);
        history.note(server.id(), "backup_lock_toggled", accountId, backup);
    }

    void restore(ServerView server, long accountId, String backup, boolean truncate) {
        access.require(server, accountId, "backup.restore");
        pterodactyl.restoreBackup(server.ownerId(), server.identifier(), backup, truncate);
        history.note(server.id(), "backup_restored", accountId, backup + (truncate ? " (files deleted first)" : ""));
    }

    void delete(ServerView server, long accountId, String backup) {
        access.require(server, accountId, "backup.delete");
        pterodactyl.deleteBackup(server.ownerId(), server.identifier(), backup);
        history.note(server.id(), "backup_deleted", accountId, backup);
    }

    String downloadUrl(ServerView server, long accountId, String backup) {
        access.require(server, accountId, "backup.download");
        String url = pterodactyl.backupDownloadUrl(server.ownerId(), server.identifier(), backup);
        history.note(server.id(), "backup_downloaded", accountId, backup);
        return url;
    }
}
