package io.pteroca.emulator.application;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import io.pteroca.emulator.http.ApiException;
import io.pteroca.emulator.http.Request;
import io.pteroca.emulator.http.Response;
import io.pteroca.emulator.http.Validator;
import io.pteroca.emulator.state.ApiKey;
import io.pteroca.emulator.state.EmulatorState;
import io.pteroca.emulator.state.User;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** /api/application/users: list with filters, get (also by external id), create, full-replace PATCH, delete. */
final class UsersApi {

    private final ApplicationRoutes routes;
    private final EmulatorState state;

    UsersApi(ApplicationRoutes routes) {
        this.routes = routes;
        this.state = routes.state;
    }

    void register() {
        routes.add("GET", "/users", "users", ApiKey.READ, this::list)
                .add("GET", "/users/external/{external}", "users", ApiKey.READ,
                        r -> Response.ok(routes.json.user(state.users.values().stream()
                                .filter(u -> r.param("external").equals(u.externalId)).findFirst()
                                .orElseThrow(ApiException::notFound))))
                .add("GET", "/users/{id}", "users", ApiKey.READ, r -> Response.ok(routes.json.user(state.user(r.id("id")))))
                .add("POST", "/users", "users", ApiKey.WRITE, this::create)
                .add("PATCH", "/users/{id}", "users", ApiKey.WRITE, this::update)
                .add("DELETE", "/users/{id}", "users", ApiKey.WRITE, this::delete);
    }

    private Response list(Request request) {
        Map<String, Function<User, String>> filterable = new LinkedHashMap<>();
        filterable.put("email", u -> u.email);
        filterable.put("uuid", u -> u.uuid);
        filterable.put("username", u -> u.username);
        filterable.put("external_id", u -> u.externalId);
        List<User> users = ApplicationRoutes.filter(request, new ArrayList<>(state.users.values()), filterable);
        return routes.page(request, users, routes.json::user);
    }

    private Response create(Request request) {
        JsonNode body = request.json();
        Validator v = validate(body, null);
        v.throwIfInvalid();
        // Pelican drops names and root_admin silently: admins are made through roles.
        boolean pelican = state.pelican();
        User user = state.createUser(v.string("email"), v.string("username"), pelican ? null : v.string("first_name"),
                pelican ? null : v.string("last_name"), v.string("password"), !pelican && body.path("root_admin").asBoolean(false));
        user.managedExternally = pelican && body.path("is_managed_externally").asBoolean(false);
        user.externalId = v.string("external_id");
        if (v.string("language") != null) {
            user.language = v.string("language");
        }
        ObjectNode response = routes.json.user(user);
        response.putObject("meta").put("resource", routes.resourceUrl("/users/" + user.id));
        return Response.json(201, response);
    }

    private Validator validate(JsonNode body, User existing) {
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
        if (!state.pelican()) {
            v.required("first_name");
            v.required("last_name");
        }
        return v;
    }

    private Response update(Request request) {
        User user = state.user(request.id("id"));
        JsonNode body = request.json();
        Validator v = validate(body, user);
        v.throwIfInvalid();
        user.email = v.string("email");
        user.username = v.string("username");
        if (state.pelican()) {
            user.managedExternally = body.path("is_managed_externally").asBoolean(user.managedExternally);
        } else {
            user.firstName = v.string("first_name");
            user.lastName = v.string("last_name");
        }
        user.externalId = v.string("external_id");
        if (v.string("language") != null) {
            user.language = v.string("language");
        }
        if (v.string("password") != null) {
            user.password = v.string("password");
        }
        if (body.has("root_admin") && !state.pelican()) {
            user.rootAdmin = body.path("root_admin").asBoolean(false);
        }
        user.updatedAt = state.now();
        return Response.ok(routes.json.user(user));
    }

    private Response delete(Request request) {
        User user = state.user(request.id("id"));
        if (state.pelican() && user.rootAdmin) {
            // Pelican's policy refuses it before any message is made: 403 with an empty JSON array.
            return Response.json(403, tools.jackson.databind.node.JsonNodeFactory.instance.arrayNode());
        }
        if (state.servers.values().stream().anyMatch(s -> s.ownerId == user.id)) {
            throw ApiException.display("Cannot delete a user with active servers attached to their account. "
                    + "Please delete their servers before continuing.");
        }
        state.deleteUser(user);
        return Response.noContent();
    }
}
