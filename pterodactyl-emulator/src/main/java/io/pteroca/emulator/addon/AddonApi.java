package io.pteroca.emulator.addon;

import java.util.ArrayList;
import java.util.List;

import io.pteroca.emulator.http.ApiException;
import io.pteroca.emulator.http.Json;
import io.pteroca.emulator.http.Request;
import io.pteroca.emulator.http.Response;
import io.pteroca.emulator.http.Router;
import io.pteroca.emulator.state.ApiKey;
import io.pteroca.emulator.state.EmulatorSettings.AddonMode;
import io.pteroca.emulator.state.EmulatorState;
import io.pteroca.emulator.state.User;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The PteroCA addon's routes. OURS behaves like the addon in this repository (201, 204, permission-checked);
 * ORIGINAL like the official addon 0.1.2 as recorded (200, delete-then-500, no checks).
 */
public final class AddonApi {

    private static final String P = "/api/application";

    private final EmulatorState state;

    public AddonApi(EmulatorState state) {
        this.state = state;
    }

    private boolean original() {
        return state.settings().addonMode == AddonMode.ORIGINAL;
    }

    public void register(Router router) {
        router.add("GET", P + "/pteroca/version", this::version)
                .add("GET", P + "/users/{user}/api-keys", this::list)
                .add("POST", P + "/users/{user}/api-keys", this::create)
                .add("DELETE", P + "/users/{user}/api-keys/{identifier}", this::delete);
    }

    private Response version(Request request) {
        ObjectNode body = Json.object();
        if (original()) {
            body.put("version", "0.1.2");
            return Response.ok(body);
        }
        checkApplicationKey(request);
        body.put("version", "1.0.0");
        body.putArray("capabilities").add("api-keys").add("sso");
        return Response.ok(body);
    }

    private Response list(Request request) {
        checkUsersAccess(request, ApiKey.READ);
        User user = user(request);
        List<ObjectNode> keys = new ArrayList<>();
        state.apiKeys.values().stream().filter(k -> k.userId == user.id && k.type == ApiKey.Type.CLIENT)
                .forEach(k -> keys.add(Json.item("api_key", attributes(k))));
        return Response.ok(Json.list(keys));
    }

    private Response create(Request request) {
        checkUsersAccess(request, ApiKey.WRITE);
        User user = user(request);
        JsonNode body = request.json();
        String description = body.hasNonNull("description") ? body.get("description").asString().trim() : "";
        if (!original() && description.length() > 500) {
            throw ApiException.validation("description", "max", "The description may not be greater than 500 characters.");
        }
        if (description.isEmpty()) {
            description = "PteroCA";
        }
        List<String> ips = new ArrayList<>();
        body.path("allowed_ips").forEach(ip -> ips.add(ip.asString().trim()));
        ApiKey key = state.createKey(user, ApiKey.Type.CLIENT, description, ips);
        ObjectNode response = Json.item("api_key", attributes(key));
        response.putObject("meta").put("secret_token", key.secret);
        return Response.json(original() ? 200 : 201, response);
    }

    private Response delete(Request request) {
        checkUsersAccess(request, ApiKey.WRITE);
        User user = user(request);
        String identifier = request.param("identifier");
        boolean deleted = state.apiKeys.values().removeIf(k -> k.userId == user.id && k.type == ApiKey.Type.CLIENT
                && k.identifier.equals(identifier));
        if (original()) {
            // The official addon deletes the key, then calls a method Pterodactyl 1.11 no longer has.
            throw ApiException.serverError("BadMethodCallException");
        }
        if (!deleted) {
            throw ApiException.notFound();
        }
        return Response.noContent();
    }

    private User user(Request request) {
        String id = request.param("user");
        if (!id.matches("[1-9]\\d{0,17}") || !state.users.containsKey(Long.parseLong(id))) {
            throw ApiException.notFound();
        }
        return state.users.get(Long.parseLong(id));
    }

    private ObjectNode attributes(ApiKey key) {
        return io.pteroca.emulator.http.SharedShapes.apiKey(key);
    }

    private void checkApplicationKey(Request request) {
        if (!request.caller().user().rootAdmin) {
            throw ApiException.forbidden("This account does not have permission to access the API.");
        }
        if (request.caller().key().type != ApiKey.Type.APPLICATION) {
            throw ApiException.forbidden("Only application API keys may use this endpoint.");
        }
    }

    private void checkUsersAccess(Request request, int action) {
        if (original()) {
            return;
        }
        checkApplicationKey(request);
        if (!request.caller().key().allows("users", action)) {
            throw ApiException.forbidden("This action is unauthorized.");
        }
    }
}
