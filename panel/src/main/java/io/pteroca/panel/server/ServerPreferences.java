package io.pteroca.panel.server;

import io.pteroca.panel.shared.Refusal;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What an owner may change on a server without paying: its auto-renew switch (when the product allows it). */
@Service
class ServerPreferences {

    private final GameServerRepository servers;
    private final ServerHistory history;

    ServerPreferences(GameServerRepository servers, ServerHistory history) {
        this.servers = servers;
        this.history = history;
    }

    @Transactional
    void autoRenew(long serverId, long ownerId, boolean on) {
        GameServer server = servers.lockById(serverId).filter(s -> s.ownerId() == ownerId)
                .orElseThrow(() -> new Refusal("renew.ownerOnly"));
        boolean allowed = server.plan().product().allowAutoRenew();
        server.autoRenew(on && allowed);
        history.note(server, server.autoRenew() ? "auto_renew_on" : "auto_renew_off", ownerId, null);
    }
}
