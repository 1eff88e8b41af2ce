package io.pteroca.panel.server;

import io.pteroca.panel.shared.Refusal;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What an owner may change on a server without paying: its auto-renew switch (when the product allows it). */
@Service
public class ServerPreferences {

    private final GameServerRepository servers;
    private final ServerHistory history;

    ServerPreferences(GameServerRepository servers, ServerHistory history) {
        this.servers = servers;
        this.history = history;
    }

    @Transactional
    public void autoRenew(long serverId, long ownerId, boolean on) {
        GameServer server = servers.lockById(serverId).filter(s -> s.ownerId() == ownerId)
                .orElseThrow(() -> new Refusal("renew.ownerOnly"));
        boolean allowed = server.plan().product().allowAutoRenew();
        boolean before = server.autoRenew();
        server.autoRenew(on && allowed);
        if (server.autoRenew() != before) {
            history.record(server, server.autoRenew() ? ServerEvent.Kind.AUTO_RENEW_ON : ServerEvent.Kind.AUTO_RENEW_OFF, null,
                    ownerId, null);
        }
    }
}
