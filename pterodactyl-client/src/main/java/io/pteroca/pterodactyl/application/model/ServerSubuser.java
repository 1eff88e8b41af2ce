package io.pteroca.pterodactyl.application.model;

import java.time.OffsetDateTime;
import java.util.List;

/** Application {@code subuser} (server include {@code subusers}). */
public record ServerSubuser(int id, int userId, int serverId, List<String> permissions, OffsetDateTime createdAt,
                            OffsetDateTime updatedAt) {
}
