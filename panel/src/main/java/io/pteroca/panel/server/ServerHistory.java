package io.pteroca.panel.server;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Every state change goes through here, so each one is legal, lands in the server's log and is published once as a
 * {@link ServerStateChanged}; the other changes worth telling (reinstall, auto-renew, sharing) as a {@link ServerEvent}.
 */
@Component
public class ServerHistory {

    private final ServerLogRepository log;
    private final ApplicationEventPublisher events;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    ServerHistory(ServerLogRepository log, ApplicationEventPublisher events, JdbcTemplate jdbc, Clock clock) {
        this.log = log;
        this.events = events;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** State changes of many servers in one transaction, checked and published one by one, logged in one batch. */
    Batch batch() {
        return new Batch();
    }

    final class Batch {

        private final List<Object[]> lines = new ArrayList<>();

        private Batch() {
        }

        void transition(GameServer server, ServerState target, Long actorId, String detail) {
            ServerState from = server.state();
            server.become(target, clock.instant());
            line(server, from, target, actorId, detail);
            published(server, from, actorId);
        }

        void suspend(GameServer server, SuspensionCause cause, String reason, Long actorId, String detail) {
            ServerState from = server.state();
            server.suspend(cause, reason, clock.instant());
            line(server, from, ServerState.SUSPENDED, actorId, detail);
            published(server, from, actorId);
        }

        /** An action (not a state change), as {@link ServerHistory#note(long, String, Long, String)} writes it. */
        void note(long serverId, String event, Long actorId, String detail) {
            ServerLogEntry entry = new ServerLogEntry(serverId, clock.instant(), event, null, null, actorId, detail);
            lines.add(new Object[] {serverId, LocalDateTime.ofInstant(entry.at(), ZoneOffset.UTC), entry.event(), null, null,
                    actorId, entry.detail()});
        }

        private void line(GameServer server, ServerState from, ServerState to, Long actorId, String detail) {
            ServerLogEntry entry = new ServerLogEntry(server.id(), clock.instant(), "state", from, to, actorId, detail);
            // Stored as UTC wall time, as Hibernate stores the entries it writes.
            lines.add(new Object[] {server.id(), LocalDateTime.ofInstant(entry.at(), ZoneOffset.UTC), entry.event(),
                    from == null ? null : from.name(), to.name(), actorId, entry.detail()});
        }

        /** Writes the lines gathered so far, in the caller's transaction. */
        void write() {
            if (!lines.isEmpty()) {
                jdbc.batchUpdate("INSERT INTO server_log (server_id, at, event, from_state, to_state, actor_id, detail) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?)", lines);
                lines.clear();
            }
        }
    }

    void transition(GameServer server, ServerState target, Long actorId, String detail) {
        ServerState from = move(server, target, actorId, detail);
        published(server, from, actorId);
    }

    void suspend(GameServer server, SuspensionCause cause, String reason, Long actorId, String detail) {
        ServerState from = server.state();
        server.suspend(cause, reason, clock.instant());
        log.save(new ServerLogEntry(server.id(), clock.instant(), "state", from, ServerState.SUSPENDED, actorId, detail));
        published(server, from, actorId);
    }

    /** An admin makes a suspension for not paying their own: to the customer and to plugins, a new suspension. */
    void adminTakesOverSuspension(GameServer server, String reason, long adminId) {
        server.adminTakesOverSuspension(reason, clock.instant());
        note(server, "suspension_taken_over", adminId, reason);
        published(server, ServerState.SUSPENDED, adminId);
    }

    /**
     * A server that already runs in Pterodactyl becomes ACTIVE here at once: logged step by step, but nothing was
     * provisioned or installed, so no state change is published.
     */
    void imported(GameServer server, Long adminId, String detail) {
        move(server, ServerState.PROVISIONING, adminId, null);
        move(server, ServerState.INSTALLING, adminId, null);
        move(server, ServerState.ACTIVE, adminId, detail);
    }

    private ServerState move(GameServer server, ServerState target, Long actorId, String detail) {
        ServerState from = server.state();
        server.become(target, clock.instant());
        log.save(new ServerLogEntry(server.id(), clock.instant(), "state", from, target, actorId, detail));
        return from;
    }

    private void published(GameServer server, ServerState from, Long actorId) {
        events.publishEvent(new ServerStateChanged(server.id(), server.ownerId(), server.identifier(), from, server.state(),
                server.suspensionCause(), server.suspensionReason(), actorId, clock.instant()));
    }

    /** Logs the change and publishes it; {@code accountId} is the subuser for sharing changes. */
    void record(GameServer server, ServerEvent.Kind kind, Long accountId, Long actorId, String detail) {
        note(server.id(), kind.logEvent(), actorId, detail);
        events.publishEvent(new ServerEvent(kind, server.id(), server.ownerId(), accountId, clock.instant()));
    }

    /** The server's reinstallation was started in Pterodactyl by {@code actorId}. */
    public void reinstalled(ServerView server, long actorId, String detail) {
        note(server.id(), ServerEvent.Kind.REINSTALLED.logEvent(), actorId, detail);
        events.publishEvent(new ServerEvent(ServerEvent.Kind.REINSTALLED, server.id(), server.ownerId(), null, clock.instant()));
    }

    void note(GameServer server, String event, Long actorId, String detail) {
        note(server.id(), event, actorId, detail);
    }

    /** Writes an action (not a state change) into the server's history; {@code actorId} null for the panel itself. */
    public void note(long serverId, String event, Long actorId, String detail) {
        log.save(new ServerLogEntry(serverId, clock.instant(), event, null, null, actorId, detail));
    }

    /**
     * Writes the line unless the server's history has it already (same event and detail), e.g. a failure a job meets
     * on every run; true when this call wrote it.
     */
    public boolean noteOnce(long serverId, String event, String detail) {
        if (log.existsByServerIdAndEventAndDetail(serverId, event, detail)) {
            return false;
        }
        note(serverId, event, null, detail);
        return true;
    }
}
