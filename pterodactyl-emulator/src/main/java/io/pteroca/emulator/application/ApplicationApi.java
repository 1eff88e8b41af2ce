package io.pteroca.emulator.application;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

import io.pteroca.emulator.http.ApiException;
import io.pteroca.emulator.http.Json;
import io.pteroca.emulator.http.Pagination;
import io.pteroca.emulator.http.Request;
import io.pteroca.emulator.http.Response;
import io.pteroca.emulator.http.Router;
import io.pteroca.emulator.http.Validator;
import io.pteroca.emulator.state.Allocation;
import io.pteroca.emulator.state.ApiKey;
import io.pteroca.emulator.state.Egg;
import io.pteroca.emulator.state.EggVariable;
import io.pteroca.emulator.state.EmulatorState;
import io.pteroca.emulator.state.Location;
import io.pteroca.emulator.state.Node;
import io.pteroca.emulator.state.Seeder;
import io.pteroca.emulator.state.Server;
import io.pteroca.emulator.state.User;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** /api/application: users, locations, nodes, allocations, nests, eggs, servers. */
public final class ApplicationApi {

    private static final String P = "/api/application";

    private final EmulatorState state;
    private final ApplicationTransformers t;
    private final ServerProvisioning provisioning;

    public ApplicationApi(EmulatorState state) {
        this.state = state;
        this.t = new ApplicationTransformers(state);
        this.provisioning = new ServerProvisioning(state);
    }

