package io.pteroca.panel.server;

import io.pteroca.emulator.PterodactylEmulator;
import io.pteroca.panel.support.BackgroundWork;
import io.pteroca.panel.support.MutableClock;
import java.time.Duration;
import java.util.function.BooleanSupplier;
import org.springframework.context.ApplicationContext;

/** Lets tests outside this package run the server jobs now and see how many ticks each instance ran. */
public final class ServerWorkTestAccess {

    /** Past the first install check (5 s after the create); later checks and back-offs take a few steps each. */
    private static final Duration STEP = Duration.ofSeconds(6);
    /** 50 minutes of panel time: past every back-off a test provokes; more steps mean the work is stuck. */
    private static final int MAX_STEPS = 500;

    private final ApplicationContext context;

    public ServerWorkTestAccess(ApplicationContext context) {
        this.context = context;
    }

    public void runDue() {
        context.getBean(ServerWork.class).runDue();
    }

    /**
     * Runs the server work until the condition holds. Each step lets the background work end and checks; if not yet,
     * Pterodactyl finishes its pending installs, the panel's clock moves one step (past an install check or a back-off)
     * and the work that is due runs. How many steps it takes depends on the work alone, never on the machine's speed.
     */
    public void workUntil(BooleanSupplier done, String what, PterodactylEmulator pterodactyl) {
        MutableClock clock = context.getBean(MutableClock.class);
        ServerWork work = context.getBean(ServerWork.class);
        for (int step = 0; step < MAX_STEPS; step++) {
            BackgroundWork.awaitIdle();
            if (done.getAsBoolean()) {
                return;
            }
            pterodactyl.finishPending();
            clock.advance(STEP);
            work.runDue();
        }
        throw new AssertionError("no " + what + " after " + MAX_STEPS + " steps of " + STEP + " of work");
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
