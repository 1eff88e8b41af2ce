package io.pteroca.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.UnaryOperator;

import io.pteroca.emulator.http.Json;
import io.pteroca.emulator.state.ApiKey;
import io.pteroca.emulator.state.MutableClock;
import io.pteroca.emulator.state.Server;
import io.pteroca.emulator.state.User;

/** An emulator on a clock the test moves, with one customer who owns one installed Paper server; calls its APIs. */
final class OwnedServer implements AutoCloseable {

    final MutableClock clock;
    final PterodactylEmulator emulator;
    final User owner;
    final String ownerKey;
    final Server server;
    /** The server's client API path, /api/client/servers/{identifier}. */
    final String path;
    private final HttpClient http = HttpClient.newHttpClient();

    private OwnedServer(Instant start, UnaryOperator<PterodactylEmulator.Builder> options) throws Exception {
        clock = new MutableClock(start);
        emulator = options.apply(PterodactylEmulator.builder().clock(clock)).build().start();
        synchronized (emulator.state()) {
            owner = emulator.state().createUser("owner@example.test", "owner", "O", "Wner", "pw", false);
            ownerKey = emulator.state().createKey(owner, ApiKey.Type.CLIENT, "owner", List.of()).token();
        }
        HttpResponse<String> created = send("POST", "/api/application/servers", emulator.applicationKey(), """
                {"name":"paper","user":%d,"egg":5,"docker_image":"ghcr.io/pterodactyl/yolks:java_21",
                 "startup":"java -jar {{SERVER_JARFILE}}","environment":{"SERVER_JARFILE":"server.jar","BUILD_NUMBER":"latest"},
                 "limits":{"memory":1024,"swap":0,"disk":5120,"io":500,"cpu":100},
                 "feature_limits":{"databases":1,"backups":5,"allocations":1},"allocation":{"default":1}}""".formatted(owner.id));
        assertThat(created.statusCode()).isEqualTo(201);
        String identifier = Json.MAPPER.readTree(created.body()).at("/attributes/identifier").asString();
        path = "/api/client/servers/" + identifier;
        clock.advance(Duration.ofSeconds(2));
        emulator.tick();
        synchronized (emulator.state()) {
            server = emulator.state().serverByIdentifier(identifier).orElseThrow();
        }
    }

    static OwnedServer start(Instant start, UnaryOperator<PterodactylEmulator.Builder> options) throws Exception {
        return new OwnedServer(start, options);
    }

    HttpResponse<String> send(String method, String apiPath, String token, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(emulator.baseUrl() + apiPath))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .header("Accept", "application/json").header("Authorization", "Bearer " + token);
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A call as the owner to a path below the server's, e.g. "/backups". */
    HttpResponse<String> asOwner(String method, String below, String body) throws Exception {
        return send(method, path + below, ownerKey, body);
    }

    /** Moves the emulator's clock and runs what became due. */
    void advance(Duration duration) {
        clock.advance(duration);
        emulator.tick();
    }

    HttpClient http() {
        return http;
    }

    @Override
    public void close() {
        emulator.close();
    }
}
