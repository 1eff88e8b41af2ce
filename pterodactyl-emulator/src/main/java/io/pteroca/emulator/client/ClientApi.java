package io.pteroca.emulator.client;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.pteroca.emulator.http.ApiException;
import io.pteroca.emulator.http.Json;
import io.pteroca.emulator.http.Pagination;
import io.pteroca.emulator.http.Request;
import io.pteroca.emulator.http.Response;
import io.pteroca.emulator.http.Router;
import io.pteroca.emulator.http.Validator;
import io.pteroca.emulator.state.EggVariable;
import io.pteroca.emulator.state.EmulatorState;
import io.pteroca.emulator.state.Node;
import io.pteroca.emulator.state.Server;
import io.pteroca.emulator.state.User;
import io.pteroca.emulator.wings.Jwt;
import io.pteroca.emulator.wings.WingsSimulator;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** /api/client: the account, the server list and the server routes a billing panel uses. */
public final class ClientApi {

    private static final String P = "/api/client";
    private static final List<String> SIGNALS = List.of("start", "stop", "restart", "kill");

    private final EmulatorState state;
    private final WingsSimulator wings;
    private final ClientTransformers t;
    private final ServerAccess access;
    /** The panel caches /resources per server for 20 s; the cached answer outlives an unreachable Wings. */
    private final Map<Long, CachedStats> statsCache = new HashMap<>();

    private record CachedStats(Instant at, ObjectNode body) {
    }

    public ClientApi(EmulatorState state, WingsSimulator wings) {
        this.state = state;
        this.wings = wings;
        this.t = new ClientTransformers(state);
        this.access = new ServerAccess(state);
    }

    public void register(Router router) {
        router.add("GET", P, this::listServers)
                .add("GET", P + "/account", r -> Response.ok(t.account(r.caller().user())))
                .add("PUT", P + "/account/email", this::updateEmail)
                .add("GET", P + "/servers/{server}", r -> {
                    Server server = accessible(r);
                    User user = r.caller().user();
                    ObjectNode body = t.server(server, user, p -> access.can(user, server, p));
                    ObjectNode meta = body.putObject("meta");
                    meta.put("is_server_owner", server.ownerId == user.id);
                    var permissions = meta.putArray("user_permissions");
                    access.permissionsOf(user, server).forEach(permissions::add);
                    return Response.ok(body);
                })
                .add("GET", P + "/servers/{server}/resources", this::resources)
                .add("GET", P + "/servers/{server}/websocket", this::websocket)
                .add("GET", P + "/servers/{server}/startup", this::startup)
                .add("PUT", P + "/servers/{server}/startup/variable", this::updateVariable)
                .add("POST", P + "/servers/{server}/power", this::power)
                .add("POST", P + "/servers/{server}/command", this::command)
                .add("POST", P + "/servers/{server}/settings/rename", this::rename)
                .add("PUT", P + "/servers/{server}/settings/docker-image", this::dockerImage)
                .add("GET", P + "/permissions", r -> Response.ok(systemPermissions()))
                .add("POST", P + "/servers/{server}/settings/reinstall", r -> {
                    Server server = usable(r, "settings.reinstall");
                    wings.call(state.node(server.nodeId));
                    server.status = Server.INSTALLING;
                    server.pendingDoneAt = state.clock().instant().plus(state.installDelay());
                    state.log("server:reinstall", r.caller().user(), server, true, null);
                    return Response.acceptedEmptyArray();
                });
    }

    private Server accessible(Request request) {
        return access.accessible(request);
    }

    private Server usable(Request request, String permission) {
        return access.usable(request, permission);
    }

    private Response listServers(Request request) {
        User user = request.caller().user();
        List<Server> servers = state.servers.values().stream()
                .filter(s -> s.ownerId == user.id || state.subuser(s, user.id).isPresent())
                .toList();
        return Response.ok(Pagination.page(request, state.settings().panelUrl, servers, 50, 100, true,
                s -> t.server(s, user, p -> access.can(user, s, p))));
    }

