package io.pteroca.panel.server;

import java.time.Clock;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicLong;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Limit;
import org.springframework.scheduling.annotation.Async;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Runs the Pterodactyl side of servers: right after a purchase or a state change commits (in the background), and
 * on a short tick for whatever is due, was interrupted or failed before — provisioning, deletion, suspension.
 */
@Component
class ServerWork {

    private static final Logger log = LoggerFactory.getLogger(ServerWork.class);
    private static final int BATCH = 200;
    private static final int SYNC_PARALLELISM = 4;

    private final GameServerRepository servers;
    private final Provisioner provisioner;
    private final ServerRemoval removal;
    private final SuspensionSync suspensions;
    private final Clock clock;
    private final ForkJoinPool syncPool = new ForkJoinPool(SYNC_PARALLELISM);
    private final AtomicLong ticks = new AtomicLong();

    ServerWork(GameServerRepository servers, Provisioner provisioner, ServerRemoval removal, SuspensionSync suspensions,
               Clock clock) {
        this.servers = servers;
        this.provisioner = provisioner;
        this.removal = removal;
        this.suspensions = suspensions;
        this.clock = clock;
    }

    @Async
    @TransactionalEventListener
    void ordered(ServerOrdered ordered) {
        provisioner.advance(ordered.serverId());
    }

    @Async
    @TransactionalEventListener
    void changed(ServerChanged changed) {
        if (servers.findById(changed.serverId()).map(server -> server.state() == ServerState.DELETING).orElse(false)) {
            removal.advance(changed.serverId());
        } else {
            suspensions.sync(changed.serverId());
        }
    }

    @Scheduled(fixedDelayString = "${pteroca.servers.work-interval:PT10S}",
            initialDelayString = "${pteroca.servers.work-initial-delay:PT15S}")
    // Held at least most of a tick, so an instance whose clock is a little off cannot run the same tick again.
    @SchedulerLock(name = "server-work", lockAtLeastFor = "PT5S")
    void tick() {
        ticks.incrementAndGet();
        runDue();
    }

    /** How many ticks this instance ran (the lock lets one instance run each tick). */
    long ticks() {
        return ticks.get();
    }

    /** One pass over everything due; one failing server never stops the others. */
    void runDue() {
        each(servers.dueForWork(List.of(ServerState.PENDING, ServerState.PROVISIONING, ServerState.INSTALLING),
                clock.instant(), Limit.of(BATCH)), provisioner::advance);
        each(servers.dueForWork(List.of(ServerState.DELETING), clock.instant(), Limit.of(BATCH)), removal::advance);
        syncSuspensions();
    }

    /**
     * Until Pterodactyl agrees on every server, or a whole batch failed (Pterodactyl is down: next tick). A few calls
     * run side by side so network latency does not waste the rate budget; the client's rate limiter paces them.
     */
    void syncSuspensions() {
        List<Long> outOfSync = servers.suspensionOutOfSync(clock.instant(), Limit.of(BATCH));
        while (!outOfSync.isEmpty()) {
            List<Long> batch = outOfSync;
            long done;
            try {
                done = syncPool.submit(() -> batch.parallelStream().filter(this::syncQuietly).count()).get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (java.util.concurrent.ExecutionException e) {
                log.error("Suspension sync batch failed", e);
                return;
            }
            if (done == 0) {
                return;
            }
            outOfSync = servers.suspensionOutOfSync(clock.instant(), Limit.of(BATCH));
        }
    }

    private boolean syncQuietly(long serverId) {
        try {
            return suspensions.sync(serverId);
        } catch (RuntimeException e) {
            log.error("Suspension sync of server {} failed unexpectedly", serverId, e);
            return false;
        }
    }

    private static void each(List<Long> ids, java.util.function.LongConsumer work) {
        for (long id : ids) {
            try {
                work.accept(id);
            } catch (RuntimeException e) {
                log.error("Server {} failed unexpectedly", id, e);
            }
        }
    }
}
