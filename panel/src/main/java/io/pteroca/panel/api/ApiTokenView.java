package io.pteroca.panel.api;

import java.time.Instant;
import java.util.Set;

/** A token as its owner's list shows it: never the token itself. */
public record ApiTokenView(long id, String name, String hint, Set<ApiScope> scopes, Instant createdAt, Instant expiresAt,
                           Instant lastUsedAt, Instant revokedAt, boolean active) {
}
