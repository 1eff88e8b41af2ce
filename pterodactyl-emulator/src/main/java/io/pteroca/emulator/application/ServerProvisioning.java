package io.pteroca.emulator.application;

import java.util.ArrayList;
import java.util.List;

import io.pteroca.emulator.http.ApiException;
import io.pteroca.emulator.http.Validator;
import io.pteroca.emulator.state.Allocation;
import io.pteroca.emulator.state.Egg;
import io.pteroca.emulator.state.EggVariable;
import io.pteroca.emulator.state.EmulatorState;
import io.pteroca.emulator.state.Node;
import io.pteroca.emulator.state.Server;
import tools.jackson.databind.JsonNode;

/** Creating, changing and removing servers through the application API. */
public final class ServerProvisioning {

    private final EmulatorState state;

    public ServerProvisioning(EmulatorState state) {
        this.state = state;
    }

    public static ApiException noViableNode() {
        return new ApiException(400, "NoViableNodeException",
                "No nodes satisfying the requirements specified for automatic deployment could be found.");
    }

    public Server create(JsonNode body) {
        Validator v = new Validator(body);
        String externalId = v.string("external_id");
        if (externalId != null) {
            v.unique("external_id", "external id", state.servers.values().stream().anyMatch(s -> externalId.equals(s.externalId)));
        }
        v.required("name");
        if (v.required("user") && !state.users.containsKey(body.get("user").asLong())) {
            v.fail("user", "exists", "The selected user is invalid.");
        }
        if (v.required("egg") && !state.eggs.containsKey(body.get("egg").asLong())) {
            v.fail("egg", "exists", "The selected egg is invalid.");
        }
        boolean pelican = state.pelican();
        if (!pelican) {
            // Pelican takes both from the egg when they are left out.
            v.required("docker_image");
            v.required("startup");
        }
        v.present("environment");
        v.required("limits");
        for (String limit : List.of("memory", "swap", "disk", "io", "cpu")) {
            v.required("limits." + limit);
        }
        v.required("feature_limits");
        v.present("feature_limits.databases");
        v.present("feature_limits.backups");
        boolean deploy = body.hasNonNull("deploy");
        Allocation allocation = null;
        if (!deploy && v.required("allocation.default")) {
            allocation = state.allocations.get(body.path("allocation").path("default").asLong());
            if (allocation == null || allocation.serverId != null) {
                v.fail("allocation.default", "exists", "The selected allocation.default is invalid.");
            }
        }
        if (deploy && pelican) {
            v.present("deploy.tags");
            v.present("deploy.port_range");
        }
        v.throwIfInvalid();
        Egg egg = state.egg(body.get("egg").asLong());
        long memory = body.path("limits").path("memory").asLong();
        long disk = body.path("limits").path("disk").asLong();
        Node deployedTo = null;
        if (deploy && pelican) {
            deployedTo = deployByTags(body.path("deploy"), memory, disk);
            allocation = deployedTo == null ? null : freeInRange(deployedTo, body.path("deploy").path("port_range"));
            if (deployedTo == null || (allocation == null && !body.path("deploy").path("port_range").isEmpty())) {
                throw noViableNode();
            }
        } else if (deploy) {
            List<Long> locations = new ArrayList<>();
            body.path("deploy").path("locations").forEach(l -> locations.add(l.asLong()));
            List<Node> nodes = viableNodes(state, locations, memory, disk);
            List<Allocation> free = nodes.stream().flatMap(n -> state.allocations.values().stream()
                    .filter(a -> a.nodeId == n.id && a.serverId == null)).toList();
            if (free.isEmpty()) {
                throw noViableNode();
            }
            allocation = free.get(state.randomInt(free.size()));
        }
        Server server = new Server();
        server.id = state.nextId("servers");
        server.uuid = state.uuid();
        server.externalId = externalId;
        server.name = v.string("name");
        server.description = v.string("description") == null ? "" : v.string("description");
        applyLimits(server, body.path("limits"));
        applyFeatureLimits(server, body.path("feature_limits"));
        server.ownerId = body.get("user").asLong();
        server.nodeId = allocation == null ? deployedTo.id : allocation.nodeId;
        server.allocationId = allocation == null ? 0 : allocation.id;
        server.eggId = egg.id;
        server.nestId = egg.nestId;
        server.startup = v.string("startup");
        server.image = v.string("docker_image");
        if (pelican) {
            server.startup = server.startup == null ? egg.attributes.path("startup_commands").values().iterator().next().asString() : server.startup;
            server.image = server.image == null ? egg.dockerImages().values().iterator().next() : server.image;
            // oom_killer replaces oom_disabled, which Pelican drops from the request.
            server.oomDisabled = !body.path("limits").path("oom_killer").asBoolean(false);
        }
        server.skipScripts = body.path("skip_scripts").asBoolean(false);
        for (EggVariable variable : egg.variables) {
            JsonNode value = body.path("environment").get(variable.envVariable);
            server.variables.put(variable.envVariable, value == null || value.isNull() ? variable.defaultValue : value.asString());
        }
        server.createdAt = state.now();
        server.updatedAt = server.createdAt;
        if (allocation != null) {
            allocation.serverId = server.id;
        }
        body.path("allocation").path("additional").forEach(id -> {
            Allocation extra = state.allocations.get(id.asLong());
            if (extra != null && extra.serverId == null) {
                extra.serverId = server.id;
            }
        });
        state.servers.put(server.id, server);
        startInstall(server);
        return server;
    }

