package io.pteroca.emulator.state;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import io.pteroca.emulator.http.Json;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** The state of a fresh panel after `migrate --seed` plus a loopback location, node and admin. */
public final class Seeder {

    private Seeder() {
    }

    public static ApiKey seed(EmulatorState state, int firstPort, int lastPort) {
        boolean pelican = state.pelican();
        if (pelican) {
            seedPelicanEggs(state);
        } else {
            seedNestsAndEggs(state);
        }
        User admin = pelican ? state.createUser("admin@localhost.test", "admin", null, null, "admin-password", true)
                : state.createUser("admin@localhost.test", "admin", "Harness", "Admin", "admin-password", true);
        ApiKey key = state.createApplicationKey(admin, "emulator seed key", ApiKey.READ | ApiKey.WRITE);
        Node node = seedNode(state, pelican);
        for (int port = firstPort; port <= lastPort; port++) {
            addAllocation(state, node, node.fqdn, port, null);
        }

        DatabaseHost host = new DatabaseHost();
        host.id = state.nextId("database_hosts");
        host.name = "local-mariadb";
        host.host = "127.0.0.1";
        host.port = 3306;
        host.username = "ptero_dbhost";
        host.nodeId = node.id;
        host.createdAt = state.now();
        host.updatedAt = host.createdAt;
        state.databaseHosts.put(host.id, host);
        return key;
    }

    /** Pterodactyl's node sits in location 1; Pelican's carries the tags eu and game instead. */
    private static Node seedNode(EmulatorState state, boolean pelican) {
        if (pelican) {
            return newNode(state, 0);
        }
        Location location = new Location();
        location.id = state.nextId("locations");
        location.shortCode = "local1";
        location.longName = "Loopback test location";
        location.createdAt = state.now();
        location.updatedAt = location.createdAt;
        state.locations.put(location.id, location);
        return newNode(state, location.id);
    }

    private static Node newNode(EmulatorState state, long locationId) {
        boolean pelican = state.pelican();
        Node node = new Node();
        node.id = state.nextId("nodes");
        node.uuid = state.uuid();
        node.name = "fake-wings-node";
        node.description = "Fake wings on loopback";
        node.locationId = locationId;
        node.fqdn = state.settings().wingsHost;
        node.memory = 65536;
        node.disk = 512000;
        node.daemonListen = state.settings().wingsPort;
        node.daemonToken = state.randomString(64);
        node.createdAt = state.now();
        node.updatedAt = node.createdAt;
        if (pelican) {
            node.tags.addAll(java.util.List.of("eu", "game"));
            node.daemonBase = "/var/lib/pelican/volumes";
            node.uploadSize = 256;
        }
        state.nodes.put(node.id, node);
        return node;
    }

    public static Allocation addAllocation(EmulatorState state, Node node, String ip, int port, String alias) {
        Allocation allocation = new Allocation();
        allocation.id = state.nextId("allocations");
        allocation.nodeId = node.id;
        allocation.ip = ip;
        allocation.port = port;
        allocation.alias = alias;
        state.allocations.put(allocation.id, allocation);
        return allocation;
    }

    /** Pelican seeds no eggs; these are the four the recorded panel imported (Paper, Vanilla, Forge, Bungeecord). */
    private static void seedPelicanEggs(EmulatorState state) {
        JsonNode seed = read("/io/pteroca/emulator/seed-eggs-pelican.json");
        Instant now = state.now();
        for (JsonNode e : seed.get("eggs")) {
            Egg egg = egg(state, e, now);
            e.get("features").forEach(f -> egg.features.add(f.asString()));
            for (JsonNode v : e.get("variables")) {
                EggVariable variable = variable(v, egg, now);
                variable.sort = v.get("sort").asInt();
                List<String> rules = new ArrayList<>();
                v.get("rules").forEach(r -> rules.add(r.asString()));
                variable.rules = String.join("|", rules);
                egg.variables.add(variable);
            }
            state.eggs.put(egg.id, egg);
            state.skipIdsTo("eggs", egg.id + 1);
        }
    }

    /** An egg with its seeded attributes as the panel prints them (a fresh uuid and times); variables are added after. */
    private static Egg egg(EmulatorState state, JsonNode seeded, Instant now) {
        ObjectNode attributes = (ObjectNode) seeded.deepCopy();
        attributes.remove("variables");
        attributes.put("uuid", state.uuid());
        attributes.put("created_at", Json.atom(now));
        attributes.put("updated_at", Json.atom(now));
        Egg egg = new Egg();
        egg.id = seeded.get("id").asLong();
        egg.attributes = attributes;
        return egg;
    }

    private static JsonNode read(String resource) {
        try (InputStream in = Seeder.class.getResourceAsStream(resource)) {
            return Json.MAPPER.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static EggVariable variable(JsonNode v, Egg egg, Instant now) {
        EggVariable variable = new EggVariable();
        variable.id = v.get("id").asLong();
        variable.eggId = egg.id;
        variable.name = v.get("name").asString();
        variable.description = v.get("description").asString();
        variable.envVariable = v.get("env_variable").asString();
        variable.defaultValue = v.get("default_value").asString();
        variable.userViewable = v.get("user_viewable").asBoolean();
        variable.userEditable = v.get("user_editable").asBoolean();
        variable.createdAt = now;
        variable.updatedAt = now;
        return variable;
    }

    private static void seedNestsAndEggs(EmulatorState state) {
        JsonNode seed = read("/io/pteroca/emulator/seed-eggs.json");
        Instant now = state.now();
        for (JsonNode n : seed.get("nests")) {
            Nest nest = new Nest();
            nest.id = n.get("id").asLong();
            nest.uuid = state.uuid();
            nest.author = n.get("author").asString();
            nest.name = n.get("name").asString();
            nest.description = n.get("description").asString();
            nest.createdAt = now;
            nest.updatedAt = now;
            state.nests.put(nest.id, nest);
            state.skipIdsTo("nests", nest.id + 1);
        }
        for (JsonNode e : seed.get("eggs")) {
            Egg egg = egg(state, e, now);
            egg.nestId = e.get("nest").asLong();
            if (egg.startup().contains("java")) {
                egg.features.addAll(java.util.List.of("eula", "java_version", "pid_limit"));
            }
            for (JsonNode v : e.get("variables")) {
                EggVariable variable = variable(v, egg, now);
                variable.rules = v.get("rules").asString();
                egg.variables.add(variable);
            }
            state.eggs.put(egg.id, egg);
            state.skipIdsTo("eggs", egg.id + 1);
        }
    }
}
