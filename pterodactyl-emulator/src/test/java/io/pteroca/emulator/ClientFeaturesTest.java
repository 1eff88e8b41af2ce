package io.pteroca.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.pteroca.emulator.http.Json;
import io.pteroca.emulator.state.ApiKey;
import io.pteroca.emulator.state.MutableClock;
import io.pteroca.emulator.state.User;

class ClientFeaturesTest {

    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<String> send(PterodactylEmulator emulator, String method, String path, String token, String body)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(emulator.baseUrl() + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .header("Accept", "application/json").header("Authorization", "Bearer " + token);
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A non-admin owner with a client key and one server of theirs on the application API. */
    private record Owned(String token, long id, String path) {
    }

    private Owned ownerWithServer(PterodactylEmulator emulator) throws Exception {
        String owner;
        synchronized (emulator.state()) {
            User o = emulator.state().createUser("o@example.test", "owner", "O", "O", "pw", false);
            ApiKey ok = emulator.state().createKey(o, ApiKey.Type.CLIENT, "o", List.of());
            owner = ok.identifier + ok.secret;
        }
        String created = send(emulator, "POST", "/api/application/servers", emulator.applicationKey(), """
                {"name":"s","user":1,"egg":5,"docker_image":"ghcr.io/pterodactyl/yolks:java_21","startup":"java -jar {{SERVER_JARFILE}}",
                 "environment":{"SERVER_JARFILE":"server.jar","BUILD_NUMBER":"latest"},
                 "limits":{"memory":1024,"swap":0,"disk":5120,"io":500,"cpu":100},
                 "feature_limits":{"databases":1,"backups":5,"allocations":2},"allocation":{"default":1}}"""
                .replace("\"user\":1", "\"user\":" + emulator.state().userByEmail("o@example.test").orElseThrow().id)).body();
        var attributes = Json.MAPPER.readTree(created).at("/attributes");
        return new Owned(owner, attributes.at("/id").asLong(), "/api/client/servers/" + attributes.at("/identifier").asString());
    }

    @Test
    void backupThrottleIsConfigurableAndSubusersNeedTheirPermission() throws Exception {
        MutableClock clock = new MutableClock(Instant.parse("2026-01-01T00:00:00Z"));
        try (PterodactylEmulator emulator = PterodactylEmulator.builder().clock(clock).backupThrottle(1, 60).build().start()) {
            Owned owned = ownerWithServer(emulator);
            String owner = owned.token();
            String server = owned.path();
            String member;
            synchronized (emulator.state()) {
                User m = emulator.state().createUser("m@example.test", "member", "M", "M", "pw", false);
                ApiKey mk = emulator.state().createKey(m, ApiKey.Type.CLIENT, "m", List.of());
                member = mk.identifier + mk.secret;
            }
            clock.advance(Duration.ofSeconds(2));

            assertThat(send(emulator, "POST", server + "/backups", owner, "{}").statusCode()).isEqualTo(200);
            HttpResponse<String> throttled = send(emulator, "POST", server + "/backups", owner, "{}");
            assertThat(throttled.statusCode()).isEqualTo(429);
            assertThat(throttled.headers().firstValue("Retry-After")).isPresent();
            clock.advance(Duration.ofSeconds(61));
            assertThat(send(emulator, "POST", server + "/backups", owner, "{}").statusCode()).isEqualTo(200);

            assertThat(send(emulator, "GET", server + "/backups", member, null).statusCode()).isEqualTo(404);
            assertThat(send(emulator, "POST", server + "/users", owner,
                    "{\"email\":\"m@example.test\",\"permissions\":[\"backup.read\"]}").statusCode()).isEqualTo(200);
            assertThat(send(emulator, "GET", server + "/backups", member, null).statusCode()).isEqualTo(200);
            assertThat(send(emulator, "POST", server + "/backups", member, "{}").statusCode()).isEqualTo(403);
        }
    }

    /**
     * As recorded on the real panel (recordings 35, 002, 037): while a server is suspended, installing or restoring
     * a backup, every client route of it but the server itself answers 409 ServerStateConflictException with the
     * state's own detail; the server itself answers 200.
     */
    @Test
    void everyServerRouteButTheServerItselfAnswersTheStatesConflict() throws Exception {
        MutableClock clock = new MutableClock(Instant.parse("2026-01-01T00:00:00Z"));
        try (PterodactylEmulator emulator = PterodactylEmulator.builder().clock(clock).build().start()) {
            Owned owned = ownerWithServer(emulator);
            String owner = owned.token();
            long id = owned.id();
            String server = owned.path();
            List<String> routes = List.of("/resources", "/backups", "/databases", "/schedules", "/network/allocations", "/users",
                    "/startup", "/activity", "/files/list?directory=%2F");

            assertConflict(emulator, server, owner, routes, "This server has not yet completed its installation process, please try again later.");
            clock.advance(Duration.ofSeconds(2));
            emulator.tick();
            assertThat(send(emulator, "POST", "/api/application/servers/" + id + "/suspend", emulator.applicationKey(), null)
                    .statusCode()).isEqualTo(204);
            assertConflict(emulator, server, owner, routes, "This server is currently suspended and the functionality requested is unavailable.");
            assertThat(send(emulator, "POST", "/api/application/servers/" + id + "/unsuspend", emulator.applicationKey(), null)
                    .statusCode()).isEqualTo(204);
            String backup = Json.MAPPER.readTree(send(emulator, "POST", server + "/backups", owner, "{}").body())
                    .at("/attributes/uuid").asString();
            clock.advance(Duration.ofSeconds(2));
            emulator.tick();
            assertThat(send(emulator, "POST", server + "/backups/" + backup + "/restore", owner, "{\"truncate\":false}")
                    .statusCode()).isEqualTo(204);
            assertConflict(emulator, server, owner, routes, "This server is currently restoring from a backup, please try again later.");
        }
    }

    private void assertConflict(PterodactylEmulator emulator, String server, String token, List<String> routes, String detail)
            throws Exception {
        assertThat(send(emulator, "GET", server, token, null).statusCode()).as("the server itself").isEqualTo(200);
        for (String route : routes) {
            HttpResponse<String> answer = send(emulator, "GET", server + route, token, null);
            assertThat(answer.statusCode()).as(route).isEqualTo(409);
            var error = Json.MAPPER.readTree(answer.body()).at("/errors/0");
            assertThat(error.at("/code").asString()).as(route).isEqualTo("ServerStateConflictException");
            assertThat(error.at("/status").asString()).as(route).isEqualTo("409");
            assertThat(error.at("/detail").asString()).as(route).isEqualTo(detail);
        }
    }
}
