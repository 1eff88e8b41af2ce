package io.pteroca.panel.server;

import io.pteroca.panel.mail.MailType;
import io.pteroca.panel.pterodactyl.PterodactylServers;
import java.time.Clock;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Finishes a DELETING server: deletes it in Pterodactyl first, then records DELETED, or — when provisioning gave
 * up — records FAILED and tells the order feature ({@link ServerSetUpFailed}), which refunds it in the same transaction. Until Pterodactyl confirms, it retries; money is never given
 * back while a server might still run.
 */
@Service
class ServerRemoval {

    private static final Logger log = LoggerFactory.getLogger(ServerRemoval.class);
    private static final Duration LEASE = Duration.ofMinutes(2);

    private final GameServerRepository servers;
    private final PterodactylServers pterodactyl;
    private final ApplicationEventPublisher events;
    private final ServerHistory history;
    private final ServerMails mails;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final Duration retryBase;

    ServerRemoval(GameServerRepository servers, PterodactylServers pterodactyl, ApplicationEventPublisher events,
                  ServerHistory history, ServerMails mails, TransactionTemplate transactions, Clock clock,
                  @Value("${pteroca.servers.retry-base:PT30S}") Duration retryBase) {
        this.servers = servers;
        this.pterodactyl = pterodactyl;
        this.events = events;
        this.history = history;
        this.mails = mails;
        this.transactions = transactions;
        this.clock = clock;
        this.retryBase = retryBase;
    }

    void advance(long serverId) {
        GameServer claimed = transactions.execute(status -> servers.lockById(serverId)
                .filter(server -> server.state() == ServerState.DELETING && server.nextAttemptAt() != null
                        && !server.nextAttemptAt().isAfter(clock.instant()))
                .map(server -> {
                    server.dueAt(clock.instant().plus(LEASE));
                    return server;
                }).orElse(null));
        if (claimed == null) {
            return;
        }
        try {
            deleteInPterodactyl(claimed);
        } catch (RuntimeException e) {
            log.warn("Deleting server {} in Pterodactyl failed, will retry: {}", serverId, e.toString());
            transactions.executeWithoutResult(status -> servers.lockById(serverId).ifPresent(server -> {
                server.retryAfter(e.getMessage(), retryBase, clock.instant());
                history.note(server, "deletion_retry", null, e.getMessage());
            }));
            return;
        }
        transactions.executeWithoutResult(status -> servers.lockById(serverId).ifPresent(this::finish));
    }

    private void deleteInPterodactyl(GameServer server) {
        if (server.pterodactylServerId() != null) {
            pterodactyl.delete(server.pterodactylServerId());
        } else if (server.refundDue()) {
            // A create may have succeeded without the answer reaching us: whatever carries our id goes too.
            pterodactyl.findByExternalId(pterodactyl.externalId(server.id())).ifPresent(found -> pterodactyl.delete(found.id()));
        }
    }

    private void finish(GameServer server) {
        if (server.state() != ServerState.DELETING) {
            return;
        }
        server.settled();
        if (!server.refundDue()) {
            history.transition(server, ServerState.DELETED, null, null);
            mails.toOwner(server, MailType.SERVER_DELETED);
            return;
        }
        server.refunded();
        history.transition(server, ServerState.FAILED, null, "provisioning gave up");
        // Heard in this transaction: the refund commits with the FAILED state or neither does.
        events.publishEvent(new ServerSetUpFailed(server.id(), server.name(), server.lastError()));
    }
}