    public void register(Router router) {
        router.add("GET", P + "/users", r -> withPermission(r, "users", ApiKey.READ, this::listUsers))
                .add("GET", P + "/users/external/{external}", r -> withPermission(r, "users", ApiKey.READ,
                        q -> Response.ok(t.user(state.users.values().stream()
                                .filter(u -> q.param("external").equals(u.externalId)).findFirst()
                                .orElseThrow(ApiException::notFound)))))
                .add("GET", P + "/users/{id}", r -> withPermission(r, "users", ApiKey.READ,
                        q -> Response.ok(t.user(state.user(id(q, "id"))))))
                .add("POST", P + "/users", r -> withPermission(r, "users", ApiKey.WRITE, this::createUser))
                .add("PATCH", P + "/users/{id}", r -> withPermission(r, "users", ApiKey.WRITE, this::updateUser))
                .add("DELETE", P + "/users/{id}", r -> withPermission(r, "users", ApiKey.WRITE, this::deleteUser))
                .add("GET", P + "/locations", r -> withPermission(r, "locations", ApiKey.READ,
                        q -> page(q, new ArrayList<>(state.locations.values()), t::location)))
                .add("GET", P + "/locations/{id}", r -> withPermission(r, "locations", ApiKey.READ,
                        q -> Response.ok(t.location(location(q)))))
                .add("POST", P + "/locations", r -> withPermission(r, "locations", ApiKey.WRITE, this::createLocation))
                .add("DELETE", P + "/locations/{id}", r -> withPermission(r, "locations", ApiKey.WRITE, this::deleteLocation))
                .add("GET", P + "/nodes", r -> withPermission(r, "nodes", ApiKey.READ,
                        q -> page(q, new ArrayList<>(state.nodes.values()), n -> t.node(n, false))))
                .add("GET", P + "/nodes/deployable", r -> withPermission(r, "nodes", ApiKey.READ, this::deployable))
                .add("GET", P + "/nodes/{id}", r -> withPermission(r, "nodes", ApiKey.READ,
                        q -> Response.ok(t.node(state.node(id(q, "id")), false))))
                .add("PATCH", P + "/nodes/{id}", r -> withPermission(r, "nodes", ApiKey.WRITE, this::updateNode))
                .add("GET", P + "/nodes/{id}/allocations", r -> withPermission(r, "allocations", ApiKey.READ, this::listAllocations))
                .add("POST", P + "/nodes/{id}/allocations", r -> withPermission(r, "allocations", ApiKey.WRITE, this::createAllocations))
                .add("DELETE", P + "/nodes/{id}/allocations/{allocation}", r -> withPermission(r, "allocations", ApiKey.WRITE,
                        this::deleteAllocation))
                .add("GET", P + "/nests", r -> withPermission(r, "nests", ApiKey.READ,
                        q -> page(q, new ArrayList<>(state.nests.values()), t::nest)))
                .add("GET", P + "/nests/{id}", r -> withPermission(r, "nests", ApiKey.READ,
                        q -> Response.ok(t.nest(Optional.ofNullable(state.nests.get(id(q, "id"))).orElseThrow(ApiException::notFound)))))
                .add("GET", P + "/nests/{id}/eggs", r -> withPermission(r, "eggs", ApiKey.READ, q -> {
                    long nest = id(q, "id");
                    if (!state.nests.containsKey(nest)) {
                        throw ApiException.notFound();
                    }
                    return Response.ok(Json.list(state.eggs.values().stream().filter(e -> e.nestId == nest)
                            .map(e -> t.egg(e, q.includes())).toList()));
                }))
                .add("GET", P + "/nests/{id}/eggs/{egg}", r -> withPermission(r, "eggs", ApiKey.READ, q -> {
                    Egg egg = state.egg(id(q, "egg"));
                    if (egg.nestId != id(q, "id")) {
                        throw ApiException.notFound();
                    }
                    return Response.ok(t.egg(egg, q.includes()));
                }))
                .add("GET", P + "/servers", r -> withPermission(r, "servers", ApiKey.READ,
                        q -> page(q, new ArrayList<>(state.servers.values()), s -> t.server(s, q.includes()))))
                .add("GET", P + "/servers/external/{external}", r -> withPermission(r, "servers", ApiKey.READ,
                        q -> Response.ok(t.server(state.servers.values().stream()
                                .filter(s -> q.param("external").equals(s.externalId)).findFirst()
                                .orElseThrow(ApiException::notFound), q.includes()))))
                .add("GET", P + "/servers/{id}", r -> withPermission(r, "servers", ApiKey.READ,
                        q -> Response.ok(t.server(state.server(id(q, "id")), q.includes()))))
                .add("POST", P + "/servers", r -> withPermission(r, "servers", ApiKey.WRITE,
                        q -> Response.json(201, t.server(provisioning.create(q.json()), List.of()))))
                .add("PATCH", P + "/servers/{id}/details", r -> withPermission(r, "servers", ApiKey.WRITE,
                        q -> Response.ok(t.server(provisioning.updateDetails(state.server(id(q, "id")), q.json()), List.of()))))
                .add("PATCH", P + "/servers/{id}/build", r -> withPermission(r, "servers", ApiKey.WRITE,
                        q -> Response.ok(t.server(provisioning.updateBuild(state.server(id(q, "id")), q.json()), List.of()))))
                .add("PATCH", P + "/servers/{id}/startup", r -> withPermission(r, "servers", ApiKey.WRITE,
                        q -> Response.ok(t.server(provisioning.updateStartup(state.server(id(q, "id")), q.json()), List.of()))))
                .add("POST", P + "/servers/{id}/suspend", r -> withPermission(r, "servers", ApiKey.WRITE, q -> {
                    provisioning.suspend(state.server(id(q, "id")), true);
                    return Response.noContent();
                }))
                .add("POST", P + "/servers/{id}/unsuspend", r -> withPermission(r, "servers", ApiKey.WRITE, q -> {
                    provisioning.suspend(state.server(id(q, "id")), false);
                    return Response.noContent();
                }))
                .add("POST", P + "/servers/{id}/reinstall", r -> withPermission(r, "servers", ApiKey.WRITE, q -> {
                    provisioning.reinstall(state.server(id(q, "id")));
                    return Response.noContent();
                }))
                .add("DELETE", P + "/servers/{id}", r -> withPermission(r, "servers", ApiKey.WRITE, q -> {
                    provisioning.delete(state.server(id(q, "id")));
                    return Response.noContent();
                }))
                .add("DELETE", P + "/servers/{id}/force", r -> withPermission(r, "servers", ApiKey.WRITE, q -> {
                    provisioning.delete(state.server(id(q, "id")));
                    return Response.noContent();
                }))
                .add("GET", P + "/servers/{id}/databases", r -> withPermission(r, "server_databases", ApiKey.READ, q -> {
                    Server server = state.server(id(q, "id"));
                    return Response.ok(Json.list(state.databasesOf(server).stream().map(d -> t.database(d, q.includes())).toList()));
                }))
                .add("GET", P + "/servers/{id}/databases/{database}", r -> withPermission(r, "server_databases", ApiKey.READ, q -> {
                    Server server = state.server(id(q, "id"));
                    return Response.ok(t.database(state.databasesOf(server).stream().filter(d -> d.id == id(q, "database"))
                            .findFirst().orElseThrow(ApiException::notFound), q.includes()));
                }));
    }

