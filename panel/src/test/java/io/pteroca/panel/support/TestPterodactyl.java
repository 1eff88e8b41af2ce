package io.pteroca.panel.support;

import io.pteroca.emulator.PterodactylEmulator;
import io.pteroca.emulator.state.EmulatorSettings;
import java.time.Duration;
import java.util.function.BooleanSupplier;

/**
 * One Pterodactyl emulator for the whole test run, with rate limits high enough that the suite never waits
 * for them (tests of the limits configure their own).
 */
public final class TestPterodactyl {

    /**
     * Installs, backups and restores never finish by themselves while a test runs: a test finishes them when it wants
     * (the emulator's {@code finishAllPending}, which the server fixtures call), so how fast the machine is never decides.
     */
    private static final Duration PENDING_WORK = Duration.ofDays(1);
    /** Only for events that are certain to come; a slow machine never comes near it. */
    private static final ShiftableClock CLOCK = new ShiftableClock();
    /**
     * Users and servers of the Pelican emulator get ids far from the Pterodactyl emulator's (and from the 1-2 million of
     * the other panels some tests start): the panel keeps one link per panel user id and one server per panel server id,
     * whichever panel made them.
     */
    private static final long PELICAN_IDS_FROM = 5_000_000;
    private static final java.util.Map<EmulatorSettings.Flavor, PterodactylEmulator> EMULATORS =
            new java.util.EnumMap<>(EmulatorSettings.Flavor.class);
    private static EmulatorSettings.Flavor current = EmulatorSettings.Flavor.PTERODACTYL;

    private TestPterodactyl() {
    }

    /** The emulator the panel talks to in this test: Pterodactyl unless the test chose Pelican with {@link #use}. */
    public static synchronized PterodactylEmulator emulator() {
        return emulator(current);
    }

    /**
     * Makes this flavour's emulator the one {@link #emulator()} answers; the test then points the panel at it
     * ({@code PterodactylSettings.configure}), and {@code IntegrationTest} points both back at Pterodactyl before the
     * next test. One panel, one application context: only the URL and key change, as when an admin moves panels.
     */
    public static synchronized PterodactylEmulator use(EmulatorSettings.Flavor flavor) {
        current = flavor;
        return emulator(flavor);
    }

    /** Every emulator started so far (one per flavour a test used). */
    public static synchronized java.util.List<PterodactylEmulator> started() {
        return java.util.List.copyOf(EMULATORS.values());
    }

    private static PterodactylEmulator emulator(EmulatorSettings.Flavor flavor) {
        return EMULATORS.computeIfAbsent(flavor, TestPterodactyl::start);
    }

    private static PterodactylEmulator start(EmulatorSettings.Flavor flavor) {
        PterodactylEmulator started = PterodactylEmulator.builder().host("127.0.0.1").port(0).clock(CLOCK).flavor(flavor)
                .applicationRateLimit(1_000_000).clientRateLimit(1_000_000).installDelayMillis(PENDING_WORK.toMillis())
                .allocationPorts(25565, 27564)
                .build().start();
        // Customers add ports from Pterodactyl's client range (25565-25600 by default), which the servers of a long
        // run fill up: the whole node's range keeps "Add a port" independent of how many tests ran before.
        started.settings().clientAllocationRangeEnd = 27564;
        if (flavor == EmulatorSettings.Flavor.PELICAN) {
            synchronized (started.state()) {
                started.state().skipIdsTo("users", PELICAN_IDS_FROM);
                started.state().skipIdsTo("servers", PELICAN_IDS_FROM);
            }
        }
        Runtime.getRuntime().addShutdownHook(new Thread(started::close));
        return started;
    }

    /** The emulator's clock: the system's, moved by tests that need Pterodactyl's time to pass (token expiry). */
    public static ShiftableClock clock() {
        emulator();
        return CLOCK;
    }

    /** Calls the emulator answered so far, all endpoints together, once the panel's background work is done. */
    public static int totalCalls() {
        BackgroundWork.awaitIdle();
        return emulator().counters().snapshot().values().stream().mapToInt(Integer::intValue).sum();
    }

    /**
     * Waits for what only the emulator's own threads do, such as its Wings socket noticing a hang-up or accepting a
     * token: they report to no one, so this polls, with a safety net for an event that is certain to come.
     */
    public static void awaitWings(BooleanSupplier condition, String what) {
        Certain.await(condition, "Wings get to " + what);
    }
}
