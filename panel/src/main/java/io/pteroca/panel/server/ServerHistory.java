package io.pteroca.panel.server;

import java.time.Clock;
import org.springframework.stereotype.Component;

/** Every state change goes through here, so each one is legal and lands in the server's log. */
@Component
public class ServerHistory {

    private final ServerLogRepository log;
    private final Clock clock;

    ServerHistory(ServerLogRepository log, Clock clock) {
        this.log = log;
        this.clock = clock;
    }

    void transition(GameServer server, ServerState target, Long actorId, String detail) {
        ServerState from = server.state();
        server.become(target, clock.instant());
        log.save(new ServerLogEntry(server.id(), clock.instant(), "state", from, target, actorId, detail));
    }

    void suspend(GameServer server, SuspensionCause cause, String reason, Long actorId, String detail) {
        ServerState from = server.state();
        server.suspend(cause, reason, clock.instant());
        log.save(new ServerLogEntry(server.id(), clock.instant(), "state", from, ServerState.SUSPENDED, actorId, detail));
    }

    void note(GameServer server, String event, Long actorId, String detail) {
        note(server.id(), event, actorId, detail);
    }

    /** Writes an action (not a state change) into the server's history; {@code actorId} null for the panel itself. */
    public void note(long serverId, String event, Long actorId, String detail) {
        log.save(new ServerLogEntry(serverId, clock.instant(), event, null, null, actorId, detail));
    }
}
