package io.pteroca.panel.server;

import io.pteroca.panel.mail.MailType;
import io.pteroca.panel.shared.Refusal;
import java.time.Clock;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * The owner ends a server: at the end of the paid period (no renewal, no reminders, deleted at expiry by the lifecycle
 * job), or at once through the same deletion path an admin's deletion takes. Runs in the caller's transaction, which
 * has the server locked; the order feature refunds unused time in it when the settings say so.
 */
@Service
public class ServerCancellations {

    private final GameServerRepository servers;
    private final ServerHistory history;
    private final ServerMails mails;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ServerCancellations(GameServerRepository servers, ServerHistory history, ServerMails mails,
                        ApplicationEventPublisher events, Clock clock) {
        this.servers = servers;
        this.history = history;
        this.mails = mails;
        this.events = events;
        this.clock = clock;
    }

    /** No renewal any more: the server runs until its paid-until and is deleted then. */
    public void endAtExpiry(long serverId, long ownerId, String reason) {
        GameServer server = owned(serverId, ownerId);
        if (server.endsAtExpiry()) {
            return;
        }
        if (server.state() != ServerState.ACTIVE || server.expiresAt() == null) {
            throw Refusal.conflict("cancel.notNow");
        }
        server.cancelAtExpiry(reason, clock.instant());
        String until = ServerBilling.UNTIL.format(server.expiresAt());
        history.note(server, "cancelled", ownerId, "at the end of the period, " + until + reasonDetail(reason));
        mails.toOwner(server, MailType.SERVER_CANCELLED, until);
    }

    /** Deleted now, in Pterodactyl by the removal work; {@code refundDetail} says what the wallet got back, if anything. */
    public void deleteNow(long serverId, long ownerId, String reason, String refundDetail) {
        GameServer server = owned(serverId, ownerId);
        if (!server.state().canBecome(ServerState.DELETING) || server.state().settingUp()) {
            throw Refusal.conflict("cancel.notNow");
        }
        server.cancelled(reason, clock.instant());
        history.note(server, "cancelled", ownerId, "at once" + (refundDetail == null ? "" : ", " + refundDetail)
                + reasonDetail(reason));
        history.transition(server, ServerState.DELETING, ownerId, "cancelled by the owner");
        server.dueAt(clock.instant());
        events.publishEvent(new ServerChanged(server.id()));
    }

    /** Takes a cancellation at the end of the period back: the server renews again as before. */
    public void keep(long serverId, long ownerId) {
        GameServer server = owned(serverId, ownerId);
        if (server.endsAtExpiry()) {
            server.keep(clock.instant());
            history.note(server, "cancellation_withdrawn", ownerId, null);
        }
    }

    private GameServer owned(long serverId, long ownerId) {
        return servers.lockById(serverId).filter(server -> server.ownerId() == ownerId)
                .orElseThrow(() -> Refusal.forbidden("planChange.ownerOnly"));
    }

    private static String reasonDetail(String reason) {
        return reason == null ? "" : "; reason: " + reason;
    }
}
