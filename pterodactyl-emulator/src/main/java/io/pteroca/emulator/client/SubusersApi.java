package io.pteroca.emulator.client;

import java.util.ArrayList;
import java.util.List;

import io.pteroca.emulator.http.ApiException;
import io.pteroca.emulator.http.Json;
import io.pteroca.emulator.http.Request;
import io.pteroca.emulator.http.Response;
import io.pteroca.emulator.http.Router;
import io.pteroca.emulator.http.Validator;
import io.pteroca.emulator.state.EmulatorState;
import io.pteroca.emulator.state.Server;
import io.pteroca.emulator.state.Subuser;
import io.pteroca.emulator.state.User;
import io.pteroca.emulator.wings.Jwt;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** A server's subusers, addressed by user uuid; a change or removal makes Wings refuse their websocket tokens. */
final class SubusersApi {

    private final ClientContext context;
    private final EmulatorState state;

    SubusersApi(ClientContext context) {
        this.context = context;
        this.state = context.state;
    }

    void register(Router router) {
        String users = ClientApi.SERVER + "/users";
        router.add("GET", users, r -> {
            Server server = context.usable(r, "user.read");
            return Response.ok(Json.list(state.subusers.values().stream().filter(s -> s.serverId == server.id)
                    .map(this::subuser).toList()));
        })
                .add("POST", users, this::create)
                .add("GET", users + "/{user}", r -> Response.ok(subuser(subuserOf(r, "user.read"))))
                .add("POST", users + "/{user}", this::update)
                .add("DELETE", users + "/{user}", this::delete);
    }

    private Subuser subuserOf(Request request, String permission) {
        Server server = context.usable(request, permission);
        return ClientContext.find(state.subusers.values(), s -> s.serverId == server.id
                && state.users.containsKey(s.userId) && state.users.get(s.userId).uuid.equals(request.param("user")));
    }

    /** Validates `permissions` (an array of strings) and keeps only the real keys, plus websocket.connect. */
    private static List<String> permissions(Validator v) {
        List<String> result = new ArrayList<>();
        if (!v.present("permissions")) {
            return result;
        }
        JsonNode list = v.at("permissions");
        if (!list.isArray()) {
            // The real panel crashes here (500 TypeError); the emulator answers the array rule's 422.
            v.fail("permissions", "array", "The permissions must be an array.");
            return result;
        }
        for (int i = 0; i < list.size(); i++) {
            if (!list.get(i).isString()) {
                v.fail("permissions." + i, "string", "The permissions." + i + " must be a string.");
            } else if (ServerAccess.allKeys().contains(list.get(i).asString()) && !result.contains(list.get(i).asString())) {
                result.add(list.get(i).asString());
            }
        }
        if (!result.contains("websocket.connect")) {
            result.add("websocket.connect");
        }
        return result;
    }

    private Response create(Request request) {
        Server server = context.usable(request, "user.create");
        Validator v = new Validator(request.json());
        if (v.required("email")) {
            v.email("email");
        }
        List<String> permissions = permissions(v);
        v.throwIfInvalid();
        String email = v.string("email");
        User user = state.userByEmail(email).orElse(null);
        if (user != null && user.id == server.ownerId) {
            throw new ApiException(400, "UserIsServerOwnerException", "You cannot add the server owner as a subuser for this server.");
        }
        if (user != null && state.subuser(server, user.id).isPresent()) {
            throw new ApiException(400, "ServerSubuserExistsException", "A user with that email address is already assigned as a subuser for this server.");
        }
        if (user == null) {
            String local = email.substring(0, email.indexOf('@')).replaceAll("[^\\w.-]", "");
            user = state.createUser(email, local + state.randomString(3).toLowerCase(), "Server", "Subuser", null, false);
        }
        Subuser subuser = new Subuser();
        subuser.id = state.nextId("subusers");
        subuser.userId = user.id;
        subuser.serverId = server.id;
        subuser.permissions = permissions;
        subuser.createdAt = state.now();
        subuser.updatedAt = subuser.createdAt;
        state.subusers.put(subuser.id, subuser);
        logPermissions(request, "server:subuser.create", server, email, permissions);
        return Response.ok(subuser(subuser));
    }

    private Response update(Request request) {
        Subuser subuser = subuserOf(request, "user.update");
        Validator v = new Validator(request.json());
        v.required("permissions");
        List<String> permissions = permissions(v);
        v.throwIfInvalid();
        Server server = state.server(subuser.serverId);
        List<String> old = subuser.permissions;
        subuser.permissions = permissions;
        subuser.updatedAt = state.now();
        if (!old.equals(permissions)) {
            denyTokens(server, subuser);
        }
        logPermissions(request, "server:subuser.update", server, state.users.get(subuser.userId).email, permissions);
        return Response.ok(subuser(subuser));
    }

    private void logPermissions(Request request, String event, Server server, String email, List<String> permissions) {
        context.log(request, event, server, p -> {
            p.put("email", email);
            var list = p.putArray("permissions");
            permissions.forEach(list::add);
        });
    }

    private Response delete(Request request) {
        Subuser subuser = subuserOf(request, "user.delete");
        Server server = state.server(subuser.serverId);
        state.subusers.remove(subuser.id);
        denyTokens(server, subuser);
        context.log(request, "server:subuser.delete", server, p -> p.put("email", state.users.get(subuser.userId).email));
        return Response.noContent();
    }

    /** The panel tells Wings to drop the subuser's websocket tokens (their id: md5 of user id and server uuid). */
    private void denyTokens(Server server, Subuser subuser) {
        context.callWings(server);
        context.wings.denyToken(Jwt.md5Hex(subuser.userId + server.uuid));
    }

    private ObjectNode subuser(Subuser s) {
        User u = state.users.get(s.userId);
        if (state.pelican()) {
            return Json.item("server_subuser", Json.fields("uuid", u.uuid, "username", u.username, "email", u.email,
                    "language", u.language, "image", "https://gravatar.com/avatar/" + Jwt.md5Hex(u.email.toLowerCase()),
                    "admin", u.rootAdmin, "root_admin", u.rootAdmin, "2fa_enabled", u.twoFactor, "created_at", Json.atom(u.createdAt),
                    "updated_at", Json.atom(u.updatedAt), "permissions", List.copyOf(s.permissions)));
        }
        return Json.item("server_subuser", Json.fields("uuid", u.uuid, "username", u.username, "email", u.email,
                "image", "https://gravatar.com/avatar/" + Jwt.md5Hex(u.email.toLowerCase()), "2fa_enabled", u.twoFactor,
                "created_at", Json.atom(u.createdAt), "permissions", List.copyOf(s.permissions)));
    }
}
