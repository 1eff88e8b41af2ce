package io.pteroca.emulator.client;

import java.util.Collection;
import java.util.function.Consumer;
import java.util.function.Predicate;

import io.pteroca.emulator.http.ApiException;
import io.pteroca.emulator.http.Request;
import io.pteroca.emulator.state.EmulatorState;
import io.pteroca.emulator.state.Server;
import io.pteroca.emulator.wings.WingsSimulator;
import tools.jackson.databind.node.ObjectNode;

/**
 * What every client API route shares: the state, the simulated Wings, the access checks, the JSON shapes, the
 * lookups that answer the panel's 404, and the activity entries a client action writes.
 */
final class ClientContext {

    final EmulatorState state;
    final WingsSimulator wings;
    final ServerAccess access;
    final ClientTransformers json;

    ClientContext(EmulatorState state, WingsSimulator wings) {
        this.state = state;
        this.wings = wings;
        this.access = new ServerAccess(state);
        this.json = new ClientTransformers(state);
    }

    /** The server of the path, past the 404 for strangers, the 409 state gate and the permission (403). */
    Server usable(Request request, String permission) {
        return access.usable(request, permission);
    }

    /** The first item that matches, or the panel's 404. */
    static <T> T find(Collection<T> items, Predicate<T> matches) {
        return items.stream().filter(matches).findFirst().orElseThrow(ApiException::notFound);
    }

    /** Asks the server's Wings, which may be unreachable (504) or told to fail (its translated error). */
    void callWings(Server server) {
        wings.call(state.node(server.nodeId));
    }

    /** An activity entry of the caller on the server, as an API call (is_api). */
    void log(Request request, String event, Server server, Consumer<ObjectNode> properties) {
        state.log(event, request.user(), server, true, properties);
    }

    /** The common entry whose only property is the name of what was acted on. */
    void logName(Request request, String event, Server server, String name) {
        log(request, event, server, p -> p.put("name", name));
    }

    /** The entry of a setting that changed from old to new. */
    void logChange(Request request, String event, Server server, String old, String now) {
        log(request, event, server, p -> {
            p.put("old", old);
            p.put("new", now);
        });
    }
}
