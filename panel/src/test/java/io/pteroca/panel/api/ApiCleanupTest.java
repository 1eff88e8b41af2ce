package io.pteroca.panel.api;

import static io.pteroca.panel.shared.UtcColumns.utc;
import static org.assertj.core.api.Assertions.assertThat;

import io.pteroca.panel.account.Accounts;
import io.pteroca.panel.account.Role;
import io.pteroca.panel.support.IntegrationTest;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Idempotency keys go after 7 days, tokens 90 days after they were revoked or expired; keys within their 7 days,
 * live tokens and tokens that ended recently stay.
 */
class ApiCleanupTest extends IntegrationTest {

    @Autowired
    ApiCleanup cleanup;
    @Autowired
    Accounts accounts;

    @Test
    void oldKeysAndLongEndedTokensGoWhileKeysInTheirWindowAndLiveTokensStay() {
        long user = accounts.createVerified("api-cleanup-" + UUID.randomUUID().toString().substring(0, 8) + "@example.test",
                "Api", "Cleanup", "a long enough password 42", Role.USER, "test").id();
        Instant start = clock.instant();
        key(user, "old-key");
        token(user, "revoked long ago", null, start);
        token(user, "expired long ago", start, null);
        token(user, "never ends", null, null);
        clock.advance(Duration.ofDays(6));
        key(user, "recent-key");
        token(user, "revoked lately", null, clock.instant());
        token(user, "expires later", clock.instant().plus(Duration.ofDays(400)), null);

        cleanup.cleanUp();
        assertThat(keys(user)).as("within 7 days").containsExactlyInAnyOrder("old-key", "recent-key");

        clock.advance(Duration.ofDays(2));
        cleanup.cleanUp();
        assertThat(keys(user)).containsExactly("recent-key");
        assertThat(tokens(user)).as("ended under 90 days ago").hasSize(5);

        clock.advance(Duration.ofDays(83));
        cleanup.cleanUp();
        assertThat(keys(user)).isEmpty();
        assertThat(tokens(user)).containsExactlyInAnyOrder("never ends", "revoked lately", "expires later");
    }

    private void key(long user, String key) {
        jdbc.update("INSERT INTO api_idempotency (user_id, idem_key, request_hash, status, created_at) VALUES (?, ?, 'hash', 200, ?)",
                user, key, utc(clock.instant()));
    }

    private void token(long user, String name, Instant expiresAt, Instant revokedAt) {
        jdbc.update("INSERT INTO api_token (user_id, name, token_hash, token_hint, scopes, created_at, expires_at, revoked_at)"
                        + " VALUES (?, ?, ?, 'pca_test', 'READ', ?, ?, ?)", user, name, UUID.randomUUID().toString().replace("-", ""),
                utc(clock.instant()), expiresAt == null ? null : utc(expiresAt), revokedAt == null ? null : utc(revokedAt));
    }

    private java.util.List<String> keys(long user) {
        return jdbc.queryForList("SELECT idem_key FROM api_idempotency WHERE user_id = ?", String.class, user);
    }

    private java.util.List<String> tokens(long user) {
        return jdbc.queryForList("SELECT name FROM api_token WHERE user_id = ?", String.class, user);
    }
}
