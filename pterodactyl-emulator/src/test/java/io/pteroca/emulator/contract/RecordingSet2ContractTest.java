package io.pteroca.emulator.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.pteroca.emulator.PterodactylEmulator;
import io.pteroca.emulator.http.Json;
import io.pteroca.emulator.state.Allocation;
import io.pteroca.emulator.state.ApiKey;
import io.pteroca.emulator.state.EmulatorSettings.AddonMode;
import io.pteroca.emulator.state.EmulatorState;
import io.pteroca.emulator.state.MutableClock;
import io.pteroca.emulator.state.Node;
import io.pteroca.emulator.state.Server;
import io.pteroca.emulator.state.User;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Replays recordings-2/ in order against the emulator in --addon original mode, from the start state
 * its README describes and with the unrecorded steps it lists between recordings.
 */
class RecordingSet2ContractTest {

    private static final String SET = "recordings-2";
    private static final String APP = "application key (ptla_, all r/w)";
    private static final String OWNER = "client key (ptlc_) of the server owner (non-admin), made with the addon";
    private static final String OTHER = "client key (ptlc_) of a second non-admin user (later a subuser)";

    /** A server id no server has, marking allocations held back by pinNextAllocation. */
    private static final long PINNED = -42;

    private MutableClock clock;
    private PterodactylEmulator emulator;
    private Replayer replayer;
    private String ownerToken;
    private String serverPath;

    @Test
    void replaysEveryRecordingOfSet2() {
        clock = new MutableClock(Instant.parse("2026-11-23T12:58:09Z"));
        try (PterodactylEmulator started = PterodactylEmulator.builder().clock(clock).addonMode(AddonMode.ORIGINAL)
                .panelUrl("http://127.0.0.1:8080").allocationPorts(25565, 25600).build().start()) {
            emulator = started;
            replayer = new Replayer(emulator);
            arrangeStartState();
            List<String> names = Recording.index(SET);
            for (String name : names) {
                int number = Integer.parseInt(name.substring(0, 3));
                before(number);
                JsonNode actual = replayer.replay(Recording.load(SET, name), allowance(number));
                if (number == 24) {
                    // The create response is withheld, so the recorded backup's uuid is mapped here.
                    replayer.tokens.put("1c92596c-85c8-4f09-8081-bc01135e5fe1", actual.at("/attributes/uuid").asString());
                }
                after(number);
            }
            assertThat(replayer.replayed).isEqualTo(names.size());
            assertThat(replayer.compared).isEqualTo(names.size() - names.size() / 4);
            assertThat(replayer.failures).as("mismatches against set 2 (%d compared)", replayer.compared).isEmpty();
        }
    }

    /** The explicit, explained differences; everything else must match. */
    private static Allowance allowance(int number) {
        return switch (number) {
            // The real panel crashes (500 TypeError) on a schedule without `month`; the emulator answers
            // the 422 the missing rule should have given.
            case 55 -> Allowance.statusInstead(422);
            // The real panel crashes (500 TypeError) on `permissions` that is not an array; the emulator
            // answers the 422 of the `array` rule.
            case 91 -> Allowance.statusInstead(422);
            // The recorded allocation still carried notes ("query port") from an earlier run on that panel;
            // a freshly assigned allocation has none.
            case 74 -> Allowance.ignoring("$.attributes.notes");
            // The activity log of the recorded panel held more rows than this replay produces (the
            // events of its set-up); the rows that are present are compared pairwise.
            case 102 -> Allowance.anyListLength();
            default -> Allowance.NONE;
        };
    }

    private void arrangeStartState() {
        EmulatorState state = emulator.state();
        User owner;
        User other;
        synchronized (state) {
            // Ids as on the recorded panel, whose earlier runs used rows that were deleted since.
            state.skipIdsTo("users", 16);
            state.skipIdsTo("servers", 12);
            state.skipIdsTo("schedules", 9);
            state.skipIdsTo("tasks", 10);
            state.skipIdsTo("locations", 5);
            owner = state.createUser("rec2-owner-125808@example.test", "rec2owner125808", "Rec", "Owner", "Owner-Pass-123!", false);
            owner.externalId = "rec2-ext-125808";
            other = state.createUser("rec2-other-125808@example.test", "rec2other125808", "Rec", "Other", "Other-Pass-123!", false);
            ApiKey ownerKey = state.createKey(owner, ApiKey.Type.CLIENT, "owner", List.of());
            ApiKey otherKey = state.createKey(other, ApiKey.Type.CLIENT, "other", List.of());
            ownerToken = ownerKey.identifier + ownerKey.secret;
            replayer.keys.put(OWNER, ownerToken);
            replayer.keys.put(OTHER, otherKey.identifier + otherKey.secret);
        }
        replayer.keys.put(APP, emulator.applicationKey());
        ObjectNode body = (ObjectNode) Json.MAPPER.readTree("""
                {"name":"rec2 main 125808","user":16,"egg":5,"docker_image":"ghcr.io/pterodactyl/yolks:java_21",
                 "startup":"java -Xms128M -XX:MaxRAMPercentage=95.0 -Dterminal.jline=false -Dterminal.ansi=true -jar {{SERVER_JARFILE}}",
                 "environment":{"MINECRAFT_VERSION":"latest","SERVER_JARFILE":"server.jar","DL_PATH":"","BUILD_NUMBER":"latest"},
                 "limits":{"memory":1024,"swap":0,"disk":5120,"io":500,"cpu":100},
                 "feature_limits":{"databases":2,"backups":2,"allocations":3},"allocation":{"default":1}}""");
        JsonNode created = Json.MAPPER.readTree(replayer.send("POST", "/api/application/servers", emulator.applicationKey(),
                Json.MAPPER.writeValueAsString(body), null).body());
        String uuid = created.at("/attributes/uuid").asString();
        replayer.tokens.put("649867d0-ed3d-4e88-94a6-62852b02dfa9", uuid);
        replayer.tokens.put("649867d0", uuid.substring(0, 8));
        serverPath = "/api/client/servers/" + uuid.substring(0, 8);
    }

