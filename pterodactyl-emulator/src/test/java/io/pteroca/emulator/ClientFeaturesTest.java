package io.pteroca.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.pteroca.emulator.http.Json;
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

    /**
     * As recorded on the real panel (recordings 35, 002, 022, 037): while a server is (re)installing, suspended or
     * restoring a backup, every client route of it but the server itself answers 409 ServerStateConflictException
     * with the state's own detail; the server itself answers 200.
     */
    @Test
    void everyServerRouteButTheServerItselfAnswersTheStatesConflict() throws Exception {
        try (OwnedServer owned = OwnedServer.start(Instant.parse("2026-01-01T00:00:00Z"), b -> b)) {
            String backup = Json.MAPPER.readTree(owned.asOwner("POST", "/backups", "{}").body()).at("/attributes/uuid").asString();
            owned.advance(Duration.ofSeconds(2));

            assertThat(owned.asOwner("POST", "/settings/reinstall", null).statusCode()).isEqualTo(202);
            assertConflict(owned, "This server has not yet completed its installation process, please try again later.");
            owned.advance(Duration.ofSeconds(2));
            String admin = "/api/application/servers/" + owned.server.id;
            assertThat(owned.send("POST", admin + "/suspend", owned.emulator.applicationKey(), null).statusCode()).isEqualTo(204);
            assertConflict(owned, "This server is currently suspended and the functionality requested is unavailable.");
            assertThat(owned.send("POST", admin + "/unsuspend", owned.emulator.applicationKey(), null).statusCode()).isEqualTo(204);
            assertThat(owned.asOwner("POST", "/backups/" + backup + "/restore", "{\"truncate\":false}").statusCode()).isEqualTo(204);
            assertConflict(owned, "This server is currently restoring from a backup, please try again later.");
        }
    }

    private static void assertConflict(OwnedServer owned, String detail) throws Exception {
        assertThat(owned.asOwner("GET", "", null).statusCode()).as("the server itself").isEqualTo(200);
        for (String route : List.of("/resources", "/backups", "/databases", "/schedules", "/network/allocations", "/users",
                "/startup", "/activity", "/files/list?directory=%2F")) {
            HttpResponse<String> answer = owned.asOwner("GET", route, null);
            assertThat(answer.statusCode()).as(route).isEqualTo(409);
            var error = Json.MAPPER.readTree(answer.body()).at("/errors/0");
            assertThat(error.at("/code").asString()).as(route).isEqualTo("ServerStateConflictException");
            assertThat(error.at("/status").asString()).as(route).isEqualTo("409");
            assertThat(error.at("/detail").asString()).as(route).isEqualTo(detail);
        }
    }
}
