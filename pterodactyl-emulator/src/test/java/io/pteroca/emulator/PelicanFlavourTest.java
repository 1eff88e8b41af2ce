package io.pteroca.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.pteroca.emulator.http.Json;
import io.pteroca.emulator.state.EmulatorSettings.Flavor;
import io.pteroca.emulator.state.MutableClock;
import tools.jackson.databind.JsonNode;

/** The embedding builder's Pelican flavour: what a billing panel meets there that differs from Pterodactyl. */
class PelicanFlavourTest {

    private static final String SERVER_BODY = """
            {"name":"paper","user":%d,"egg":1,"environment":{"SERVER_JARFILE":"server.jar","BUILD_NUMBER":"latest"},
             "limits":{"memory":1024,"swap":0,"disk":5120,"io":500,"cpu":100,"oom_killer":true},
             "feature_limits":{"databases":1,"backups":1,"allocations":1},%s}""";

    private final HttpClient http = HttpClient.newHttpClient();
    private PterodactylEmulator emulator;

    @BeforeEach
    void start() {
        emulator = PterodactylEmulator.builder().clock(new MutableClock(Instant.parse("2026-12-01T10:00:00Z")))
                .flavor(Flavor.PELICAN).build().start();
    }

    @AfterEach
    void stop() {
        emulator.close();
    }

    private HttpResponse<String> send(String method, String path, String key, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(emulator.baseUrl() + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .header("Accept", "application/json").header("Content-Type", "application/json");
        if (key != null) {
            request.header("Authorization", "Bearer " + key);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private JsonNode json(HttpResponse<String> response) {
        return Json.MAPPER.readTree(response.body());
    }

    @Test
    void speaksPelicansKeysLimitsAndMissingRoutes() throws Exception {
        String app = emulator.applicationKey();
        assertThat(app).startsWith("papp_").hasSize(48);
        HttpResponse<String> users = send("GET", "/api/application/users", app, null);
        assertThat(users.headers().firstValue("X-RateLimit-Limit")).contains("256");
        assertThat(json(users).at("/data/0/attributes").has("first_name")).isFalse();
        assertThat(json(users).at("/data/0/attributes/is_managed_externally").isBoolean()).isTrue();
        for (String gone : new String[] {"/api/application/nests", "/api/application/locations"}) {
            HttpResponse<String> response = send("GET", gone, app, null);
            assertThat(response.statusCode()).isEqualTo(404);
            assertThat(json(response).at("/errors/0/detail").asString()).isEqualTo("The route " + gone.substring(1) + " could not be found.");
        }
        JsonNode eggs = json(send("GET", "/api/application/eggs", app, null));
        assertThat(eggs.has("meta")).as("the egg list has no pages").isFalse();
        assertThat(eggs.at("/data/0/attributes/tags/0").asString()).isEqualTo("minecraft");
        assertThat(json(send("GET", "/api/application/nodes/deployable?memory=1&disk=1&tags[]=nowhere", app, null)).at("/data").size())
                .isZero();
        assertThat(json(send("GET", "/api/application/nodes/deployable?memory=1&disk=1&tags[]=eu", app, null)).at("/data").size())
                .isEqualTo(1);
    }

    @Test
    void createsUsersWithoutNamesAndServersFromTheEggAlone() throws Exception {
        String app = emulator.applicationKey();
        HttpResponse<String> user = send("POST", "/api/application/users", app,
                "{\"email\":\"a@example.test\",\"username\":\"a\",\"first_name\":\"A\",\"root_admin\":true}");
        assertThat(user.statusCode()).isEqualTo(201);
        assertThat(json(user).at("/attributes/root_admin").asBoolean()).as("root_admin is dropped").isFalse();
        int id = json(user).at("/attributes/id").asInt();

        HttpResponse<String> fixed = send("POST", "/api/application/servers", app, SERVER_BODY.formatted(id, "\"allocation\":{\"default\":1}"));
        assertThat(fixed.statusCode()).isEqualTo(201);
        JsonNode server = json(fixed).get("attributes");
        assertThat(server.has("nest")).isFalse();
        assertThat(server.at("/container/image").asString()).isEqualTo("ghcr.io/pelican-eggs/yolks:java_21");
        assertThat(server.at("/limits/oom_killer").asBoolean()).isTrue();
        assertThat(server.at("/limits/oom_disabled").asBoolean()).isFalse();

        HttpResponse<String> locations = send("POST", "/api/application/servers", app,
                SERVER_BODY.formatted(id, "\"deploy\":{\"locations\":[1],\"dedicated_ip\":false,\"port_range\":[]}"));
        assertThat(locations.statusCode()).isEqualTo(422);
        assertThat(json(locations).at("/errors/0/meta/source_field").asString()).isEqualTo("deploy.tags");
        HttpResponse<String> noPort = send("POST", "/api/application/servers", app,
                SERVER_BODY.formatted(id, "\"deploy\":{\"tags\":[\"game\"],\"dedicated_ip\":false,\"port_range\":[]}"));
        assertThat(noPort.statusCode()).isEqualTo(201);
        assertThat(json(noPort).at("/attributes/allocation").isNull()).as("an empty port range assigns none").isTrue();
        HttpResponse<String> ranged = send("POST", "/api/application/servers", app,
                SERVER_BODY.formatted(id, "\"deploy\":{\"tags\":[\"eu\"],\"dedicated_ip\":false,\"port_range\":[\"25570\"]}"));
        assertThat(ranged.statusCode()).isEqualTo(201);
        assertThat(json(ranged).at("/attributes/allocation").asInt()).isEqualTo(6);
        emulator.finishPending();
        HttpResponse<String> minted = send("POST", "/api/application/users/" + id + "/api-keys", app, "{\"description\":\"owner\"}");
        String owner = json(minted).at("/attributes/identifier").asString() + json(minted).at("/meta/secret_token").asString();
        String portless = "/api/client/servers/" + json(noPort).at("/attributes/identifier").asString();
        assertThat(json(send("GET", portless, owner, null)).at("/attributes/relationships/allocations/data").size()).isZero();
        assertThat(send("POST", portless + "/network/allocations", owner, null).statusCode())
                .as("the owner can give the portless server a port").isEqualTo(200);
    }

    @Test
    void offersOurPluginsKeyEndpointsAndRefusesApplicationKeysOnTheClientApi() throws Exception {
        String app = emulator.applicationKey();
        int id = json(send("POST", "/api/application/users", app, "{\"email\":\"b@example.test\",\"username\":\"b\"}"))
                .at("/attributes/id").asInt();
        HttpResponse<String> minted = send("POST", "/api/application/users/" + id + "/api-keys", app, "{\"description\":\"billing\"}");
        assertThat(minted.statusCode()).isEqualTo(201);
        String key = json(minted).at("/attributes/identifier").asString() + json(minted).at("/meta/secret_token").asString();
        assertThat(key).startsWith("pacc_");
        assertThat(send("GET", "/api/client", key, null).statusCode()).isEqualTo(200);
        HttpResponse<String> refused = send("GET", "/api/client", app, null);
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(json(refused).at("/errors/0/code").asString()).isEqualTo("AccessDeniedHttpException");
        assertThat(send("DELETE", "/api/application/users/1", app, null).body()).isEqualTo("[]");
    }
}
