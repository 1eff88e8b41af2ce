package io.pteroca.emulator.application;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;

import io.pteroca.emulator.http.ApiException;
import io.pteroca.emulator.http.Json;
import io.pteroca.emulator.http.Request;
import io.pteroca.emulator.http.Response;
import io.pteroca.emulator.http.Validator;
import io.pteroca.emulator.state.Allocation;
import io.pteroca.emulator.state.ApiKey;
import io.pteroca.emulator.state.EmulatorState;
import io.pteroca.emulator.state.Location;
import io.pteroca.emulator.state.Node;
import io.pteroca.emulator.state.Seeder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** Where servers run: locations, nodes (with the deployable query) and their allocations. */
final class NodesApi {

    private final ApplicationRoutes routes;
    private final EmulatorState state;

    NodesApi(ApplicationRoutes routes) {
        this.routes = routes;
        this.state = routes.state;
    }

    void register() {
        ApplicationTransformers t = routes.json;
        if (!state.pelican()) {
            // Pelican removed locations: node tags take their place.
            routes.add("GET", "/locations", "locations", ApiKey.READ, r -> routes.page(r, new ArrayList<>(state.locations.values()), t::location))
                    .add("GET", "/locations/{id}", "locations", ApiKey.READ, r -> Response.ok(t.location(location(r))))
                    .add("POST", "/locations", "locations", ApiKey.WRITE, this::createLocation)
                    .add("DELETE", "/locations/{id}", "locations", ApiKey.WRITE, this::deleteLocation);
        }
        routes.add("GET", "/nodes", "nodes", ApiKey.READ, r -> routes.page(r, new ArrayList<>(state.nodes.values()), n -> t.node(n, false)))
                .add("GET", "/nodes/deployable", "nodes", ApiKey.READ, this::deployable)
                .add("GET", "/nodes/{id}", "nodes", ApiKey.READ, r -> Response.ok(t.node(state.node(r.id("id")), false)))
                .add("PATCH", "/nodes/{id}", "nodes", ApiKey.WRITE, this::updateNode)
                .add("GET", "/nodes/{id}/allocations", "allocations", ApiKey.READ, this::listAllocations)
                .add("POST", "/nodes/{id}/allocations", "allocations", ApiKey.WRITE, this::createAllocations)
                .add("DELETE", "/nodes/{id}/allocations/{allocation}", "allocations", ApiKey.WRITE, this::deleteAllocation);
    }

    private Location location(Request request) {
        Location location = state.locations.get(request.id("id"));
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
        ObjectNode response = routes.json.location(location);
        response.putObject("meta").put("resource", routes.resourceUrl("/locations/" + location.id));
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
        List<Node> nodes;
        if (state.pelican()) {
            // Pelican matches any of the tags and answers an empty list rather than NoViableNodeException.
            nodes = ServerProvisioning.viableTaggedNodes(state, request.queryAll("tags[]"), Long.parseLong(memory), Long.parseLong(disk));
        } else {
            List<Long> locations = request.queryAll("location_ids[]").stream().map(Long::parseLong).toList();
            nodes = ServerProvisioning.viableNodes(state, locations, Long.parseLong(memory), Long.parseLong(disk));
            if (nodes.isEmpty()) {
                throw ServerProvisioning.noViableNode();
            }
        }
        return Response.ok(Json.list(nodes.stream().map(n -> routes.json.node(n, true)).toList()));
    }

    /** Only the fields sent change, unlike most of the panel's PATCH routes. */
    private Response updateNode(Request request) {
        Node node = state.node(request.id("id"));
        JsonNode body = request.json();
        node.name = sent(body, "name", JsonNode::asString, node.name);
        node.description = sent(body, "description", JsonNode::asString, node.description);
        node.locationId = sent(body, "location_id", JsonNode::asLong, node.locationId);
        if (state.pelican() && body.path("tags").isArray()) {
            node.tags.clear();
            body.get("tags").forEach(tag -> node.tags.add(tag.asString()));
        }
        node.fqdn = sent(body, "fqdn", JsonNode::asString, node.fqdn);
        node.scheme = sent(body, "scheme", JsonNode::asString, node.scheme);
        node.memory = sent(body, "memory", JsonNode::asLong, node.memory);
        node.memoryOverallocate = sent(body, "memory_overallocate", JsonNode::asLong, node.memoryOverallocate);
        node.disk = sent(body, "disk", JsonNode::asLong, node.disk);
        node.diskOverallocate = sent(body, "disk_overallocate", JsonNode::asLong, node.diskOverallocate);
        node.daemonListen = sent(body, "daemon_listen", JsonNode::asInt, node.daemonListen);
        node.daemonSftp = sent(body, "daemon_sftp", JsonNode::asInt, node.daemonSftp);
        node.maintenanceMode = sent(body, "maintenance_mode", JsonNode::asBoolean, node.maintenanceMode);
        node.updatedAt = state.now();
        return Response.ok(routes.json.node(node, false));
    }

    /** The field's value when it is sent and not null, else the current one. */
    private static <T> T sent(JsonNode body, String field, Function<JsonNode, T> read, T current) {
        return body.hasNonNull(field) ? read.apply(body.get(field)) : current;
    }

    private Response listAllocations(Request request) {
        Node node = state.node(request.id("id"));
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
                default -> throw ApplicationRoutes.invalidFilter(field, "ip, port, ip_alias, server_id");
            };
            allocations = allocations.stream().filter(matches).toList();
        }
        return routes.page(request, allocations, routes.json::allocation);
    }

    private Response createAllocations(Request request) {
        Node node = state.node(request.id("id"));
        JsonNode body = request.json();
        Validator v = new Validator(body);
        v.required("ip");
        v.required("ports");
        v.throwIfInvalid();
        String ip = v.string("ip");
        String alias = v.string("alias");
        List<Integer> ports = new ArrayList<>();
        for (JsonNode entry : body.get("ports")) {
            ports.addAll(ports(entry.asString().trim()));
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

    /** "25565" or "25565-25570"; ports must lie in 1025–65535. */
    private static List<Integer> ports(String mapping) {
        if (!mapping.matches("\\d+(-\\d+)?")) {
            throw new ApiException(400, "InvalidPortMappingException",
                    "The mapping provided for " + mapping + " was invalid and could not be processed.");
        }
        String[] range = mapping.split("-");
        int from = Integer.parseInt(range[0]);
        int to = range.length > 1 ? Integer.parseInt(range[1]) : from;
        List<Integer> ports = new ArrayList<>();
        for (int port = from; port <= to; port++) {
            if (port <= 1024 || port > 65535) {
                throw new ApiException(400, "PortOutOfRangeException",
                        "Ports in an allocation must be greater than 1024 and less than or equal to 65535.");
            }
            ports.add(port);
        }
        return ports;
    }

    private Response deleteAllocation(Request request) {
        Node node = state.node(request.id("id"));
        Allocation allocation = state.allocations.get(request.id("allocation"));
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
}
