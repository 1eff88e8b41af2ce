package io.pteroca.panel.server;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One line of a server's history: a state change or an action, with who did it. Shown escaped. */
@Entity
@Table(name = "server_log")
public class ServerLogEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "server_id")
    private long serverId;
    private Instant at;
    private String event;
    @Enumerated(EnumType.STRING)
    @Column(name = "from_state")
    private ServerState fromState;
    @Enumerated(EnumType.STRING)
    @Column(name = "to_state")
    private ServerState toState;
    @Column(name = "actor_id")
    private Long actorId;
    private String detail;

    protected ServerLogEntry() {
    }

    ServerLogEntry(long serverId, Instant at, String event, ServerState fromState, ServerState toState, Long actorId,
                   String detail) {
        this.serverId = serverId;
        this.at = at;
        this.event = event;
        this.fromState = fromState;
        this.toState = toState;
        this.actorId = actorId;
        this.detail = detail == null || detail.length() <= 500 ? detail : detail.substring(0, 500);
    }

    public Instant at() {
        return at;
    }

    public String event() {
        return event;
    }

    public ServerState fromState() {
        return fromState;
    }

    public ServerState toState() {
        return toState;
    }

    public Long actorId() {
        return actorId;
    }

    public String detail() {
        return detail;
    }
}
