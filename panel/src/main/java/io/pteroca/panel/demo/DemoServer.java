package io.pteroca.panel.demo;

import io.pteroca.emulator.PterodactylEmulator;
import io.pteroca.panel.order.ServerOrders;
import io.pteroca.panel.pterodactyl.PterodactylAccounts;
import io.pteroca.panel.pterodactyl.ServersAsOwner;
import io.pteroca.panel.server.ServerState;
import io.pteroca.panel.server.ServerView;
import io.pteroca.panel.server.Servers;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * The demo customer's server, bought from their wallet like any order, then set up by the panel's own jobs; once it is
 * active the demo accepts Minecraft's EULA for the customer and starts it, so the visitor finds it running.
 */
@Component
@Profile("demo")
class DemoServer {

    static final String NAME = "Demo SMP";
    private static final Logger log = LoggerFactory.getLogger(DemoServer.class);
    private static final Duration READY_WITHIN = Duration.ofMinutes(3);
    private static final Duration LOOK_EVERY = Duration.ofMillis(250);

    private final ServerOrders orders;
    private final Servers servers;
    private final PterodactylAccounts pterodactylAccounts;
    private final ServersAsOwner asOwner;
    private final PterodactylEmulator emulator;

    DemoServer(ServerOrders orders, Servers servers, PterodactylAccounts pterodactylAccounts, ServersAsOwner asOwner,
               PterodactylEmulator emulator) {
        this.orders = orders;
        this.servers = servers;
        this.pterodactylAccounts = pterodactylAccounts;
        this.asOwner = asOwner;
        this.emulator = emulator;
    }

    /** True once the server runs; false (and a warning) when any step did not finish in time. */
    boolean orderAndStart(long customerId, long productId) {
        // Ordered once the customer has a Pterodactyl user, so the first provisioning attempt is not spent waiting for it.
        if (waitFor("the demo customer's Pterodactyl account", () -> pterodactylAccounts.userOf(customerId)).isEmpty()) {
            return false;
        }
        long serverId = orders.order(customerId, productId, NAME);
        Optional<ServerView> active = waitFor("the demo server to be set up",
                () -> servers.find(serverId).filter(server -> server.state() == ServerState.ACTIVE));
        if (active.isEmpty()) {
            return false;
        }
        String identifier = active.get().identifier();
        asOwner.writeFile(customerId, identifier, "/eula.txt", "eula=true\n");
        asOwner.power(customerId, identifier, "start");
        // Asked of the emulator itself: Pterodactyl's resources answer may be up to 20 s old.
        return waitFor("the demo server to start", () -> powerState(identifier).filter("running"::equals))
                .isPresent();
    }

    private Optional<String> powerState(String identifier) {
        synchronized (emulator.state()) {
            return emulator.state().serverByIdentifier(identifier).map(emulator.wings()::powerState);
        }
    }

    private static <T> Optional<T> waitFor(String what, Supplier<Optional<T>> check) {
        long deadline = System.nanoTime() + READY_WITHIN.toNanos();
        while (System.nanoTime() < deadline) {
            Optional<T> value = check.get();
            if (value.isPresent()) {
                log.debug("Waited {} ms for {}", (System.nanoTime() - deadline + READY_WITHIN.toNanos()) / 1_000_000, what);
                return value;
            }
            try {
                Thread.sleep(LOOK_EVERY.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return Optional.empty();
            }
        }
        log.warn("The demo gave up waiting for {} after {} s", what, READY_WITHIN.toSeconds());
        return Optional.empty();
    }
}