    /** Checks the application key's r_/w_ permission bits for the resource, like the panel's AdminAcl. */
    private Response withPermission(Request request, String resource, int action, Router.Handler handler) {
        ApiKey key = request.caller().key();
        if (key.type == ApiKey.Type.APPLICATION && !key.allows(resource, action)) {
            throw ApiException.forbidden("This action is unauthorized.");
        }
        return handler.handle(request);
    }

    static long id(Request request, String name) {
        try {
            return Long.parseLong(request.param(name));
        } catch (NumberFormatException e) {
            throw ApiException.notFound();
        }
    }

    private <T> Response page(Request request, List<T> items, java.util.function.Function<T, ObjectNode> transform) {
        return Response.ok(Pagination.page(request, state.settings().panelUrl, items, 50, 100, false, transform));
    }

    // ---- users ----

    private Response listUsers(Request request) {
        Map<String, java.util.function.Function<User, String>> filterable = new java.util.LinkedHashMap<>();
        filterable.put("email", u -> u.email);
        filterable.put("uuid", u -> u.uuid);
        filterable.put("username", u -> u.username);
        filterable.put("external_id", u -> u.externalId);
        List<User> users = filter(request, new ArrayList<>(state.users.values()), filterable);
        return page(request, users, t::user);
    }

    /** filter[x]=v is a LIKE %v% match in the panel; unknown filters answer 400. */
    static <T> List<T> filter(Request request, List<T> items, Map<String, java.util.function.Function<T, String>> filterable) {
        List<T> result = items;
        for (String key : request.queryParams().keySet()) {
            if (!key.startsWith("filter[") || !key.endsWith("]")) {
                continue;
            }
            String field = key.substring(7, key.length() - 1);
            var getter = filterable.get(field);
            if (getter == null) {
                throw new ApiException(400, "InvalidFilterQuery", "Requested filter(s) `" + field
                        + "` are not allowed. Allowed filter(s) are `" + String.join(", ", filterable.keySet()) + "`.");
            }
            String needle = request.query(key).toLowerCase();
            Predicate<T> matches = item -> {
                String value = getter.apply(item);
                return value != null && value.toLowerCase().contains(needle);
            };
            result = result.stream().filter(matches).toList();
        }
        return result;
    }

    private Response createUser(Request request) {
        JsonNode body = request.json();
        Validator v = validateUser(body, null);
        v.throwIfInvalid();
        User user = state.createUser(v.string("email"), v.string("username"), v.string("first_name"), v.string("last_name"),
                v.string("password"), body.path("root_admin").asBoolean(false));
        user.externalId = v.string("external_id");
        if (v.string("language") != null) {
            user.language = v.string("language");
        }
        ObjectNode response = t.user(user);
        response.putObject("meta").put("resource", state.settings().panelUrl + P + "/users/" + user.id);
        return Response.json(201, response);
    }

    private Validator validateUser(JsonNode body, User existing) {
        Validator v = new Validator(body);
        String externalId = v.string("external_id");
        if (externalId != null) {
            v.unique("external_id", "external id", state.users.values().stream()
                    .anyMatch(u -> u != existing && externalId.equals(u.externalId)));
        }
        if (v.required("email")) {
            v.email("email");
            if (v.has("email")) {
                String email = v.string("email");
                v.unique("email", "email", state.users.values().stream().anyMatch(u -> u != existing && u.email.equalsIgnoreCase(email)));
            }
        }
        if (v.required("username")) {
            String username = v.string("username");
            v.unique("username", "username", state.users.values().stream()
                    .anyMatch(u -> u != existing && u.username.equalsIgnoreCase(username)));
        }
        v.required("first_name");
        v.required("last_name");
        return v;
    }

