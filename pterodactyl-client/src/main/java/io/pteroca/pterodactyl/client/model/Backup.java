package io.pteroca.pterodactyl.client.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.OffsetDateTime;
import java.util.List;

/** Client {@code backup}; {@code checksum} is {@code sha1:<hex>} once completed. */
public record Backup(String uuid, @JsonProperty("is_successful") boolean successful,
                     @JsonProperty("is_locked") boolean locked, String name, List<String> ignoredFiles,
                     String checksum, long bytes, OffsetDateTime createdAt, OffsetDateTime completedAt) {
}
