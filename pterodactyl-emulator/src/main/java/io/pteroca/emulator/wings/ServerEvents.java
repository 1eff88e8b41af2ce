package io.pteroca.emulator.wings;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/** Wings' event bus: what happens to a server (status, console output, stats) goes to its websocket listeners. */
final class ServerEvents {

    /** One message of a server's event bus, as Wings hands it to the websocket. */
    record Event(String name, List<String> args) {
    }

    private final Map<String, List<Consumer<Event>>> listeners = new ConcurrentHashMap<>();

    /** Listens to a server's events; run the returned action to stop. Listeners must not block. */
    Runnable subscribe(String serverUuid, Consumer<Event> listener) {
        List<Consumer<Event>> list = listeners.computeIfAbsent(serverUuid, k -> new CopyOnWriteArrayList<>());
        list.add(listener);
        return () -> list.remove(listener);
    }

    void publish(String serverUuid, String name, String argument) {
        List<Consumer<Event>> list = listeners.get(serverUuid);
        if (list != null) {
            Event event = new Event(name, List.of(argument));
            list.forEach(l -> l.accept(event));
        }
    }
}
