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

    @Test
    void backupThrottleIsConfigurableAndSubusersNeedTheirPermission() throws Exception {
        MutableClock clock = new MutableClock(Instant.parse("2026-01-01T00:00:00Z"));
        try (PterodactylEmulator emulator = PterodactylEmulator.builder().clock(clock).backupThrottle(1, 60).build().start()) {
            String owner;
            String member;
            synchronized (emulator.state()) {
                User o = emulator.state().createUser("o@example.test", "owner", "O", "O", "pw", false);
                User m = emulator.state().createUser("m@example.test", "member", "M", "M", "pw", false);
                ApiKey ok = emulator.state().createKey(o, ApiKey.Type.CLIENT, "o", List.of());
                ApiKey mk = emulator.state().createKey(m, ApiKey.Type.CLIENT, "m", List.of());
                owner = ok.identifier + ok.secret;
                member = mk.identifier + mk.secret;
            }
            String created = send(emulator, "POST", "/api/application/servers", emulator.applicationKey(), """
                    {"name":"s","user":1,"egg":5,"docker_image":"ghcr.io/pterodactyl/yolks:java_21","startup":"java -jar {{SERVER_JARFILE}}",
                     "environment":{"SERVER_JARFILE":"server.jar","BUILD_NUMBER":"latest"},
                     "limits":{"memory":1024,"swap":0,"disk":5120,"io":500,"cpu":100},
                     "feature_limits":{"databases":1,"backups":5,"allocations":2},"allocation":{"default":1}}"""
                    .replace("\"user\":1", "\"user\":" + emulator.state().userByEmail("o@example.test").orElseThrow().id)).body();
            String server = "/api/client/servers/" + Json.MAPPER.readTree(created).at("/attributes/identifier").asString();
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
}