    private Response updateUser(Request request) {
        User user = state.user(id(request, "id"));
        JsonNode body = request.json();
        Validator v = validateUser(body, user);
        v.throwIfInvalid();
        user.email = v.string("email");
        user.username = v.string("username");
        user.firstName = v.string("first_name");
        user.lastName = v.string("last_name");
        user.externalId = v.string("external_id");
        if (v.string("language") != null) {
            user.language = v.string("language");
        }
        if (v.string("password") != null) {
            user.password = v.string("password");
        }
        if (body.has("root_admin")) {
            user.rootAdmin = body.path("root_admin").asBoolean(false);
        }
        user.updatedAt = state.now();
        return Response.ok(t.user(user));
    }

    private Response deleteUser(Request request) {
        User user = state.user(id(request, "id"));
        if (state.servers.values().stream().anyMatch(s -> s.ownerId == user.id)) {
            throw ApiException.display("Cannot delete a user with active servers attached to their account. "
                    + "Please delete their servers before continuing.");
        }
        state.deleteUser(user);
        return Response.noContent();
    }

    // ---- locations ----

    private Location location(Request request) {
        Location location = state.locations.get(id(request, "id"));
        if (location == null) {
            throw ApiException.notFound();
        }
        return location;
    }

    private Response createLocation(Request request) {
        Validator v = new Validator(request.json());
        if (v.required("short", "Location Identifier")) {
            String code = v.string("short");
            v.unique("short", "Location Identifier", state.locations.values().stream().anyMatch(l -> l.shortCode.equals(code)));
        }
        v.throwIfInvalid();
        Location location = new Location();
        location.id = state.nextId("locations");
        location.shortCode = v.string("short");
        location.longName = v.string("long");
        location.createdAt = state.now();
        location.updatedAt = location.createdAt;
        state.locations.put(location.id, location);
        ObjectNode response = t.location(location);
        response.putObject("meta").put("resource", state.settings().panelUrl + P + "/locations/" + location.id);
        return Response.json(201, response);
    }

    private Response deleteLocation(Request request) {
        Location location = location(request);
        if (state.nodes.values().stream().anyMatch(n -> n.locationId == location.id)) {
            throw new ApiException(400, "HasActiveNodesException", "Cannot delete a location that has active nodes attached to it.");
        }
        state.locations.remove(location.id);
        return Response.noContent();
    }

    // ---- nodes and allocations ----

    private Response deployable(Request request) {
        Validator v = new Validator(Json.object());
        String memory = request.query("memory");
        String disk = request.query("disk");
        if (memory == null || memory.isBlank()) {
            v.fail("memory", "required", "The memory field is required.");
        }
        if (disk == null || disk.isBlank()) {
            v.fail("disk", "required", "The disk field is required.");
        }
        v.throwIfInvalid();
        List<Long> locations = request.queryAll("location_ids[]").stream().map(Long::parseLong).toList();
        List<Node> nodes = provisioning.viableNodes(locations, Long.parseLong(memory), Long.parseLong(disk));
        if (nodes.isEmpty()) {
            throw ServerProvisioning.noViableNode();
        }
        return Response.ok(Json.list(nodes.stream().map(n -> t.node(n, true)).toList()));
    }

    private Response updateNode(Request request) {
        Node node = state.node(id(request, "id"));
        JsonNode body = request.json();
        if (body.hasNonNull("name")) {
            node.name = body.get("name").asString();
        }
        if (body.hasNonNull("description")) {
            node.description = body.get("description").asString();
        }
        if (body.hasNonNull("location_id")) {
            node.locationId = body.get("location_id").asLong();
        }
        if (body.hasNonNull("fqdn")) {
            node.fqdn = body.get("fqdn").asString();
        }
        if (body.hasNonNull("scheme")) {
            node.scheme = body.get("scheme").asString();
        }
        if (body.hasNonNull("memory")) {
            node.memory = body.get("memory").asLong();
        }
        if (body.hasNonNull("memory_overallocate")) {
            node.memoryOverallocate = body.get("memory_overallocate").asLong();
        }
        if (body.hasNonNull("disk")) {
            node.disk = body.get("disk").asLong();
        }
        if (body.hasNonNull("disk_overallocate")) {
            node.diskOverallocate = body.get("disk_overallocate").asLong();
        }
        if (body.hasNonNull("daemon_listen")) {
            node.daemonListen = body.get("daemon_listen").asInt();
        }
        if (body.hasNonNull("daemon_sftp")) {
            node.daemonSftp = body.get("daemon_sftp").asInt();
        }
        if (body.hasNonNull("maintenance_mode")) {
            node.maintenanceMode = body.get("maintenance_mode").asBoolean();
        }
        node.updatedAt = state.now();
        return Response.ok(t.node(node, false));
    }

