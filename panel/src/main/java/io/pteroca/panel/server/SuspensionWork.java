package io.pteroca.panel.server;

import io.pteroca.panel.shared.work.DurableWork;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Component;

/** Servers whose suspension Pterodactyl does not agree with yet. */
@Component
class SuspensionWork implements DurableWork {

    private final GameServerRepository servers;
    private final SuspensionSync suspensions;
    private final Duration interval;

    SuspensionWork(GameServerRepository servers, SuspensionSync suspensions,
            @Value("${pteroca.servers.work-interval:PT10S}") Duration interval) {
        this.servers = servers;
        this.suspensions = suspensions;
        this.interval = interval;
    }

    @Override
    public String name() {
        return "server-suspension";
    }

    @Override
    public Duration interval() {
        return interval;
    }

    @Override
    public List<Long> due(Instant now, int limit) {
        return servers.suspensionOutOfSync(now, Limit.of(limit));
    }

    @Override
    public boolean attempt(long serverId) {
        return suspensions.sync(serverId);
    }

    /** A few calls side by side, so network latency does not waste the rate budget; the client's limiter paces them. */
    @Override
    public int parallelism() {
        return 4;
    }
}
