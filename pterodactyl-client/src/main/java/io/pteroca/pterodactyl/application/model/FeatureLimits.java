package io.pteroca.pterodactyl.application.model;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Databases, allocations and backups a server may have. Always serialised with nulls: the panel
 * requires {@code databases} and {@code backups} to be present, and an omitted {@code allocations}
 * resets the limit to null on a build update.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record FeatureLimits(Integer databases, Integer allocations, Integer backups) {
}