    private Response updateEmail(Request request) {
        User user = request.caller().user();
        JsonNode body = request.json();
        Validator v = new Validator(body);
        if (v.required("email")) {
            v.email("email");
            String email = v.string("email");
            if (v.has("email")) {
                v.unique("email", "email", state.users.values().stream().anyMatch(u -> u != user && u.email.equalsIgnoreCase(email)));
            }
        }
        v.required("password");
        v.throwIfInvalid();
        if (!v.string("password").equals(user.password)) {
            throw new ApiException(400, "InvalidPasswordProvidedException", "The password provided was invalid for this account.");
        }
        String old = user.email;
        user.email = v.string("email");
        user.updatedAt = state.now();
        state.log("user:account.email-changed", user, null, true, p -> {
            p.put("old", old);
            p.put("new", user.email);
        });
        return Response.noContent();
    }

    private Response resources(Request request) {
        Server server = usable(request, null);
        CachedStats cached = statsCache.get(server.id);
        Instant now = state.clock().instant();
        if (cached != null && now.isBefore(cached.at().plusSeconds(state.settings().resourcesCacheSeconds))) {
            ObjectNode body = cached.body().deepCopy();
            ((ObjectNode) body.get("attributes")).put("is_suspended", server.suspended());
            return Response.ok(body);
        }
        Node node = state.node(server.nodeId);
        wings.call(node);
        WingsSimulator.Utilization usage = wings.utilization(server);
        ObjectNode a = Json.object();
        a.put("current_state", usage.state());
        a.put("is_suspended", server.suspended());
        ObjectNode r = a.putObject("resources");
        r.put("memory_bytes", usage.memoryBytes());
        if (usage.cpuAbsolute() != 0) {
            r.put("cpu_absolute", usage.cpuAbsolute());
        } else {
            r.put("cpu_absolute", 0);
        }
        r.put("disk_bytes", usage.diskBytes());
        r.put("network_rx_bytes", usage.rxBytes());
        r.put("network_tx_bytes", usage.txBytes());
        r.put("uptime", usage.uptimeMillis());
        ObjectNode body = Json.item("stats", a);
        statsCache.put(server.id, new CachedStats(now, body));
        return Response.ok(body);
    }

    private Response websocket(Request request) {
        Server server = usable(request, "websocket.connect");
        User user = request.caller().user();
        Node node = state.node(server.nodeId);
        long now = state.clock().instant().getEpochSecond();
        // The panel's token id: md5 of the user id followed by the server uuid.
        String jti = Jwt.md5Hex(user.id + server.uuid);
        ObjectNode claims = Jwt.panelClaims(state.settings().panelUrl, node, jti, now, 600);
        claims.put("server_uuid", server.uuid);
        var permissions = claims.putArray("permissions");
        access.permissionsOf(user, server).forEach(permissions::add);
        claims.put("user_uuid", user.uuid);
        claims.put("user_id", user.id);
        claims.put("unique_id", state.randomString(16));
        ObjectNode body = Json.object();
        ObjectNode data = body.putObject("data");
        data.put("token", Jwt.sign(claims, jti, node.daemonToken));
        data.put("socket", (node.scheme.equals("https") ? "wss" : "ws") + "://" + node.fqdn + ":" + node.daemonListen
                + "/api/servers/" + server.uuid + "/ws");
        return Response.ok(body);
    }

    private Response startup(Request request) {
        Server server = usable(request, "startup.read");
        ObjectNode body = Json.list(t.viewableVariables(server).stream().map(v -> t.variable(server, v)).toList());
        ObjectNode meta = body.putObject("meta");
        meta.put("startup_command", t.invocation(server, false));
        ObjectNode images = meta.putObject("docker_images");
        state.eggs.get(server.eggId).dockerImages().forEach(images::put);
        meta.put("raw_startup_command", server.startup);
        return Response.ok(body);
    }

