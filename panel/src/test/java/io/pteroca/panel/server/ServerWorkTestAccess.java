package io.pteroca.panel.server;

import org.springframework.context.ApplicationContext;

/** Lets tests outside this package run the server jobs now and see how many ticks each instance ran. */
public final class ServerWorkTestAccess {

    private final ApplicationContext context;

    public ServerWorkTestAccess(ApplicationContext context) {
        this.context = context;
    }

    public void runDue() {
        context.getBean(ServerWork.class).runDue();
    }

    /** Runs both scheduled jobs as their timer would, lock included. */
    public void tickJobs() {
        context.getBean(ServerWork.class).tick();
        context.getBean(Lifecycle.class).tick();
    }

    public long workTicks() {
        return context.getBean(ServerWork.class).ticks();
    }

    public long lifecycleTicks() {
        return context.getBean(Lifecycle.class).ticks();
    }

    /** The console's per-command permission check (plain SQL, so each database engine must run it). */
    public boolean permitsNow(long serverId, long accountId, String permission) {
        return context.getBean(ServerAccess.class).permitsNow(serverId, accountId, permission);
    }
}