    public void startInstall(Server server) {
        server.status = Server.INSTALLING;
        state.finishLater(server);
    }

    private static void applyLimits(Server server, JsonNode limits) {
        server.memory = limits.path("memory").asLong();
        server.swap = limits.path("swap").asLong();
        server.disk = limits.path("disk").asLong();
        server.io = limits.path("io").asLong(500);
        server.cpu = limits.path("cpu").asLong();
        server.threads = limits.hasNonNull("threads") ? limits.get("threads").asString() : null;
        if (limits.has("oom_killer")) {
            server.oomDisabled = !limits.get("oom_killer").asBoolean();
        } else if (limits.has("oom_disabled")) {
            server.oomDisabled = limits.get("oom_disabled").asBoolean();
        }
    }

    private static void applyFeatureLimits(Server server, JsonNode features) {
        server.databaseLimit = features.path("databases").asInt(0);
        server.allocationLimit = features.path("allocations").asInt(0);
        server.backupLimit = features.path("backups").asInt(0);
    }

    /** Nodes in the locations (any when none given) with room for memory and disk, counting overallocation. */
    public static List<Node> viableNodes(EmulatorState state, List<Long> locations, long memory, long disk) {
        return state.nodes.values().stream()
                .filter(n -> locations.isEmpty() || locations.contains(n.locationId))
                .filter(n -> {
                    long usedMemory = state.serversOnNode(n.id).stream().mapToLong(s -> s.memory).sum();
                    long usedDisk = state.serversOnNode(n.id).stream().mapToLong(s -> s.disk).sum();
                    long memoryLimit = n.memory * (100 + n.memoryOverallocate) / 100;
                    long diskLimit = n.disk * (100 + n.diskOverallocate) / 100;
                    return (n.memoryOverallocate < 0 || usedMemory + memory <= memoryLimit)
                            && (n.diskOverallocate < 0 || usedDisk + disk <= diskLimit);
                })
                .toList();
    }

    /** Pelican: public nodes with any of the tags (any node when none given) and room for memory and disk. */
    public static List<Node> viableTaggedNodes(EmulatorState state, List<String> tags, long memory, long disk) {
        return viableNodes(state, List.of(), memory, disk).stream()
                .filter(n -> n.isPublic && (tags.isEmpty() || n.tags.stream().anyMatch(tags::contains)))
                .toList();
    }

    private Node deployByTags(JsonNode deploy, long memory, long disk) {
        List<String> tags = new ArrayList<>();
        deploy.path("tags").forEach(tag -> tags.add(tag.asString()));
        List<Node> nodes = viableTaggedNodes(state, tags, memory, disk);
        return nodes.isEmpty() ? null : nodes.get(0);
    }

    /** A random free allocation of the node within the port ranges; none asked for (an empty range) gives none. */
    private Allocation freeInRange(Node node, JsonNode portRange) {
        List<int[]> ranges = new ArrayList<>();
        portRange.forEach(r -> {
            String[] bounds = r.asString().trim().split("-");
            int from = Integer.parseInt(bounds[0].trim());
            ranges.add(new int[] {from, bounds.length > 1 ? Integer.parseInt(bounds[1].trim()) : from});
        });
        if (ranges.isEmpty()) {
            return null;
        }
        List<Allocation> free = state.allocations.values().stream()
                .filter(a -> a.nodeId == node.id && a.serverId == null)
                .filter(a -> ranges.stream().anyMatch(r -> a.port >= r[0] && a.port <= r[1]))
                .toList();
        return free.isEmpty() ? null : free.get(state.randomInt(free.size()));
    }

    /** Pelican's transfer: validated and handed to the source node's Wings, which here never completes it. */
    public void transfer(Server server, JsonNode body) {
        Validator v = new Validator(body);
        if (v.required("node_id") && !state.nodes.containsKey(body.get("node_id").asLong())) {
            v.fail("node_id", "exists", "The selected node id is invalid.");
        }
        if (v.required("allocation_id") && !state.allocations.containsKey(body.get("allocation_id").asLong())) {
            v.fail("allocation_id", "exists", "The selected allocation id is invalid.");
        }
        v.throwIfInvalid();
    }

    public Server updateDetails(Server server, JsonNode body) {
        Validator v = new Validator(body);
        String externalId = v.string("external_id");
        if (externalId != null) {
            v.unique("external_id", "external id",
                    state.servers.values().stream().anyMatch(s -> s != server && externalId.equals(s.externalId)));
        }
        v.required("name");
        if (v.required("user") && !state.users.containsKey(body.get("user").asLong())) {
            v.fail("user", "exists", "The selected user is invalid.");
        }
        v.throwIfInvalid();
        server.name = v.string("name");
        server.ownerId = body.get("user").asLong();
        // Leaving external_id out clears it: the panel fills the model from the validated input only.
        server.externalId = externalId;
        server.description = v.string("description") == null ? "" : v.string("description");
        server.updatedAt = state.now();
        return server;
    }

