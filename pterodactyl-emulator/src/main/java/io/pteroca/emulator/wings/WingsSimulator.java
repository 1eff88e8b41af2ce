package io.pteroca.emulator.wings;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import io.pteroca.emulator.http.ApiException;
import io.pteroca.emulator.state.Allocation;
import io.pteroca.emulator.state.Egg;
import io.pteroca.emulator.state.EmulatorSettings;
import io.pteroca.emulator.state.EmulatorState;
import io.pteroca.emulator.state.Node;
import io.pteroca.emulator.state.Server;
import io.pteroca.emulator.wings.ServerProcess.Step;

/**
 * The Wings daemon as the panel and the websocket see it: the process state machine of every server
 * (offline, starting, running, stopping), its console, its resource usage, and how the panel translates a
 * failing daemon (an injected error, or a node whose address no longer points at this Wings).
 *
 * <p>Power and console state is guarded by the {@link EmulatorState} monitor, which every caller of the
 * panel API already holds; the injected failures by this object's monitor, always taken second. Changes are
 * published per server as {@link ServerEvents.Event}s to the websocket listeners.
 */
public final class WingsSimulator {

    /** A Wings answer queued by a test: HTTP status and Wings' error message. */
    public record Failure(int status, String message) {
    }

    public static final String OFFLINE = "offline";
    public static final String STARTING = "starting";
    public static final String RUNNING = "running";
    public static final String STOPPING = "stopping";

    private static final Duration POWER_WAIT = Duration.ofSeconds(30);

    private final EmulatorState state;
    private final EmulatorSettings settings;
    private final Map<String, ServerProcess> processes = new HashMap<>();
    private final TokenDenylist denylist;
    private final ServerEvents events = new ServerEvents();
    private final Deque<Failure> failures = new ArrayDeque<>();

