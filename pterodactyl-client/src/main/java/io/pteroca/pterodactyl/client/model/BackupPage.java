package io.pteroca.pterodactyl.client.model;

import io.pteroca.pterodactyl.page.Page;

/** A page of backups plus {@code meta.backup_count} (backups that did not fail). */
public record BackupPage(Page<Backup> page, int backupCount) {
}