    private Server server() {
        return emulator.state().servers.get(12L);
    }

    private void send(String method, String path, String body) {
        int status = replayer.send(method, path, ownerToken, body, null).statusCode();
        assertThat(status).as("unrecorded step %s %s", method, path).isLessThan(300);
    }

    private void adminSetsImage(String image) {
        Server server = server();
        ObjectNode body = Json.object();
        body.put("startup", server.startup);
        body.set("environment", Json.MAPPER.valueToTree(server.variables));
        body.put("egg", server.eggId);
        body.put("image", image);
        body.put("skip_scripts", false);
        int status = replayer.send("PATCH", "/api/application/servers/12/startup", emulator.applicationKey(),
                Json.MAPPER.writeValueAsString(body), null).statusCode();
        assertThat(status).as("admin sets the docker image").isEqualTo(200);
    }

    private void waitFor(Duration duration) {
        clock.advance(duration);
        emulator.tick();
    }

    private void before(int number) {
        switch (number) {
            // An admin set a custom image through the application API.
            case 19 -> adminSetsImage("ghcr.io/example/custom:latest");
            // The restore of 035 finished (036 and 037 still saw it running).
            case 38 -> waitFor(Duration.ofSeconds(2));
            // Power start before the schedule run that needs a running server.
            case 67 -> send("POST", serverPath + "/power", "{\"signal\":\"start\"}");
            // An extra schedule without tasks.
            case 70 -> send("POST", serverPath + "/schedules", "{\"name\":\"empty\",\"minute\":\"0\",\"hour\":\"0\","
                    + "\"day_of_month\":\"*\",\"month\":\"*\",\"day_of_week\":\"*\",\"is_active\":true}");
            // The recorded panel picked these free allocations at random; pin the same picks.
            case 74 -> pinNextAllocation(25599);
            case 75 -> pinNextAllocation(25586);
            // The deploy of 147 also picked at random (allocation 27); 153 relies on allocation 2 staying free.
            case 147 -> pinNextAllocation(25591);
            case 117 -> emulator.wings().failNext(500, "internal error");
            case 118 -> emulator.wings().failNext(409, "Another power action is currently being processed for this server");
            case 119 -> {
                send("POST", serverPath + "/power", "{\"signal\":\"start\"}");
                waitFor(Duration.ofSeconds(21));
            }
            // Wings unreachable: the node's daemon port points at a dead port.
            case 120 -> setDaemonPort(1);
            case 123 -> waitFor(Duration.ofSeconds(21));
            // A schedule on the Mumble server (backup limit 0).
            case 149 -> send("POST", "/api/client/servers/" + replayer.tokens.get("7f726e2d") + "/schedules",
                    "{\"name\":\"mumble\",\"minute\":\"0\",\"hour\":\"0\",\"day_of_month\":\"*\",\"month\":\"*\","
                            + "\"day_of_week\":\"*\",\"is_active\":true}");
            default -> {
            }
        }
    }

    private void after(int number) {
        switch (number) {
            // Waits until Wings reported installs, reinstalls and backups done.
            case 2, 22, 24, 30 -> waitFor(Duration.ofSeconds(2));
            case 147 -> {
                pinNextAllocation(0);
                waitFor(Duration.ofSeconds(2));
            }
            case 19 -> adminSetsImage("ghcr.io/pterodactyl/yolks:java_17");
            // From here on the backup throttle is raised.
            case 31 -> emulator.settings().backupThrottleCount = 100;
            case 123 -> setDaemonPort(emulator.settings().wingsPort);
            case 74, 75 -> pinNextAllocation(0);
            default -> {
            }
        }
    }

    /** Leaves only the allocation on this port free for the next auto-assignment (0: undo). */
    private void pinNextAllocation(int port) {
        synchronized (emulator.state()) {
            for (Allocation allocation : emulator.state().allocations.values()) {
                if (port == 0 && Long.valueOf(PINNED).equals(allocation.serverId)) {
                    allocation.serverId = null;
                } else if (port != 0 && allocation.serverId == null && allocation.port != port) {
                    allocation.serverId = PINNED;
                }
            }
        }
    }

    private void setDaemonPort(int port) {
        synchronized (emulator.state()) {
            Node node = emulator.state().nodes.get(1L);
            node.daemonListen = port;
        }
    }
}