    public WingsSimulator(EmulatorState state) {
        this.state = state;
        this.settings = state.settings();
        this.denylist = new TokenDenylist(state.clock().instant().truncatedTo(ChronoUnit.SECONDS));
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

    /** Whether this Wings has the server: it exists and its node's daemon points here. */
    public boolean holds(String serverUuid) {
        synchronized (state) {
            return state.servers.values().stream().filter(s -> s.uuid.equalsIgnoreCase(serverUuid)).findFirst()
                    .map(s -> reachable(state.node(s.nodeId))).orElse(false);
        }
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

    // ---- power ----

    /** offline, starting, running or stopping. */
    public String powerState(Server server) {
        synchronized (state) {
            return process(server.uuid).state;
        }
    }

    /** Whether the container runs, so that Wings accepts console commands (starting, running, stopping). */
    public boolean acceptsCommands(Server server) {
        return !OFFLINE.equals(powerState(server));
    }

    /**
     * A power action from the panel (Wings' HTTP API, answered 202 at once). While a stop or restart holds the
     * power lock the action waits for it, up to 30 s as the panel asks; kill never waits.
     */
    public void power(Node node, Server server, String signal) {
        synchronized (state) {
            call(node);
            ServerProcess process = process(server.uuid);
            Instant now = state.clock().instant();
            if (process.locked && !signal.equals("kill")) {
                process.queued.add(new ServerProcess.Queued(signal, now.plus(POWER_WAIT)));
                return;
            }
            apply(server, process, signal, now);
        }
    }

    /** A power action from the websocket: false when another one holds the power lock (kill never waits). */
    boolean trySetState(Server server, String signal) {
        synchronized (state) {
            ServerProcess process = process(server.uuid);
            if (process.locked && !signal.equals("kill")) {
                return false;
            }
            apply(server, process, signal, state.clock().instant());
            return true;
        }
    }

    /** Sends a console command from the panel; Wings answers 502 when the server is not running. */
    public void command(Node node, Server server, String command) {
        synchronized (state) {
            call(node);
            if (!acceptsCommands(server)) {
                throw new ApiException(502, "HttpException", "Server must be online in order to send commands.");
            }
            console(server, command);
        }
    }

    /** Types a command into a running container's console; the game echoes it and answers. */
    public void console(Server server, String command) {
        synchronized (state) {
            ServerProcess process = process(server.uuid);
            if (OFFLINE.equals(process.state)) {
                return;
            }
            Instant now = state.clock().instant();
            line(server, "> " + command);
            String trimmed = command.trim();
            if (trimmed.equals(stopCommand(server))) {
                // Wings marks the server as stopping, so the exit is not taken for a crash.
                if (!STOPPING.equals(process.state)) {
                    beginStop(server, process, Step.OFFLINE, now);
                }
                return;
            }
            line(server, GameOutput.answer(minecraft(server), trimmed, now));
        }
    }

    private void apply(Server server, ServerProcess process, String signal, Instant at) {
        switch (signal) {
            case "start" -> {
                if (OFFLINE.equals(process.state)) {
                    beginStart(server, process, at);
                }
            }
            case "stop" -> {
                if (!OFFLINE.equals(process.state)) {
                    process.locked = true;
                    beginStop(server, process, Step.OFFLINE, at);
                }
            }
            case "restart" -> {
                if (OFFLINE.equals(process.state)) {
                    beginStart(server, process, at);
                } else {
                    process.locked = true;
                    beginStop(server, process, Step.OFFLINE_THEN_START, at);
                }
            }
            case "kill" -> {
                if (!OFFLINE.equals(process.state)) {
                    process.step = null;
                    process.dueAt = null;
                    process.queued.clear();
                    process.locked = false;
                    goOffline(server, process, at);
                }
            }
            default -> throw new IllegalArgumentException("Unknown power action " + signal);
        }
    }

    private void beginStart(Server server, ServerProcess process, Instant at) {
        process.startedAt = at;
        process.lastStats = null;
        setState(server, process, STARTING);
        boolean minecraft = minecraft(server);
        GameOutput.starting(minecraft, at).forEach(text -> line(server, text));
        process.step = minecraft && !GameFiles.eulaAccepted(state.filesOf(server)) ? Step.EULA_EXIT : Step.RUN;
        process.dueAt = at.plus(powerDelay());
    }

    private void beginStop(Server server, ServerProcess process, Step then, Instant at) {
        setState(server, process, STOPPING);
        GameOutput.stopping(minecraft(server), at).forEach(text -> line(server, text));
        process.step = then;
        process.dueAt = at.plus(powerDelay());
    }

    private void goOffline(Server server, ServerProcess process, Instant at) {
        setState(server, process, OFFLINE);
        process.startedAt = null;
        events.publish(server.uuid, "stats", statsJson(server, true));
    }

    /** Runs the state changes whose time has come, then the periodic stats of running servers. */
    public void tick() {
        synchronized (state) {
            Instant now = state.clock().instant();
            for (Map.Entry<String, ServerProcess> entry : new ArrayList<>(processes.entrySet())) {
                ServerProcess process = entry.getValue();
                Server server = state.serverByIdentifier(entry.getKey()).orElse(null);
                if (server == null) {
                    processes.remove(entry.getKey());
                    continue;
                }
                while (process.dueAt != null && !process.dueAt.isAfter(now)) {
                    Step step = process.step;
                    Instant at = process.dueAt;
                    process.step = null;
                    process.dueAt = null;
                    perform(server, process, step, at);
                }
                if (!OFFLINE.equals(process.state)
                        && (process.lastStats == null || !now.isBefore(process.lastStats.plusSeconds(1)))) {
                    process.lastStats = now;
                    events.publish(server.uuid, "stats", statsJson(server, true));
                }
            }
        }
    }

    private void perform(Server server, ServerProcess process, Step step, Instant at) {
        switch (step) {
            case RUN -> {
                line(server, GameOutput.started(minecraft(server), at, powerDelay()));
                if (minecraft(server)) {
                    Allocation primary = state.allocations.get(server.allocationId);
                    GameFiles.ran(state.filesOf(server), at, primary == null ? 25565 : primary.port);
                }
                setState(server, process, RUNNING);
            }
            case EULA_EXIT -> {
                Map<String, String> files = state.filesOf(server);
                GameOutput.eulaRefused(at, !files.containsKey(GameFiles.EULA)).forEach(text -> line(server, text));
                GameFiles.refusedEula(files, at);
                goOffline(server, process, at);
            }
            case OFFLINE -> {
                goOffline(server, process, at);
                process.locked = false;
                runQueued(server, process, at);
            }
            case OFFLINE_THEN_START -> {
                goOffline(server, process, at);
                beginStart(server, process, at);
                process.locked = false;
                runQueued(server, process, at);
            }
            default -> throw new IllegalStateException();
        }
    }

    private void runQueued(Server server, ServerProcess process, Instant at) {
        while (!process.locked && !process.queued.isEmpty()) {
            ServerProcess.Queued next = process.queued.poll();
            if (!next.deadline().isBefore(at)) {
                apply(server, process, next.signal(), at);
            }
        }
    }

    private void setState(Server server, ServerProcess process, String newState) {
        process.state = newState;
        events.publish(server.uuid, "status", newState);
    }

    /**
     * Sends an event the simulator does not produce on its own (e.g. {@code backup completed}, {@code install output},
     * {@code daemon error}) to the server's websocket listeners, as Wings would with a token that may see everything.
     */
    public void announce(Server server, String event, String argument) {
        events.publish(server.uuid, event, argument);
    }

    private void line(Server server, String text) {
        process(server.uuid).log(text);
        events.publish(server.uuid, "console output", text);
    }

    /** The last console lines, oldest first. */
    public List<String> consoleLog(Server server) {
        synchronized (state) {
            return process(server.uuid).log();
        }
    }

    private ServerProcess process(String uuid) {
        return processes.computeIfAbsent(uuid, k -> new ServerProcess());
    }

    private Duration powerDelay() {
        return Duration.ofMillis(settings.powerDelayMs);
    }

    private boolean minecraft(Server server) {
        Egg egg = state.eggs.get(server.eggId);
        return egg != null && egg.features.contains("eula");
    }

    private String stopCommand(Server server) {
        Egg egg = state.eggs.get(server.eggId);
        return egg == null ? "stop" : egg.attributes.path("config").path("stop").asString("stop");
    }

    // ---- resource usage ----

    public Utilization utilization(Server server) {
        synchronized (state) {
            ServerProcess process = process(server.uuid);
            long disk = 52428800;
            if (OFFLINE.equals(process.state)) {
                return new Utilization(0, 0, 0, 0, 0, 0, OFFLINE, disk);
            }
            long uptime = Math.max(0, Duration.between(process.startedAt, state.clock().instant()).toMillis());
            return new Utilization(268435456, server.memory * 1048576, 12.5, 12345, 6789, uptime, process.state, disk);
        }
    }

    String statsJson(Server server, boolean sortedKeys) {
        return utilization(server).json(sortedKeys);
    }

    // ---- websocket support ----

    /** Listens to a server's events; run the returned action to stop. Listeners must not block. */
    Runnable subscribe(String serverUuid, Consumer<ServerEvents.Event> listener) {
        return events.subscribe(serverUuid, listener);
    }

    /**
     * Tells Wings to refuse the tokens with this id issued until now, as the panel does when a subuser's
     * permissions change or the subuser is removed ({@code POST /api/servers/{uuid}/ws/deny}).
     */
    public void denyToken(String jti) {
        synchronized (state) {
            denylist.deny(jti, state.clock().instant());
        }
    }

    /** Issued before this Wings started, or before its id was denied. */
    boolean denylisted(String jti, long issuedAt) {
        synchronized (state) {
            return denylist.denylisted(jti, issuedAt);
        }
    }
}
