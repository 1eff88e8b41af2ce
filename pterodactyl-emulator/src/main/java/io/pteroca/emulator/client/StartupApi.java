package io.pteroca.emulator.client;

import java.util.List;
import java.util.Map;
import java.util.Objects;

import io.pteroca.emulator.http.ApiException;
import io.pteroca.emulator.http.Json;
import io.pteroca.emulator.http.Request;
import io.pteroca.emulator.http.Response;
import io.pteroca.emulator.http.Router;
import io.pteroca.emulator.http.Validator;
import io.pteroca.emulator.state.EggVariable;
import io.pteroca.emulator.state.EmulatorState;
import io.pteroca.emulator.state.Server;
import tools.jackson.databind.node.ObjectNode;

/** A server's startup: the viewable variables with their rules, and the docker image from the egg's list. */
final class StartupApi {

    private final ClientContext context;
    private final EmulatorState state;

    StartupApi(ClientContext context) {
        this.context = context;
        this.state = context.state;
    }

    void register(Router router) {
        router.add("GET", ClientApi.SERVER + "/startup", this::startup)
                .add("PUT", ClientApi.SERVER + "/startup/variable", this::updateVariable)
                .add("PUT", ClientApi.SERVER + "/settings/docker-image", this::dockerImage);
    }

    private Response startup(Request request) {
        Server server = context.usable(request, "startup.read");
        ClientTransformers t = context.json;
        ObjectNode body = Json.list(t.viewableVariables(server).stream().map(v -> t.variable(server, v)).toList());
        ObjectNode meta = body.putObject("meta");
        meta.put("startup_command", t.invocation(server, false));
        ObjectNode images = meta.putObject("docker_images");
        state.eggs.get(server.eggId).dockerImages().forEach(images::put);
        meta.put("raw_startup_command", server.startup);
        return Response.ok(body);
    }

    private Response updateVariable(Request request) {
        Server server = context.usable(request, "startup.update");
        Validator v = new Validator(request.json());
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
        if (!Objects.equals(old, value)) {
            context.log(request, "server:startup.edit", server, p -> {
                p.put("variable", key);
                p.put("old", old);
                p.put("new", value);
            });
        }
        ObjectNode response = context.json.variable(server, variable);
        ObjectNode meta = response.putObject("meta");
        meta.put("startup_command", context.json.invocation(server, false));
        meta.put("raw_startup_command", server.startup);
        return Response.ok(response);
    }

    private Response dockerImage(Request request) {
        Server server = context.usable(request, "startup.docker-image");
        Map<String, String> images = state.eggs.get(server.eggId).dockerImages();
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
            context.logChange(request, "server:startup.image", server, old, server.image);
        }
        return Response.noContent();
    }
}
