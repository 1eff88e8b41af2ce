package io.pteroca.emulator.wings;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;

import io.pteroca.emulator.http.ApiException;
import io.pteroca.emulator.state.EmulatorSettings;
import io.pteroca.emulator.state.Node;
import io.pteroca.emulator.state.Server;

/**
 * The Wings daemon as the panel sees it: power state per server, and how the panel translates a
 * failing daemon (an injected error, or a node whose address no longer points at this Wings).
 */
public final class WingsSimulator {

    /** A Wings answer queued by a test: HTTP status and Wings' error message. */
    public record Failure(int status, String message) {
    }

    private final EmulatorSettings settings;
    private final Map<String, String> powerStates = new HashMap<>();
    private final Deque<Failure> failures = new ArrayDeque<>();

    public WingsSimulator(EmulatorSettings settings) {
        this.settings = settings;
    }

    /** The next call the panel makes to Wings answers this error instead. */
    public synchronized void failNext(int status, String message) {
        failures.add(new Failure(status, message));
    }

    public synchronized void clearFailures() {
        failures.clear();
    }

    public boolean reachable(Node node) {
        return node.fqdn.equals(settings.wingsHost) && node.daemonListen == settings.wingsPort;
    }

    /** Throws what the panel answers when Wings cannot be reached or fails this call. */
    public synchronized void call(Node node) {
        if (!reachable(node)) {
            throw new ApiException(504, "DaemonConnectionException",
                    "Could not establish a connection to the machine running this server. Please try again.");
        }
        Failure failure = failures.poll();
        if (failure != null) {
            throw translate(failure.status(), failure.message());
        }
    }

    public static ApiException translate(int status, String message) {
        if (status >= 400 && status < 500) {
            return new ApiException(status, "DaemonConnectionException",
                    "An error occurred on the remote host: " + message + ". (request id: )");
        }
        return new ApiException(status, "DaemonConnectionException", "There was an error while communicating with the machine "
                + "running this server. This error has been logged, please try again. (code: " + status + ") (request_id: )");
    }

    public synchronized String powerState(Server server) {
        return powerStates.getOrDefault(server.uuid, "offline");
    }

    public synchronized void power(Node node, Server server, String signal) {
        call(node);
        switch (signal) {
            case "start", "restart" -> powerStates.put(server.uuid, "running");
            default -> powerStates.put(server.uuid, "offline");
        }
    }

    /** Sends a console command; Wings answers 502 when the server is not running. */
    public synchronized void command(Node node, Server server) {
        call(node);
        if (!"running".equals(powerState(server))) {
            throw new ApiException(502, "HttpException", "Server must be online in order to send commands.");
        }
    }
}
