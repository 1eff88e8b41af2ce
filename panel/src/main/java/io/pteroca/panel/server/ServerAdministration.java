package io.pteroca.panel.server;

import io.pteroca.panel.mail.MailType;
import java.time.Clock;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What an admin may do to a server: suspend, unsuspend, delete, retry provisioning now. Our record changes first;
 * Pterodactyl follows after commit (and on the next tick if that fails). The controller audits each action.
 */
@Service
class ServerAdministration {

    private final GameServerRepository servers;
    private final ServerHistory history;
    private final ServerMails mails;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ServerAdministration(GameServerRepository servers, ServerHistory history, ServerMails mails,
                         ApplicationEventPublisher events, Clock clock) {
        this.servers = servers;
        this.history = history;
        this.mails = mails;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    void suspend(long serverId, long adminId) {
        GameServer server = locked(serverId, ServerState.SUSPENDED);
        history.transition(server, ServerState.SUSPENDED, adminId, "by an admin");
        mails.toOwner(server, MailType.SERVER_SUSPENDED);
        events.publishEvent(new ServerChanged(serverId));
    }

    /** Back to ACTIVE; an expiry already past is the admin's to extend, or the next check suspends it again. */
    @Transactional
    void unsuspend(long serverId, long adminId) {
        GameServer server = locked(serverId, ServerState.ACTIVE);
        if (server.state() != ServerState.SUSPENDED) {
            throw new OrderRefused("admin.server.illegal");
        }
        history.transition(server, ServerState.ACTIVE, adminId, "by an admin");
        events.publishEvent(new ServerChanged(serverId));
    }

    /** Deletes the server in Pterodactyl and stops billing it; paid time is not refunded. */
    @Transactional
    void delete(long serverId, long adminId) {
        GameServer server = locked(serverId, ServerState.DELETING);
        history.transition(server, ServerState.DELETING, adminId, "by an admin");
        server.dueAt(clock.instant());
        events.publishEvent(new ServerChanged(serverId));
    }

    /** A provisioning waiting out its back-off tries again now (one more attempt before the refund). */
    @Transactional
    void retryNow(long serverId, long adminId) {
        GameServer server = servers.lockById(serverId).orElseThrow(() -> new OrderRefused("admin.server.illegal"));
        if (!server.state().settingUp() && server.state() != ServerState.DELETING) {
            throw new OrderRefused("admin.server.illegal");
        }
        server.dueAt(clock.instant());
        history.note(server, "retry_by_admin", adminId, null);
        events.publishEvent(server.state() == ServerState.DELETING ? new ServerChanged(serverId) : new ServerOrdered(serverId));
    }

    private GameServer locked(long serverId, ServerState target) {
        GameServer server = servers.lockById(serverId).orElseThrow(() -> new OrderRefused("admin.server.illegal"));
        if (!server.state().canBecome(target)) {
            throw new OrderRefused("admin.server.illegal");
        }
        return server;
    }
}
