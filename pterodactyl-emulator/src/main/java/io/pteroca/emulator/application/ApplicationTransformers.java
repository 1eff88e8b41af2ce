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
        if (state.pelican()) {
            // Pelican's users have no names; admin rights come from roles.
            return Json.item("user", Json.fields("id", u.id, "external_id", u.externalId, "is_managed_externally", u.managedExternally,
                    "uuid", u.uuid, "username", u.username, "email", u.email, "language", u.language, "root_admin", u.rootAdmin,
                    "2fa_enabled", u.twoFactor, "2fa", u.twoFactor, "created_at", Json.atom(u.createdAt),
                    "updated_at", Json.atom(u.updatedAt)));
        }
        return Json.item("user", Json.fields("id", u.id, "external_id", u.externalId, "uuid", u.uuid, "username", u.username,
                "email", u.email, "first_name", u.firstName, "last_name", u.lastName, "language", u.language,
                "root_admin", u.rootAdmin, "2fa", u.twoFactor, "created_at", Json.atom(u.createdAt), "updated_at", Json.atom(u.updatedAt)));
    }

    public ObjectNode location(Location l) {
        return Json.item("location", Json.fields("id", l.id, "short", l.shortCode, "long", l.longName,
                "updated_at", Json.atom(l.updatedAt), "created_at", Json.atom(l.createdAt)));
    }

    public ObjectNode node(Node n, boolean withSums) {
        if (state.pelican()) {
            return pelicanNode(n, withSums);
        }
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

    /** Pelican's node: tags and cpu instead of a location, separate listen and connect ports. */
    private ObjectNode pelicanNode(Node n, boolean withSums) {
        ObjectNode a = Json.fields("id", n.id, "uuid", n.uuid, "public", n.isPublic, "name", n.name, "description", n.description,
                "fqdn", n.fqdn, "scheme", n.scheme, "behind_proxy", n.behindProxy, "maintenance_mode", n.maintenanceMode,
                "memory", n.memory, "memory_overallocate", n.memoryOverallocate, "disk", n.disk, "disk_overallocate", n.diskOverallocate,
                "cpu", 0, "cpu_overallocate", 0, "upload_size", n.uploadSize, "daemon_listen", n.daemonListen,
                "daemon_sftp", n.daemonSftp, "daemon_sftp_alias", null, "daemon_base", n.daemonBase,
                "created_at", Json.atom(n.createdAt), "updated_at", Json.atom(n.updatedAt), "tags", List.copyOf(n.tags),
                "daemon_connect", n.daemonListen);
        List<Server> servers = state.serversOnNode(n.id);
        long memory = servers.stream().mapToLong(s -> s.memory).sum();
        long disk = servers.stream().mapToLong(s -> s.disk).sum();
        long cpu = servers.stream().mapToLong(s -> s.cpu).sum();
        if (withSums) {
            // withSum() selects SQL strings, and null when the node has no servers.
            a.put("servers_sum_memory", servers.isEmpty() ? null : Long.toString(memory));
            a.put("servers_sum_disk", servers.isEmpty() ? null : Long.toString(disk));
            a.put("servers_sum_cpu", servers.isEmpty() ? null : Long.toString(cpu));
        }
        a.set("allocated_resources", Json.fields("memory", memory, "disk", disk, "cpu", cpu));
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
        if (state.pelican()) {
            // Pelican keeps a variable's rules as an array and adds its display order.
            return Json.fields("id", v.id, "egg_id", v.eggId, "sort", v.sort, "name", v.name, "description", v.description,
                    "env_variable", v.envVariable, "default_value", v.defaultValue, "user_viewable", v.userViewable,
                    "user_editable", v.userEditable, "rules", List.of(v.rules.split("\\|")), "created_at", Json.micros(v.createdAt),
                    "updated_at", Json.micros(v.updatedAt));
        }
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
        a.set("limits", SharedShapes.limits(s, state.pelican()));
        a.set("feature_limits", SharedShapes.featureLimits(s));
        a.put("user", s.ownerId);
        a.put("node", s.nodeId);
        if (state.pelican() && s.allocationId == 0) {
            a.putNull("allocation");
        } else {
            a.put("allocation", s.allocationId);
        }
        if (!state.pelican()) {
            a.put("nest", s.nestId);
        }
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
        if (state.pelican()) {
            environment.put("P_SERVER_UUID", s.uuid);
        } else {
            environment.put("P_SERVER_LOCATION", state.locationOfNode(s.nodeId).shortCode);
            environment.put("P_SERVER_UUID", s.uuid);
            environment.put("P_SERVER_ALLOCATION_LIMIT", s.allocationLimit);
        }
        a.put("updated_at", Json.atom(s.updatedAt));
        a.put("created_at", Json.atom(s.createdAt));
        ObjectNode relationships = Json.object();
        // Relationships come in the order the panel's transformer declares its includes, not the request's.
        List<String> declared = state.pelican() ? List.of("allocations", "user", "subusers", "egg", "variables", "node", "databases")
                : List.of("allocations", "user", "subusers", "nest", "egg", "variables", "location", "node", "databases");
        for (String include : declared) {
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
        if (state.pelican()) {
            // A Pelican database host serves many nodes, so the object names none.
            return Json.item("database_host", Json.fields("id", h.id, "name", h.name, "host", h.host, "port", h.port,
                    "username", h.username, "created_at", Json.atom(h.createdAt), "updated_at", Json.atom(h.updatedAt)));
        }
        return Json.item("database_host", Json.fields("id", h.id, "name", h.name, "host", h.host, "port", h.port,
                "username", h.username, "node", h.nodeId, "created_at", Json.atom(h.createdAt), "updated_at", Json.atom(h.updatedAt)));
    }
}
