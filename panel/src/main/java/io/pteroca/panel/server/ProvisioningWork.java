package io.pteroca.panel.server;

import io.pteroca.panel.shared.work.DurableWork;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Component;

/** Servers on their way into Pterodactyl: to create, or installing and checked until done. */
@Component
class ProvisioningWork implements DurableWork {

    private final GameServerRepository servers;
    private final Provisioner provisioner;
    private final Duration interval;

    ProvisioningWork(GameServerRepository servers, Provisioner provisioner,
            @Value("${pteroca.servers.work-interval:PT10S}") Duration interval) {
        this.servers = servers;
        this.provisioner = provisioner;
        this.interval = interval;
    }

    @Override
    public String name() {
        return "server-provisioning";
    }

    @Override
    public Duration interval() {
        return interval;
    }

    @Override
    public List<Long> due(Instant now, int limit) {
        return servers.dueForWork(List.of(ServerState.PENDING, ServerState.PROVISIONING, ServerState.INSTALLING), now, Limit.of(limit));
    }

    @Override
    public boolean attempt(long serverId) {
        provisioner.advance(serverId);
        return true;
    }
}
