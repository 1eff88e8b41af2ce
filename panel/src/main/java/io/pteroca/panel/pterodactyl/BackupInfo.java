package io.pteroca.panel.pterodactyl;

import io.pteroca.pterodactyl.client.model.Backup;
import java.time.OffsetDateTime;

/** A backup of a server; {@code completedAt} is null while it is being made, {@code bytes} its size. */
public record BackupInfo(String uuid, String name, boolean locked, long bytes, OffsetDateTime createdAt,
                         OffsetDateTime completedAt) {

    static BackupInfo of(Backup backup) {
        return new BackupInfo(backup.uuid(), backup.name(), backup.locked(), backup.bytes(), backup.createdAt(),
                backup.completedAt());
    }
}
