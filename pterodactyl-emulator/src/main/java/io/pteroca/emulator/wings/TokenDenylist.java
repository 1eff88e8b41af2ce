package io.pteroca.emulator.wings;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * Wings refuses a websocket token issued before the Wings process started, or before its id was denied
 * ({@code POST /api/servers/{uuid}/ws/deny}, which the panel calls when a subuser changes or leaves).
 * Callers hold the state monitor.
 */
final class TokenDenylist {

    private final long bootedAt;
    private final Map<String, Long> denied = new HashMap<>();

    TokenDenylist(Instant bootedAt) {
        this.bootedAt = bootedAt.getEpochSecond();
    }

    void deny(String jti, Instant at) {
        denied.put(jti, at.getEpochSecond());
    }

    boolean denylisted(String jti, long issuedAt) {
        if (issuedAt < bootedAt) {
            return true;
        }
        Long deniedAt = denied.get(jti);
        return deniedAt != null && issuedAt < deniedAt;
    }
}
