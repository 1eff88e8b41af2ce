package io.pteroca.emulator.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.pteroca.emulator.PterodactylEmulator;
import io.pteroca.emulator.state.ApiKey;
import io.pteroca.emulator.state.EmulatorSettings.Flavor;
import io.pteroca.emulator.state.EmulatorState;
import io.pteroca.emulator.state.MutableClock;
import io.pteroca.emulator.state.User;
import tools.jackson.databind.JsonNode;

/**
 * Replays pelican/recordings/ (a real Pelican Panel v1.0.0-beta38) in order against the emulator in its Pelican
 * flavour. A quarter of the recordings is kept back (left out of the folder; INDEX.txt still names them): the steps
 * among them that change the state are done here through the API, with the bodies the later recordings imply.
 */
class PelicanRecordingsContractTest {

    private static final String FOLDER = "pelican/recordings";
    private static final String APP = "application key (papp_, all resources read+write)";
    private static final String OWNER = "client key (pacc_) of the new non-admin owner, minted by the harness (User::createToken; no API can)";
    private static final String ADMIN_CLIENT = "client key (pacc_) of the root admin, minted by the harness";
    private static final String SERVER_UUID = "b8413783-a177-45c9-9f2c-86e1dc01a604";
    private static final String ENVIRONMENT = "{\"MINECRAFT_VERSION\":\"latest\",\"SERVER_JARFILE\":\"server.jar\",\"BUILD_NUMBER\":\"latest\",\"DL_PATH\":\"\"}";
    private static final String LIMITS = "\"limits\":{\"memory\":1024,\"swap\":0,\"disk\":5120,\"io\":500,\"cpu\":100,\"threads\":null},"
            + "\"feature_limits\":{\"databases\":2,\"allocations\":3,\"backups\":2}";

    private PterodactylEmulator emulator;
    private Replayer replayer;

    @Test
    void replaysEveryRecordingThatWasNotKeptBack() {
        MutableClock clock = new MutableClock(Instant.parse("2026-12-02T04:50:40Z"));
        try (PterodactylEmulator started = PterodactylEmulator.builder().clock(clock).flavor(Flavor.PELICAN)
                .panelUrl("http://127.0.0.1:8090").allocationPorts(25565, 25600).installDelayMillis(3_600_000).build().start()) {
            emulator = started;
            replayer = new Replayer(emulator);
            // The harness' panel numbers servers from 1001.
            emulator.state().skipIdsTo("servers", 1001);
            replayer.keys.put(APP, emulator.applicationKey());
            replayer.keys.put("none", null);
            replayer.keys.put("malformed key \"not-a-key\"", "not-a-key");
            replayer.keys.put(ADMIN_CLIENT, mintClientKey(1));
            List<String> names = Recording.indexOf(FOLDER);
            int kept = 0;
            for (String name : names) {
                int number = Integer.parseInt(name.substring(0, 3));
                if (!Recording.exists(FOLDER, name)) {
                    kept++;
                    stepInsteadOf(number);
                    continue;
                }
                before(number);
                replayer.replay(Recording.loadFrom(FOLDER, name), allowance(number));
                after(number);
            }
            assertThat(kept).isEqualTo(names.size() / 4);
            assertThat(replayer.compared).isEqualTo(names.size() - kept);
            assertThat(replayer.failures).as("mismatches against the Pelican recordings (%d compared)", replayer.compared).isEmpty();
        }
    }

    /** What a kept-back recording did to the state, done through the API (responses not compared). */
    private void stepInsteadOf(int number) {
        String owner = replayer.keys.get(OWNER);
        String client = "/api/client/servers/" + SERVER_UUID.substring(0, 8);
        switch (number) {
            // The egg-only create: no nest, no image, no startup.
            case 32 -> {
                JsonNode created = app("POST", "/api/application/servers", "{\"name\":\"Billing test server 045038\","
                        + "\"description\":\"created by the harness recorder\",\"external_id\":\"billing-order-045038\",\"user\":2,\"egg\":1,"
                        + "\"environment\":" + ENVIRONMENT + "," + LIMITS + ",\"allocation\":{\"default\":1,\"additional\":[]},"
                        + "\"start_on_completion\":false}", 201);
                String uuid = created.at("/attributes/uuid").asString();
                replayer.tokens.put(SERVER_UUID, uuid);
                replayer.tokens.put(SERVER_UUID.substring(0, 8), uuid.substring(0, 8));
            }
            case 48 -> send("POST", replayer.rewritePath(client + "/command"), owner, "{\"command\":\"say hello\"}", 204);
            case 52 -> send("POST", replayer.rewritePath(client + "/databases"), owner, "{\"database\":\"main\",\"remote\":\"%\"}", 200);
            case 60 -> send("POST", replayer.rewritePath(client + "/settings/rename"), owner, "{\"name\":\"Renamed by owner\"}", 204);
            // The deploy by tag with a port range (server 1003).
            case 84 -> app("POST", "/api/application/servers", "{\"name\":\"Billing test server 045038\",\"external_id\":"
                    + "\"billing-order-045038-deploy1\",\"user\":2,\"egg\":1,\"environment\":" + ENVIRONMENT + "," + LIMITS
                    + ",\"start_on_completion\":false,\"deploy\":{\"tags\":[\"eu\"],\"dedicated_ip\":false,\"port_range\":[\"25580-25590\"]}}", 201);
            case 92 -> app("DELETE", "/api/application/servers/1004/force", null, 204);
            default -> {
                // Reads and refusals: nothing changes.
            }
        }
    }

    /** The explicit, explained differences; everything else must match. */
    private static Allowance allowance(int number) {
        return switch (number) {
            // The recorder's fake Wings accepted the start but never ran the server; the emulator's Wings does.
            case 49 -> Allowance.ignoring("$.attributes.current_state");
            default -> Allowance.NONE;
        };
    }

    private void before(int number) {
        if (number == 98) {
            // The recorder used up the minute's 256 application requests first.
            int status = 0;
            for (int i = 0; i < 300 && status != 429; i++) {
                status = replayer.send("GET", "/api/application/roles", emulator.applicationKey(), null, null).statusCode();
            }
            assertThat(status).as("the application limit runs out").isEqualTo(429);
        }
    }

    private void after(int number) {
        switch (number) {
            // The harness minted the new owner's first client key itself: no API can.
            case 19 -> replayer.keys.put(OWNER, mintClientKey(2));
            // Wings reported the installs (and the backup) done.
            case 34, 41, 50 -> emulator.finishPending();
            default -> {
            }
        }
    }

    private String mintClientKey(long userId) {
        EmulatorState state = emulator.state();
        synchronized (state) {
            User user = state.users.get(userId);
            ApiKey key = state.createKey(user, ApiKey.Type.CLIENT, "owner key minted by the harness", List.of());
            return key.token();
        }
    }

    private JsonNode app(String method, String path, String body, int expected) {
        return send(method, path, emulator.applicationKey(), body, expected);
    }

    private JsonNode send(String method, String path, String bearer, String body, int expected) {
        var response = replayer.send(method, path, bearer, body, null);
        assertThat(response.statusCode()).as("unrecorded step %s %s: %s", method, path, response.body()).isEqualTo(expected);
        return response.body().isEmpty() ? null : io.pteroca.emulator.http.Json.MAPPER.readTree(response.body());
    }
}
