package io.pteroca.pterodactyl.client.model;

import java.time.OffsetDateTime;
import java.util.List;

/** An {@code api_key}; {@code identifier} is the 16-character public half ({@code ptlc_...}). */
public record ApiKey(String identifier, String description, List<String> allowedIps, OffsetDateTime lastUsedAt,
                     OffsetDateTime createdAt) {
}
