package io.pteroca.emulator.client;

import java.util.Objects;

import io.pteroca.emulator.http.Request;
import io.pteroca.emulator.http.Response;
import io.pteroca.emulator.http.Router;
import io.pteroca.emulator.http.Validator;
import io.pteroca.emulator.state.EmulatorState;
import io.pteroca.emulator.state.Server;

/** A server's settings: rename (with the separate description event) and reinstall. */
final class SettingsApi {

    private final ClientContext context;
    private final EmulatorState state;

    SettingsApi(ClientContext context) {
        this.context = context;
        this.state = context.state;
    }

    void register(Router router) {
        router.add("POST", ClientApi.SERVER + "/settings/rename", this::rename)
                .add("POST", ClientApi.SERVER + "/settings/reinstall", this::reinstall);
    }

    private Response rename(Request request) {
        Server server = context.usable(request, "settings.rename");
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
            context.logChange(request, "server:settings.rename", server, old, server.name);
        }
        if (!Objects.equals(oldDescription, server.description)) {
            context.logChange(request, "server:settings.description", server, oldDescription, server.description);
        }
        return Response.noContent();
    }

    private Response reinstall(Request request) {
        Server server = context.usable(request, "settings.reinstall");
        context.callWings(server);
        server.status = Server.INSTALLING;
        state.finishLater(server);
        context.log(request, "server:reinstall", server, null);
        return Response.acceptedEmptyArray();
    }
}
