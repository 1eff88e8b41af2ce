package io.pteroca.emulator.client;

import java.util.Objects;
import java.util.regex.Pattern;

import io.pteroca.emulator.http.ApiException;
import io.pteroca.emulator.http.Json;
import io.pteroca.emulator.http.Request;
import io.pteroca.emulator.http.Response;
import io.pteroca.emulator.http.Router;
import io.pteroca.emulator.http.SharedShapes;
import io.pteroca.emulator.http.Validator;
import io.pteroca.emulator.state.Database;
import io.pteroca.emulator.state.DatabaseHost;
import io.pteroca.emulator.state.EmulatorState;
import io.pteroca.emulator.state.Server;
import tools.jackson.databind.node.ObjectNode;

/** A server's databases on the database host of its node: list, create, rotate the password, delete. */
final class DatabasesApi {

    private static final Pattern ALPHA_DASH = Pattern.compile("^[\\p{L}\\p{N}_-]+$");
    private static final Pattern REMOTE = Pattern.compile("^[0-9%.]{1,15}$");

    private final ClientContext context;
    private final EmulatorState state;

    DatabasesApi(ClientContext context) {
        this.context = context;
        this.state = context.state;
    }

    void register(Router router) {
        String databases = ClientApi.SERVER + "/databases";
        router.add("GET", databases, this::list)
                .add("POST", databases, this::create)
                .add("POST", databases + "/{database}/rotate-password", this::rotatePassword)
                .add("DELETE", databases + "/{database}", this::delete);
    }

    private Response list(Request request) {
        Server server = context.usable(request, "database.read");
        boolean password = request.includes().contains("password") && context.access.can(request.user(), server, "database.view_password");
        return Response.ok(Json.list(state.databasesOf(server).stream().map(d -> database(d, password, false)).toList()));
    }

    private Response create(Request request) {
        Server server = context.usable(request, "database.create");
        Validator v = new Validator(request.json());
        if (v.required("database")) {
            String name = v.string("database");
            if (!ALPHA_DASH.matcher(name).matches()) {
                v.fail("database", "alpha_dash", "The database may only contain letters, numbers, and dashes.");
            } else if (name.length() < 1 || name.length() > 48) {
                v.fail("database", "between", "The database must be between 1 and 48 characters.");
            }
        }
        if (v.required("remote") && !REMOTE.matcher(v.string("remote")).matches()) {
            v.fail("remote", "regex", "The remote format is invalid.");
        }
        v.throwIfInvalid();
        if (state.databasesOf(server).size() >= server.databaseLimit) {
            throw new ApiException(400, "TooManyDatabasesException",
                    "Operation aborted: creating a new database would put this server over the defined limit.");
        }
        String name = "s" + server.id + "_" + v.string("database");
        if (state.databasesOf(server).stream().anyMatch(d -> d.database.equals(name))) {
            throw new ApiException(400, "DuplicateDatabaseNameException", "A database with that name already exists for this server.");
        }
        DatabaseHost host = state.databaseHosts.values().stream().filter(h -> Objects.equals(h.nodeId, server.nodeId)).findFirst()
                .or(() -> state.databaseHosts.values().stream().findFirst())
                .orElseThrow(() -> new ApiException(500, "NoSuitableDatabaseHostException",
                        "No database host was found that meets the requirements for this server."));
        Database d = new Database();
        d.id = state.nextId("databases");
        // Pelican dropped the hashids: a database is addressed by its number.
        d.hashid = state.pelican() ? Long.toString(d.id) : state.randomString(8);
        d.serverId = server.id;
        d.hostId = host.id;
        d.database = name;
        d.username = "u" + server.id + "_" + state.randomString(10);
        d.remote = v.string("remote");
        d.password = state.randomString(24);
        d.createdAt = state.now();
        d.updatedAt = d.createdAt;
        state.databases.put(d.id, d);
        context.logName(request, "server:database.create", server, name);
        return Response.ok(database(d, true, true));
    }

    private Database databaseOf(Request request, String permission) {
        Server server = context.usable(request, permission);
        return ClientContext.find(state.databasesOf(server), d -> request.param("database").equals(d.hashid));
    }

    private Response rotatePassword(Request request) {
        Database d = databaseOf(request, "database.update");
        d.password = state.randomString(24);
        d.updatedAt = state.now();
        context.logName(request, "server:database.rotate-password", state.server(d.serverId), d.database);
        return Response.ok(database(d, true, false));
    }

    private Response delete(Request request) {
        Database d = databaseOf(request, "database.delete");
        state.databases.remove(d.id);
        context.logName(request, "server:database.delete", state.server(d.serverId), d.database);
        return Response.noContent();
    }

    /** The client shape; max_connections reads null only in the create response. */
    private ObjectNode database(Database d, boolean password, boolean justCreated) {
        if (d.hashid == null) {
            d.hashid = state.randomString(8);
        }
        DatabaseHost host = state.databaseHosts.get(d.hostId);
        ObjectNode a = Json.object();
        if (state.pelican()) {
            a.put("id", d.id);
        } else {
            a.put("id", d.hashid);
        }
        ObjectNode h = a.putObject("host");
        h.put("address", host.host);
        h.put("port", host.port);
        a.put("name", d.database);
        a.put("username", d.username);
        a.put("connections_from", d.remote);
        if (justCreated) {
            a.putNull("max_connections");
        } else {
            a.put("max_connections", d.maxConnections == null ? 0 : d.maxConnections);
        }
        if (password) {
            a.putObject("relationships").set("password", SharedShapes.databasePassword(d));
        }
        return Json.item("server_database", a);
    }
}
