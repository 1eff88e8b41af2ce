package io.pteroca.emulator.application;

import java.util.List;

import io.pteroca.emulator.http.Json;
import io.pteroca.emulator.http.SharedShapes;
import io.pteroca.emulator.state.Allocation;
import io.pteroca.emulator.state.Database;
import io.pteroca.emulator.state.DatabaseHost;
import io.pteroca.emulator.state.Egg;
import io.pteroca.emulator.state.EggVariable;
import io.pteroca.emulator.state.EmulatorState;
import io.pteroca.emulator.state.Location;
import io.pteroca.emulator.state.Nest;
import io.pteroca.emulator.state.Node;
import io.pteroca.emulator.state.Server;
import io.pteroca.emulator.state.Subuser;
import io.pteroca.emulator.state.User;
import tools.jackson.databind.node.ObjectNode;

/** The application API's JSON shapes, keys in the panel's order. */
public final class ApplicationTransformers {

    private final EmulatorState state;

    public ApplicationTransformers(EmulatorState state) {
        this.state = state;
    }

    public ObjectNode user(User u) {
        return Json.item("user", Json.fields("id", u.id, "external_id", u.externalId, "uuid", u.uuid, "username", u.username,
                "email", u.email, "first_name", u.firstName, "last_name", u.lastName, "language", u.language,
                "root_admin", u.rootAdmin, "2fa", u.twoFactor, "created_at", Json.atom(u.createdAt), "updated_at", Json.atom(u.updatedAt)));
    }

    public ObjectNode location(Location l) {
        return Json.item("location", Json.fields("id", l.id, "short", l.shortCode, "long", l.longName,
                "updated_at", Json.atom(l.updatedAt), "created_at", Json.atom(l.createdAt)));
    }

    public ObjectNode node(Node n, boolean withSums) {
        ObjectNode a = Json.fields("id", n.id, "uuid", n.uuid, "public", n.isPublic, "name", n.name, "description", n.description,
                "location_id", n.locationId, "fqdn", n.fqdn, "scheme", n.scheme, "behind_proxy", n.behindProxy,
                "maintenance_mode", n.maintenanceMode, "memory", n.memory, "memory_overallocate", n.memoryOverallocate,
                "disk", n.disk, "disk_overallocate", n.diskOverallocate, "upload_size", n.uploadSize,
                "daemon_listen", n.daemonListen, "daemon_sftp", n.daemonSftp, "daemon_base", n.daemonBase,
                "created_at", Json.atom(n.createdAt), "updated_at", Json.atom(n.updatedAt));
        long memory = state.serversOnNode(n.id).stream().mapToLong(s -> s.memory).sum();
        long disk = state.serversOnNode(n.id).stream().mapToLong(s -> s.disk).sum();
        if (withSums) {
            // The deployable query selects the sums as SQL strings.
            a.put("sum_memory", Long.toString(memory));
            a.put("sum_disk", Long.toString(disk));
        }
        a.set("allocated_resources", Json.fields("memory", memory, "disk", disk));
        return Json.item("node", a);
    }

    public ObjectNode allocation(Allocation al) {
        return Json.item("allocation", Json.fields("id", al.id, "ip", al.ip, "alias", al.alias, "port", al.port, "notes", al.notes,
                "assigned", al.serverId != null));
    }

    public ObjectNode nest(Nest n) {
        return Json.item("nest", Json.fields("id", n.id, "uuid", n.uuid, "author", n.author, "name", n.name,
                "description", n.description, "created_at", Json.atom(n.createdAt), "updated_at", Json.atom(n.updatedAt)));
    }

    public ObjectNode egg(Egg e, List<String> includes) {
        ObjectNode a = e.attributes.deepCopy();
        ObjectNode relationships = Json.object();
        for (String include : includes) {
            switch (include) {
                case "variables" -> relationships.set("variables",
                        Json.list(e.variables.stream().map(v -> Json.item("egg_variable", eggVariable(v))).toList()));
                case "nest" -> relationships.set("nest", nest(state.nests.get(e.nestId)));
                default -> {
                }
            }
        }
        if (!relationships.isEmpty()) {
            a.set("relationships", relationships);
        }
        return Json.item("egg", a);
    }

    public ObjectNode eggVariable(EggVariable v) {
        return Json.fields("id", v.id, "egg_id", v.eggId, "name", v.name, "description", v.description,
                "env_variable", v.envVariable, "default_value", v.defaultValue, "user_viewable", v.userViewable,
                "user_editable", v.userEditable, "rules", v.rules, "created_at", Json.micros(v.createdAt),
                "updated_at", Json.micros(v.updatedAt));
    }

