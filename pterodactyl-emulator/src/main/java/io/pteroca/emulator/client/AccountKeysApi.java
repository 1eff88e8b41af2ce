package io.pteroca.emulator.client;

import java.util.ArrayList;
import java.util.List;

import io.pteroca.emulator.http.ApiException;
import io.pteroca.emulator.http.Json;
import io.pteroca.emulator.http.Request;
import io.pteroca.emulator.http.Response;
import io.pteroca.emulator.http.Router;
import io.pteroca.emulator.http.SharedShapes;
import io.pteroca.emulator.http.Validator;
import io.pteroca.emulator.state.ApiKey;
import io.pteroca.emulator.state.EmulatorState;
import io.pteroca.emulator.state.User;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** /api/client/account/api-keys: a user's own client keys (the only way to a key on a panel without our addon). */
public final class AccountKeysApi {

    private static final String PATH = "/api/client/account/api-keys";
    /** The panel's default api.key_limit. */
    private static final int KEY_LIMIT = 25;

    private final EmulatorState state;

    public AccountKeysApi(EmulatorState state) {
        this.state = state;
    }

    public void register(Router router) {
        router.add("GET", PATH, this::list)
                .add("POST", PATH, this::create)
                .add("DELETE", PATH + "/{identifier}", this::delete);
    }

    private List<ApiKey> keysOf(User user) {
        return state.apiKeys.values().stream().filter(k -> k.userId == user.id && k.type == ApiKey.Type.CLIENT).toList();
    }

    private Response list(Request request) {
        List<ObjectNode> keys = new ArrayList<>();
        keysOf(request.caller().user()).forEach(k -> keys.add(Json.item("api_key", SharedShapes.apiKey(k))));
        return Response.ok(Json.list(keys));
    }

    private Response create(Request request) {
        User user = request.caller().user();
        JsonNode body = request.json();
        Validator v = new Validator(body);
        v.required("description");
        if (body.path("allowed_ips").size() > 50) {
            v.fail("allowed_ips", "max", "The allowed ips field must not have more than 50 items.");
        }
        v.throwIfInvalid();
        if (keysOf(user).size() >= KEY_LIMIT) {
            throw ApiException.display("You have reached the account limit for number of API keys.");
        }
        List<String> ips = new ArrayList<>();
        body.path("allowed_ips").forEach(ip -> ips.add(ip.asString().trim()));
        ApiKey key = state.createKey(user, ApiKey.Type.CLIENT, v.string("description"), ips);
        ObjectNode response = Json.item("api_key", SharedShapes.apiKey(key));
        response.putObject("meta").put("secret_token", key.secret);
        return Response.ok(response);
    }

    private Response delete(Request request) {
        User user = request.caller().user();
        String identifier = request.param("identifier");
        if (!state.apiKeys.values().removeIf(k -> k.userId == user.id && k.type == ApiKey.Type.CLIENT && k.identifier.equals(identifier))) {
            throw ApiException.notFound();
        }
        return Response.noContent();
    }
}
