package io.pteroca.panel.server;

import java.time.Instant;

/**
 * Something changed on a server that is not a state change. Published by {@link ServerHistory} inside the
 * transaction that records it, once per real change.
 *
 * @param accountId the subuser, for {@code SUBUSER_ADDED} and {@code SUBUSER_REMOVED}; null otherwise
 */
public record ServerEvent(Kind kind, long serverId, long ownerId, Long accountId, Instant at) {

    /** What changed; {@link #logEvent()} is its line in the server's history. */
    public enum Kind {
        REINSTALLED, AUTO_RENEW_ON, AUTO_RENEW_OFF, SUBUSER_ADDED, SUBUSER_REMOVED;

        String logEvent() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }
}
