package io.pteroca.panel.server;

import io.pteroca.panel.shared.work.DurableWork;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Component;

/** Servers to delete in Pterodactyl: after an admin or the unpaid clock ended them. */
@Component
class RemovalWork implements DurableWork {

    private final GameServerRepository servers;
    private final ServerRemoval removal;
    private final Duration interval;

    RemovalWork(GameServerRepository servers, ServerRemoval removal,
            @Value("${pteroca.servers.work-interval:PT10S}") Duration interval) {
        this.servers = servers;
        this.removal = removal;
        this.interval = interval;
    }

    @Override
    public String name() {
        return "server-removal";
    }

    @Override
    public Duration interval() {
        return interval;
    }

    @Override
    public List<Long> due(Instant now, int limit) {
        return servers.dueForWork(List.of(ServerState.DELETING), now, Limit.of(limit));
    }

    @Override
    public boolean attempt(long serverId) {
        removal.advance(serverId);
        return true;
    }
}
