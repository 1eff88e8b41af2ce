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
        ObjectNode a = Json.object();
        a.put("id", u.id);
        a.put("external_id", u.externalId);
        a.put("uuid", u.uuid);
        a.put("username", u.username);
        a.put("email", u.email);
        a.put("first_name", u.firstName);
        a.put("last_name", u.lastName);
        a.put("language", u.language);
        a.put("root_admin", u.rootAdmin);
        a.put("2fa", u.twoFactor);
        a.put("created_at", Json.atom(u.createdAt));
        a.put("updated_at", Json.atom(u.updatedAt));
        return Json.item("user", a);
    }

    public ObjectNode location(Location l) {
        ObjectNode a = Json.object();
        a.put("id", l.id);
        a.put("short", l.shortCode);
        a.put("long", l.longName);
        a.put("updated_at", Json.atom(l.updatedAt));
        a.put("created_at", Json.atom(l.createdAt));
        return Json.item("location", a);
    }

    public ObjectNode node(Node n, boolean withSums) {
        ObjectNode a = Json.object();
        a.put("id", n.id);
        a.put("uuid", n.uuid);
        a.put("public", n.isPublic);
        a.put("name", n.name);
        a.put("description", n.description);
        a.put("location_id", n.locationId);
        a.put("fqdn", n.fqdn);
        a.put("scheme", n.scheme);
        a.put("behind_proxy", n.behindProxy);
        a.put("maintenance_mode", n.maintenanceMode);
        a.put("memory", n.memory);
        a.put("memory_overallocate", n.memoryOverallocate);
        a.put("disk", n.disk);
        a.put("disk_overallocate", n.diskOverallocate);
        a.put("upload_size", n.uploadSize);
        a.put("daemon_listen", n.daemonListen);
        a.put("daemon_sftp", n.daemonSftp);
        a.put("daemon_base", n.daemonBase);
        a.put("created_at", Json.atom(n.createdAt));
        a.put("updated_at", Json.atom(n.updatedAt));
        long memory = state.serversOnNode(n.id).stream().mapToLong(s -> s.memory).sum();
        long disk = state.serversOnNode(n.id).stream().mapToLong(s -> s.disk).sum();
        if (withSums) {
            // The deployable query selects the sums as SQL strings.
            a.put("sum_memory", Long.toString(memory));
            a.put("sum_disk", Long.toString(disk));
        }
        ObjectNode allocated = a.putObject("allocated_resources");
        allocated.put("memory", memory);
        allocated.put("disk", disk);
        return Json.item("node", a);
    }

    public ObjectNode allocation(Allocation al) {
        ObjectNode a = Json.object();
        a.put("id", al.id);
        a.put("ip", al.ip);
        a.put("alias", al.alias);
        a.put("port", al.port);
        a.put("notes", al.notes);
        a.put("assigned", al.serverId != null);
        return Json.item("allocation", a);
    }

    public ObjectNode nest(Nest n) {
        ObjectNode a = Json.object();
        a.put("id", n.id);
        a.put("uuid", n.uuid);
        a.put("author", n.author);
        a.put("name", n.name);
        a.put("description", n.description);
        a.put("created_at", Json.atom(n.createdAt));
        a.put("updated_at", Json.atom(n.updatedAt));
        return Json.item("nest", a);
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
        ObjectNode a = Json.object();
        a.put("id", v.id);
        a.put("egg_id", v.eggId);
        a.put("name", v.name);
        a.put("description", v.description);
        a.put("env_variable", v.envVariable);
        a.put("default_value", v.defaultValue);
        a.put("user_viewable", v.userViewable);
        a.put("user_editable", v.userEditable);
        a.put("rules", v.rules);
        a.put("created_at", Json.micros(v.createdAt));
        a.put("updated_at", Json.micros(v.updatedAt));
        return a;
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
        ObjectNode a = Json.object();
        a.put("id", su.id);
        a.put("user_id", su.userId);
        a.put("server_id", su.serverId);
        var perms = a.putArray("permissions");
        su.permissions.forEach(perms::add);
        a.put("created_at", Json.atom(su.createdAt));
        a.put("updated_at", Json.atom(su.updatedAt));
        return Json.item("subuser", a);
    }

    public ObjectNode databaseAttributes(Database d) {
        ObjectNode a = Json.object();
        a.put("id", d.id);
        a.put("server", d.serverId);
        a.put("host", d.hostId);
        a.put("database", d.database);
        a.put("username", d.username);
        a.put("remote", d.remote);
        a.put("max_connections", d.maxConnections);
        a.put("created_at", Json.atom(d.createdAt));
        a.put("updated_at", Json.atom(d.updatedAt));
        return a;
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
        ObjectNode a = Json.object();
        a.put("id", h.id);
        a.put("name", h.name);
        a.put("host", h.host);
        a.put("port", h.port);
        a.put("username", h.username);
        a.put("node", h.nodeId);
        a.put("created_at", Json.atom(h.createdAt));
        a.put("updated_at", Json.atom(h.updatedAt));
        return Json.item("database_host", a);
    }
}
