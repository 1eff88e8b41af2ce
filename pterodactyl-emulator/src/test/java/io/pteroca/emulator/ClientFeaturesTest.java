package io.pteroca.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.pteroca.emulator.state.ApiKey;
import io.pteroca.emulator.state.User;

class ClientFeaturesTest {

    @Test
    void backupThrottleIsConfigurableAndSubusersNeedTheirPermission() throws Exception {
        try (OwnedServer owned = OwnedServer.start(Instant.parse("2026-01-01T00:00:00Z"), b -> b.backupThrottle(1, 60))) {
            String member;
            synchronized (owned.emulator.state()) {
                User m = owned.emulator.state().createUser("m@example.test", "member", "M", "M", "pw", false);
                member = owned.emulator.state().createKey(m, ApiKey.Type.CLIENT, "m", List.of()).token();
            }
            String server = owned.path;

            assertThat(owned.asOwner("POST", "/backups", "{}").statusCode()).isEqualTo(200);
            HttpResponse<String> throttled = owned.asOwner("POST", "/backups", "{}");
            assertThat(throttled.statusCode()).isEqualTo(429);
            assertThat(throttled.headers().firstValue("Retry-After")).isPresent();
            owned.clock.advance(Duration.ofSeconds(61));
            assertThat(owned.asOwner("POST", "/backups", "{}").statusCode()).isEqualTo(200);

            assertThat(owned.send("GET", server + "/backups", member, null).statusCode()).isEqualTo(404);
            assertThat(owned.asOwner("POST", "/users", "{\"email\":\"m@example.test\",\"permissions\":[\"backup.read\"]}").statusCode())
                    .isEqualTo(200);
            assertThat(owned.send("GET", server + "/backups", member, null).statusCode()).isEqualTo(200);
            assertThat(owned.send("POST", server + "/backups", member, "{}").statusCode()).isEqualTo(403);
        }
    }
}