    private Response listAllocations(Request request) {
        Node node = state.node(id(request, "id"));
        List<Allocation> allocations = state.allocations.values().stream().filter(a -> a.nodeId == node.id)
                .sorted(Comparator.comparingLong(a -> a.id)).toList();
        for (String key : request.queryParams().keySet()) {
            if (!key.startsWith("filter[") || !key.endsWith("]")) {
                continue;
            }
            String field = key.substring(7, key.length() - 1);
            String value = request.query(key);
            Predicate<Allocation> matches = switch (field) {
                case "ip" -> a -> a.ip.equals(value);
                case "port" -> a -> Integer.toString(a.port).equals(value);
                case "ip_alias" -> a -> a.alias != null && a.alias.toLowerCase().contains(value.toLowerCase());
                // Pterodactyl's custom filter: digits name a server; 0, empty, false or anything else means unassigned.
                case "server_id" -> value.matches("\\d+") && !value.equals("0")
                        ? a -> a.serverId != null && a.serverId.toString().equals(value)
                        : a -> a.serverId == null;
                default -> throw new ApiException(400, "InvalidFilterQuery", "Requested filter(s) `" + field
                        + "` are not allowed. Allowed filter(s) are `ip, port, ip_alias, server_id`.");
            };
            allocations = allocations.stream().filter(matches).toList();
        }
        return page(request, allocations, t::allocation);
    }

    private Response createAllocations(Request request) {
        Node node = state.node(id(request, "id"));
        JsonNode body = request.json();
        Validator v = new Validator(body);
        v.required("ip");
        v.required("ports");
        v.throwIfInvalid();
        String ip = v.string("ip");
        String alias = v.string("alias");
        List<Integer> ports = new ArrayList<>();
        for (JsonNode entry : body.get("ports")) {
            String mapping = entry.asString().trim();
            if (!mapping.matches("\\d+(-\\d+)?")) {
                throw new ApiException(400, "InvalidPortMappingException",
                        "The mapping provided for " + mapping + " was invalid and could not be processed.");
            }
            String[] range = mapping.split("-");
            int from = Integer.parseInt(range[0]);
            int to = range.length > 1 ? Integer.parseInt(range[1]) : from;
            for (int port = from; port <= to; port++) {
                if (port <= 1024 || port > 65535) {
                    throw new ApiException(400, "PortOutOfRangeException",
                            "Ports in an allocation must be greater than 1024 and less than or equal to 65535.");
                }
                ports.add(port);
            }
        }
        for (int port : ports) {
            boolean exists = state.allocations.values().stream()
                    .anyMatch(a -> a.nodeId == node.id && a.ip.equals(ip) && a.port == port);
            if (!exists) {
                Seeder.addAllocation(state, node, ip, port, alias);
            }
        }
        return Response.noContent();
    }

    private Response deleteAllocation(Request request) {
        Node node = state.node(id(request, "id"));
        Allocation allocation = state.allocations.get(id(request, "allocation"));
        if (allocation == null || allocation.nodeId != node.id) {
            throw ApiException.notFound();
        }
        if (allocation.serverId != null) {
            throw new ApiException(400, "ServerUsingAllocationException", "A server is currently assigned to this allocation. "
                    + "An allocation can only be deleted if no server is currently assigned.");
        }
        state.allocations.remove(allocation.id);
        return Response.noContent();
    }

    static List<EggVariable> variables(EmulatorState state, Server server) {
        return state.eggs.get(server.eggId).variables;
    }
}
