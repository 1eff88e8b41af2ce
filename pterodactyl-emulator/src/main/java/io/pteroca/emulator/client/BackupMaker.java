package io.pteroca.emulator.client;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

import io.pteroca.emulator.http.ApiException;
import io.pteroca.emulator.state.Backup;
import io.pteroca.emulator.state.EmulatorState;
import io.pteroca.emulator.state.Server;

/** Starts a backup that the simulated Wings completes after the install delay: for the backup route and backup tasks. */
final class BackupMaker {

    private static final DateTimeFormatter BACKUP_NAME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneOffset.UTC);

    private final ClientContext context;
    private final EmulatorState state;

    BackupMaker(ClientContext context) {
        this.context = context;
        this.state = context.state;
    }

    /** At the server's limit a backup task (override) drops the oldest unlocked backup; the route answers 400. */
    Backup start(Server server, String name, String ignored, boolean locked, boolean override) {
        List<Backup> kept = state.backupsOf(server).stream().filter(b -> b.successful || b.completesAt != null).toList();
        if (kept.size() >= server.backupLimit) {
            Backup oldest = override ? kept.stream().filter(b -> !b.locked && b.successful).findFirst().orElse(null) : null;
            if (oldest == null) {
                throw new ApiException(400, "TooManyBackupsException",
                        "Cannot create a new backup, this server has reached its limit of " + server.backupLimit + " backups.");
            }
            oldest.deleted = true;
        }
        context.callWings(server);
        Backup backup = new Backup();
        backup.id = state.nextId("backups");
        backup.serverId = server.id;
        backup.uuid = state.uuid();
        backup.createdAt = state.now();
        backup.name = name == null || name.isBlank() ? "Backup at " + BACKUP_NAME.format(backup.createdAt) : name;
        if (ignored != null) {
            for (String line : ignored.split("\n")) {
                if (!line.trim().isEmpty()) {
                    backup.ignoredFiles.add(line.trim());
                }
            }
        }
        backup.locked = locked;
        state.completeLater(backup);
        state.backups.put(backup.id, backup);
        return backup;
    }
}