    private Response updateVariable(Request request) {
        Server server = usable(request, "startup.update");
        JsonNode body = request.json();
        Validator v = new Validator(body);
        v.required("key");
        v.present("value");
        v.throwIfInvalid();
        String key = v.string("key");
        EggVariable variable = state.eggs.get(server.eggId).variables.stream()
                .filter(ev -> ev.envVariable.equals(key)).findFirst()
                .orElseThrow(() -> ApiException.serverError("ErrorException"));
        if (!variable.userViewable) {
            throw new ApiException(400, "BadRequestHttpException", "The environment variable you are trying to edit does not exist.");
        }
        if (!variable.userEditable) {
            throw new ApiException(400, "BadRequestHttpException", "The environment variable you are trying to edit is read-only.");
        }
        String value = v.string("value");
        VariableRules.check(variable.rules, value == null ? "" : value);
        String old = server.variables.getOrDefault(key, variable.defaultValue);
        server.variables.put(key, value == null ? "" : value);
        server.updatedAt = state.now();
        if (!java.util.Objects.equals(old, value)) {
            state.log("server:startup.edit", request.caller().user(), server, true, p -> {
                p.put("variable", key);
                p.put("old", old);
                p.put("new", value);
            });
        }
        ObjectNode response = t.variable(server, variable);
        ObjectNode meta = response.putObject("meta");
        meta.put("startup_command", t.invocation(server, false));
        meta.put("raw_startup_command", server.startup);
        return Response.ok(response);
    }

    private Response power(Request request) {
        Server server = usable(request, null);
        Validator v = new Validator(request.json());
        if (v.required("signal")) {
            v.in("signal", "signal", SIGNALS);
        }
        v.throwIfInvalid();
        String signal = v.string("signal");
        access.require(request.caller().user(), server, "control." + (signal.equals("kill") ? "stop" : signal));
        wings.power(state.node(server.nodeId), server, v.string("signal"));
        state.log("server:power." + v.string("signal"), request.caller().user(), server, true, null);
        return Response.noContent();
    }

    private Response command(Request request) {
        Server server = usable(request, "control.console");
        Validator v = new Validator(request.json());
        v.required("command");
        v.throwIfInvalid();
        wings.command(state.node(server.nodeId), server, v.string("command"));
        state.log("server:console.command", request.caller().user(), server, true, p -> p.put("command", v.string("command")));
        return Response.noContent();
    }

    private Response rename(Request request) {
        Server server = usable(request, "settings.rename");
        Validator v = new Validator(request.json());
        v.required("name");
        v.throwIfInvalid();
        String old = server.name;
        String oldDescription = server.description;
        server.name = v.string("name");
        if (request.json().has("description")) {
            server.description = v.string("description") == null ? "" : v.string("description");
        }
        server.updatedAt = state.now();
        if (!old.equals(server.name)) {
            state.log("server:settings.rename", request.caller().user(), server, true, p -> {
                p.put("old", old);
                p.put("new", server.name);
            });
        }
        if (!java.util.Objects.equals(oldDescription, server.description)) {
            state.log("server:settings.description", request.caller().user(), server, true, p -> {
                p.put("old", oldDescription);
                p.put("new", server.description);
            });
        }
        return Response.noContent();
    }

    private Response dockerImage(Request request) {
        Server server = usable(request, "startup.docker-image");
        java.util.Map<String, String> images = state.eggs.get(server.eggId).dockerImages();
        if (!images.containsValue(server.image)) {
            throw new ApiException(400, "BadRequestHttpException",
                    "This server's Docker image has been manually set by an administrator and cannot be updated.");
        }
        Validator v = new Validator(request.json());
        if (v.required("docker_image", "docker image")) {
            v.in("docker_image", "docker image", List.copyOf(images.values()));
        }
        v.throwIfInvalid();
        String old = server.image;
        server.image = v.string("docker_image");
        server.updatedAt = state.now();
        if (!old.equals(server.image)) {
            state.log("server:startup.image", request.caller().user(), server, true, p -> {
                p.put("old", old);
                p.put("new", server.image);
            });
        }
        return Response.noContent();
    }

    private static ObjectNode systemPermissions() {
        ObjectNode groups = Json.object();
        ServerAccess.PERMISSIONS.forEach((name, entries) -> {
            ObjectNode group = groups.putObject(name);
            group.put("description", entries.get("__description"));
            ObjectNode keys = group.putObject("keys");
            entries.forEach((key, description) -> {
                if (!key.startsWith("__")) {
                    keys.put(key, description);
                }
            });
        });
        ObjectNode attributes = Json.object();
        attributes.set("permissions", groups);
        return Json.item("system_permissions", attributes);
    }
}
