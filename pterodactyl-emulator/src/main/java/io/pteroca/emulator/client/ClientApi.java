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
import io.pteroca.emulator.state.EmulatorState;
import io.pteroca.emulator.state.Node;
import io.pteroca.emulator.state.Server;
import io.pteroca.emulator.state.User;
import io.pteroca.emulator.wings.Jwt;
import io.pteroca.emulator.wings.Utilization;
import io.pteroca.emulator.wings.WingsSimulator;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * /api/client: the account, the server list, a server's details, resources, websocket credentials, power and
 * console; then the routes of each server feature (startup, settings, backups, databases, schedules, network,
 * subusers, activity, files), each in its own class.
 */
public final class ClientApi {

    static final String PREFIX = "/api/client";
    static final String SERVER = PREFIX + "/servers/{server}";
    private static final List<String> SIGNALS = List.of("start", "stop", "restart", "kill");

    private final ClientContext context;
    private final EmulatorState state;
    private final WingsSimulator wings;
    private final ClientTransformers t;
    /** The panel caches /resources per server for 20 s; the cached answer outlives an unreachable Wings. */
    private final Map<Long, CachedStats> statsCache = new HashMap<>();

    private record CachedStats(Instant at, ObjectNode body) {
    }

    public ClientApi(EmulatorState state, WingsSimulator wings) {
        this.context = new ClientContext(state, wings);
        this.state = state;
        this.wings = wings;
        this.t = context.json;
    }

    public void register(Router router) {
        router.add("GET", PREFIX, this::listServers)
                .add("GET", PREFIX + "/account", r -> Response.ok(t.account(r.user())))
                .add("PUT", PREFIX + "/account/email", this::updateEmail)
                .add("GET", SERVER, this::server)
                .add("GET", SERVER + "/resources", this::resources)
                .add("GET", SERVER + "/websocket", this::websocket)
                .add("POST", SERVER + "/power", this::power)
                .add("POST", SERVER + "/command", this::command)
                .add("GET", PREFIX + "/permissions", r -> Response.ok(systemPermissions()));
        BackupMaker backups = new BackupMaker(context);
        new StartupApi(context).register(router);
        new SettingsApi(context).register(router);
        new BackupsApi(context, backups).register(router);
        new DatabasesApi(context).register(router);
        new SchedulesApi(context, backups).register(router);
        new NetworkApi(context).register(router);
        new SubusersApi(context).register(router);
        new ActivityApi(context).register(router);
        new FilesApi(context).register(router);
    }

    private Response listServers(Request request) {
        User user = request.user();
        List<Server> servers = state.servers.values().stream()
                .filter(s -> s.ownerId == user.id || state.subuser(s, user.id).isPresent())
                .toList();
        return Response.ok(Pagination.page(request, state.settings().panelUrl, servers, 50, 100, true,
                s -> t.server(s, user, p -> context.access.can(user, s, p))));
    }

    private Response server(Request request) {
        Server server = context.access.accessible(request);
        User user = request.user();
        ObjectNode body = t.server(server, user, p -> context.access.can(user, server, p));
        ObjectNode meta = body.putObject("meta");
        meta.put("is_server_owner", server.ownerId == user.id);
        var permissions = meta.putArray("user_permissions");
        context.access.permissionsOf(user, server).forEach(permissions::add);
        return Response.ok(body);
    }

    private Response updateEmail(Request request) {
        User user = request.user();
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
        Server server = context.usable(request, null);
        CachedStats cached = statsCache.get(server.id);
        Instant now = state.clock().instant();
        if (cached != null && now.isBefore(cached.at().plusSeconds(state.settings().resourcesCacheSeconds))) {
            ObjectNode body = cached.body().deepCopy();
            ((ObjectNode) body.get("attributes")).put("is_suspended", server.suspended());
            return Response.ok(body);
        }
        context.callWings(server);
        Utilization usage = wings.utilization(server);
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
        Server server = context.usable(request, "websocket.connect");
        User user = request.user();
        Node node = state.node(server.nodeId);
        long now = state.clock().instant().getEpochSecond();
        // The panel's token id: md5 of the user id followed by the server uuid.
        String jti = Jwt.md5Hex(user.id + server.uuid);
        ObjectNode claims = Jwt.panelClaims(state.settings().panelUrl, node, jti, now, 600);
        claims.put("server_uuid", server.uuid);
        var permissions = claims.putArray("permissions");
        context.access.permissionsOf(user, server).forEach(permissions::add);
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

    private Response power(Request request) {
        Server server = context.usable(request, null);
        Validator v = new Validator(request.json());
        if (v.required("signal")) {
            v.in("signal", "signal", SIGNALS);
        }
        v.throwIfInvalid();
        String signal = v.string("signal");
        context.access.require(request.user(), server, "control." + (signal.equals("kill") ? "stop" : signal));
        wings.power(state.node(server.nodeId), server, signal);
        context.log(request, "server:power." + signal, server, null);
        return Response.noContent();
    }

    private Response command(Request request) {
        Server server = context.usable(request, "control.console");
        Validator v = new Validator(request.json());
        v.required("command");
        v.throwIfInvalid();
        wings.command(state.node(server.nodeId), server, v.string("command"));
        context.log(request, "server:console.command", server, p -> p.put("command", v.string("command")));
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