    public Server updateBuild(Server server, JsonNode body) {
        Validator v = new Validator(body);
        boolean pelican = state.pelican();
        // Pelican keeps the primary allocation when none is sent.
        if (pelican && !body.hasNonNull("allocation")) {
            ((tools.jackson.databind.node.ObjectNode) body).put("allocation", server.allocationId);
        }
        if (pelican ? validatePelicanLimits(v, body) : v.required("allocation")) {
            Allocation allocation = state.allocations.get(body.get("allocation").asLong());
            if (allocation == null || (allocation.serverId != null && allocation.serverId != server.id)) {
                v.fail("allocation", "exists", "The selected allocation is invalid.");
            }
        }
        // Either a "limits" object (each field required_with:limits) or the legacy top-level fields (required_without).
        boolean nested = body.has("limits");
        for (String limit : pelican ? List.<String>of() : List.of("memory", "swap", "disk", "io", "cpu")) {
            v.present(nested ? "limits." + limit : limit);
        }
        v.required("feature_limits");
        v.present("feature_limits.databases", "Database Limit");
        v.present("feature_limits.backups", "Backup Limit");
        v.throwIfInvalid();
        body.path("add_allocations").forEach(id -> {
            Allocation extra = state.allocations.get(id.asLong());
            if (extra != null && extra.serverId == null) {
                extra.serverId = server.id;
            }
        });
        body.path("remove_allocations").forEach(id -> {
            Allocation extra = state.allocations.get(id.asLong());
            if (extra != null && extra.serverId != null && extra.serverId == server.id && extra.id != server.allocationId) {
                extra.serverId = null;
            }
        });
        Allocation primary = state.allocations.get(body.get("allocation").asLong());
        if (primary != null) {
            primary.serverId = server.id;
            server.allocationId = primary.id;
        }
        applyLimits(server, nested ? body.path("limits") : body);
        applyFeatureLimits(server, body.path("feature_limits"));
        if (!body.path("feature_limits").has("allocations")) {
            server.allocationLimit = 0;
        }
        server.updatedAt = state.now();
        return server;
    }

    /** Pelican's limit rules come first, in its order; answers whether an allocation is there to check. */
    private boolean validatePelicanLimits(Validator v, JsonNode body) {
        boolean nested = body.has("limits");
        for (String limit : List.of("memory", "swap", "io", "cpu", "disk")) {
            if (nested) {
                v.present("limits." + limit);
            } else if (!body.hasNonNull(limit)) {
                v.fail(limit, "required_without", "The " + limit + " field is required when limits is not present.");
            }
        }
        return body.get("allocation").asLong() != 0;
    }

    public Server updateStartup(Server server, JsonNode body) {
        Validator v = new Validator(body);
        if (state.pelican()) {
            v.required("egg");
            v.present("skip_scripts");
        }
        if (body.hasNonNull("egg") && !state.eggs.containsKey(body.get("egg").asLong())) {
            v.fail("egg", "exists", "The selected egg is invalid.");
        }
        v.throwIfInvalid();
        if (body.hasNonNull("egg")) {
            Egg egg = state.egg(body.get("egg").asLong());
            server.eggId = egg.id;
            server.nestId = egg.nestId;
        }
        if (body.hasNonNull("startup")) {
            server.startup = body.get("startup").asString();
        }
        if (body.hasNonNull("image")) {
            server.image = body.get("image").asString();
        }
        server.skipScripts = body.path("skip_scripts").asBoolean(server.skipScripts);
        JsonNode environment = body.path("environment");
        for (EggVariable variable : state.egg(server.eggId).variables) {
            JsonNode value = environment.get(variable.envVariable);
            server.variables.put(variable.envVariable, value == null || value.isNull()
                    ? server.variables.getOrDefault(variable.envVariable, variable.defaultValue) : value.asString());
        }
        server.updatedAt = state.now();
        return server;
    }

    public void suspend(Server server, boolean suspend) {
        if (suspend) {
            server.status = Server.SUSPENDED;
        } else if (server.suspended()) {
            server.status = null;
        }
        server.updatedAt = state.now();
    }

    public void reinstall(Server server) {
        startInstall(server);
    }

    public void delete(Server server) {
        state.allocations.values().forEach(a -> {
            if (a.serverId != null && a.serverId == server.id) {
                a.serverId = null;
                a.notes = null;
            }
        });
        state.databases.values().removeIf(d -> d.serverId == server.id);
        state.backups.values().removeIf(b -> b.serverId == server.id);
        state.schedules.values().removeIf(s -> s.serverId == server.id);
        state.subusers.values().removeIf(s -> s.serverId == server.id);
        state.servers.remove(server.id);
    }
}