    public ObjectNode server(Server s, List<String> includes) {
        ObjectNode a = Json.object();
        a.put("id", s.id);
        a.put("external_id", s.externalId);
        a.put("uuid", s.uuid);
        a.put("identifier", s.identifier());
        a.put("name", s.name);
        a.put("description", s.description);
        a.put("status", s.status);
        a.put("suspended", s.suspended());
        a.set("limits", SharedShapes.limits(s));
        a.set("feature_limits", SharedShapes.featureLimits(s));
        a.put("user", s.ownerId);
        a.put("node", s.nodeId);
        a.put("allocation", s.allocationId);
        a.put("nest", s.nestId);
        a.put("egg", s.eggId);
        ObjectNode container = a.putObject("container");
        container.put("startup_command", s.startup);
        container.put("image", s.image);
        container.put("installed", s.installedOnce ? 1 : 0);
        ObjectNode environment = container.putObject("environment");
        Egg egg = state.eggs.get(s.eggId);
        for (EggVariable v : egg.variables) {
            environment.put(v.envVariable, s.variables.getOrDefault(v.envVariable, v.defaultValue));
        }
        environment.put("STARTUP", s.startup);
        environment.put("P_SERVER_LOCATION", state.locationOfNode(s.nodeId).shortCode);
        environment.put("P_SERVER_UUID", s.uuid);
        environment.put("P_SERVER_ALLOCATION_LIMIT", s.allocationLimit);
        a.put("updated_at", Json.atom(s.updatedAt));
        a.put("created_at", Json.atom(s.createdAt));
        ObjectNode relationships = Json.object();
        // Relationships come in the order the panel's transformer declares its includes, not the request's.
        for (String include : List.of("allocations", "user", "subusers", "nest", "egg", "variables", "location", "node", "databases")) {
            if (!includes.contains(include)) {
                continue;
            }
            switch (include) {
                case "allocations" -> relationships.set("allocations",
                        Json.list(state.allocationsOf(s).stream().map(this::allocation).toList()));
                case "user" -> relationships.set("user", user(state.users.get(s.ownerId)));
                case "subusers" -> relationships.set("subusers", Json.list(state.subusers.values().stream()
                        .filter(su -> su.serverId == s.id).map(this::subuser).toList()));
                case "egg" -> relationships.set("egg", egg(egg, List.of()));
                case "nest" -> relationships.set("nest", nest(state.nests.get(s.nestId)));
                case "variables" -> relationships.set("variables", Json.list(egg.variables.stream().map(v -> {
                    ObjectNode va = eggVariable(v);
                    va.put("server_value", s.variables.getOrDefault(v.envVariable, v.defaultValue));
                    return Json.item("server_variable", va);
                }).toList()));
                case "location" -> relationships.set("location", location(state.locationOfNode(s.nodeId)));
                case "node" -> relationships.set("node", node(state.node(s.nodeId), false));
                // The panel names the objects of this include "databases", not "server_database".
                case "databases" -> relationships.set("databases", Json.list(state.databasesOf(s).stream()
                        .map(d -> Json.item("databases", databaseAttributes(d))).toList()));
                default -> {
                }
            }
        }
        if (!relationships.isEmpty()) {
            a.set("relationships", relationships);
        }
        return Json.item("server", a);
    }

    public ObjectNode subuser(Subuser su) {
        return Json.item("subuser", Json.fields("id", su.id, "user_id", su.userId, "server_id", su.serverId,
                "permissions", List.copyOf(su.permissions), "created_at", Json.atom(su.createdAt), "updated_at", Json.atom(su.updatedAt)));
    }

    public ObjectNode databaseAttributes(Database d) {
        return Json.fields("id", d.id, "server", d.serverId, "host", d.hostId, "database", d.database, "username", d.username,
                "remote", d.remote, "max_connections", d.maxConnections, "created_at", Json.atom(d.createdAt),
                "updated_at", Json.atom(d.updatedAt));
    }

    public ObjectNode database(Database d, List<String> includes) {
        ObjectNode a = databaseAttributes(d);
        ObjectNode relationships = Json.object();
        for (String include : includes) {
            if (include.equals("password")) {
                relationships.set("password", SharedShapes.databasePassword(d));
            } else if (include.equals("host")) {
                relationships.set("host", databaseHost(state.databaseHosts.get(d.hostId)));
            }
        }
        if (!relationships.isEmpty()) {
            a.set("relationships", relationships);
        }
        return Json.item("server_database", a);
    }

    public ObjectNode databaseHost(DatabaseHost h) {
        return Json.item("database_host", Json.fields("id", h.id, "name", h.name, "host", h.host, "port", h.port,
                "username", h.username, "node", h.nodeId, "created_at", Json.atom(h.createdAt), "updated_at", Json.atom(h.updatedAt)));
    }
}
