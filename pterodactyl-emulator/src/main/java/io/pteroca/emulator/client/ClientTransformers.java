package io.pteroca.emulator.client;

import java.util.List;

import io.pteroca.emulator.http.Json;
import io.pteroca.emulator.http.SharedShapes;
import io.pteroca.emulator.state.Allocation;
import io.pteroca.emulator.state.Egg;
import io.pteroca.emulator.state.EggVariable;
import io.pteroca.emulator.state.EmulatorState;
import io.pteroca.emulator.state.Node;
import io.pteroca.emulator.state.Server;
import io.pteroca.emulator.state.User;
import tools.jackson.databind.node.ObjectNode;

/** The client API's JSON shapes, keys in the panel's order. */
public final class ClientTransformers {

    private final EmulatorState state;

    public ClientTransformers(EmulatorState state) {
        this.state = state;
    }

    /** The server as this viewer sees it: startup values, variables and allocation notes depend on permissions. */
    public ObjectNode server(Server s, User viewer, java.util.function.Predicate<String> can) {
        boolean canReadStartup = can.test("startup.read");
        Node node = state.node(s.nodeId);
        Egg egg = state.eggs.get(s.eggId);
        ObjectNode a = Json.object();
        a.put("server_owner", s.ownerId == viewer.id);
        a.put("identifier", s.identifier());
        a.put("internal_id", s.id);
        a.put("uuid", s.uuid);
        a.put("name", s.name);
        a.put("node", node.name);
        a.put("is_node_under_maintenance", node.maintenanceMode);
        ObjectNode sftp = a.putObject("sftp_details");
        sftp.put("ip", node.fqdn);
        if (state.pelican()) {
            sftp.putNull("alias");
        }
        sftp.put("port", node.daemonSftp);
        a.put("description", s.description);
        a.set("limits", SharedShapes.limits(s, state.pelican()));
        a.put("invocation", invocation(s, !canReadStartup));
        a.put("docker_image", s.image);
        var features = a.putArray("egg_features");
        egg.features.forEach(features::add);
        a.set("feature_limits", SharedShapes.featureLimits(s));
        a.put("status", s.status);
        a.put("is_suspended", s.suspended());
        a.put("is_installing", s.status != null && !s.suspended() && !Server.RESTORING.equals(s.status));
        a.put("is_transferring", false);
        ObjectNode relationships = a.putObject("relationships");
        if (can.test("allocation.read")) {
            relationships.set("allocations", Json.list(state.allocationsOf(s).stream().map(al -> allocation(al, s)).toList()));
        } else {
            // Without allocation.read only the primary allocation shows, and without its notes.
            Allocation allocation = state.allocations.get(s.allocationId);
            ObjectNode primary = allocation == null ? null : allocation(allocation, s);
            if (primary != null) {
                ((ObjectNode) primary.get("attributes")).putNull("notes");
            }
            relationships.set("allocations", Json.list(primary == null ? List.of() : List.of(primary)));
        }
        if (canReadStartup) {
            relationships.set("variables", Json.list(viewableVariables(s).stream().map(v -> variable(s, v)).toList()));
        } else {
            relationships.set("variables", Json.item("null_resource", null));
        }
        return Json.item("server", a);
    }

    /** The startup command with variables filled in; values hidden from viewers without startup.read. */
    public String invocation(Server s, boolean hideValues) {
        String result = s.startup;
        for (EggVariable v : state.eggs.get(s.eggId).variables) {
            String value = hideValues ? "[hidden]" : s.variables.getOrDefault(v.envVariable, v.defaultValue);
            result = result.replace("{{" + v.envVariable + "}}", value == null ? "" : value);
        }
        Allocation primary = state.allocations.get(s.allocationId);
        return result.replace("{{SERVER_MEMORY}}", Long.toString(s.memory))
                .replace("{{SERVER_PORT}}", primary == null ? "" : Integer.toString(primary.port));
    }

    public List<EggVariable> viewableVariables(Server s) {
        return state.eggs.get(s.eggId).variables.stream().filter(v -> v.userViewable).toList();
    }

    public ObjectNode variable(Server s, EggVariable v) {
        return Json.item("egg_variable", Json.fields("name", v.name, "description", v.description, "env_variable", v.envVariable,
                "default_value", v.defaultValue, "server_value", s.variables.getOrDefault(v.envVariable, v.defaultValue),
                "is_editable", v.userEditable, "rules", v.rules));
    }

    public ObjectNode allocation(Allocation al, Server s) {
        return Json.item("allocation", Json.fields("id", al.id, "ip", al.ip, "ip_alias", al.alias, "port", al.port, "notes", al.notes,
                "is_default", al.id == s.allocationId));
    }

    public ObjectNode account(User u) {
        return Json.item("user", Json.fields("id", u.id, "admin", u.rootAdmin, "username", u.username, "email", u.email,
                "first_name", u.firstName, "last_name", u.lastName, "language", u.language));
    }
}
