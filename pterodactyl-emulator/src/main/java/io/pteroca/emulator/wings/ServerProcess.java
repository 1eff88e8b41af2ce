package io.pteroca.emulator.wings;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/** The simulated container of one server: its power state, what happens next and when, its power lock and console. */
final class ServerProcess {

    /** What the process does when its due time comes. */
    enum Step { RUN, EULA_EXIT, OFFLINE, OFFLINE_THEN_START }

    /** A power action waiting for the power lock until its deadline. */
    record Queued(String signal, Instant deadline) {
    }

    /** How many console lines Wings keeps for `send logs` (its websocket_log_count default). */
    static final int LOG_LINES = 150;

    String state = WingsSimulator.OFFLINE;
    Instant startedAt;
    Step step;
    Instant dueAt;
    /** Wings' power lock: held while a stop or restart waits for the process to exit. */
    boolean locked;
    final Deque<Queued> queued = new ArrayDeque<>();
    Instant lastStats;
    private final Deque<String> log = new ArrayDeque<>();

    void log(String line) {
        log.addLast(line);
        while (log.size() > LOG_LINES) {
            log.removeFirst();
        }
    }

    /** The last console lines, oldest first. */
    List<String> log() {
        return List.copyOf(log);
    }
}
