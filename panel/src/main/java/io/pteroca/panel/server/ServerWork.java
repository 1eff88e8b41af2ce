package io.pteroca.panel.server;

import io.pteroca.panel.shared.work.DurableWorkRunner;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Runs the Pterodactyl side of servers: right after a purchase or a state change commits (in the background), and
 * on each sweep for whatever is due, was interrupted or failed before — provisioning, deletion, suspension.
 */
@Component
class ServerWork {

    private final GameServerRepository servers;
    private final ProvisioningWork provisioning;
    private final RemovalWork removal;
    private final SuspensionWork suspensions;
    private final DurableWorkRunner work;

    ServerWork(GameServerRepository servers, ProvisioningWork provisioning, RemovalWork removal, SuspensionWork suspensions,
               DurableWorkRunner work) {
        this.servers = servers;
        this.provisioning = provisioning;
        this.removal = removal;
        this.suspensions = suspensions;
        this.work = work;
    }

    @EventListener
    void ordered(ServerOrdered ordered) {
        work.afterCommit(provisioning, ordered.serverId());
    }

    @EventListener
    void changed(ServerChanged changed) {
        boolean deleting = servers.findById(changed.serverId()).map(server -> server.state() == ServerState.DELETING)
                .orElse(false);
        work.afterCommit(deleting ? removal : suspensions, changed.serverId());
    }

    /** The three sweeps as the scheduler runs them, each under its lock. */
    void tick() {
        work.sweepLocked(provisioning);
        work.sweepLocked(removal);
        work.sweepLocked(suspensions);
    }

    /** How many provisioning sweeps this instance ran (its lock lets one instance run each). */
    long ticks() {
        return work.sweeps(provisioning);
    }

    /** One pass over everything due; one failing server never stops the others. */
    void runDue() {
        work.sweep(provisioning);
        work.sweep(removal);
        syncSuspensions();
    }

    /** Until Pterodactyl agrees on every server, or a whole batch failed (Pterodactyl is down: next sweep). */
    void syncSuspensions() {
        work.sweep(suspensions);
    }
}
