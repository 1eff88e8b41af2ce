package io.pteroca.panel.server;

import io.pteroca.panel.pterodactyl.ServersAsOwner;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * What each server was last seen doing (running, offline…), for two minutes. The server page asks Pterodactyl and
 * fills it; "My servers" only reads it, so a list of any length costs no Pterodactyl call.
 */
@Component
public class PowerStates {

    private static final Duration FRESH = Duration.ofMinutes(2);

    private final ServersAsOwner pterodactyl;
    private final Clock clock;
    private final Map<Long, Seen> seen = new ConcurrentHashMap<>();

    PowerStates(ServersAsOwner pterodactyl, Clock clock) {
        this.pterodactyl = pterodactyl;
        this.clock = clock;
    }

    /**
     * Asks Pterodactyl (as the owner) unless a fresh answer is known; empty when the owner is not linked, and while
     * the server is not usable (a suspended server is not "running", whatever was seen before). A failed call is a
     * {@link io.pteroca.panel.pterodactyl.PterodactylFailure} for the page to explain (busy, gone, unreachable).
     */
    public Optional<String> refresh(ServerView server) {
        if (!ServerAccess.usable(server)) {
            return Optional.empty();
        }
        Optional<String> known = known(server.id());
        if (known.isPresent()) {
            return known;
        }
        Optional<String> state = pterodactyl.powerState(server.ownerId(), server.identifier());
        state.ifPresent(value -> seen.put(server.id(), new Seen(value, clock.instant())));
        return state;
    }

    /** A power signal was just sent: what was seen before no longer holds. */
    void forget(long serverId) {
        seen.remove(serverId);
    }

    /** What was last seen, without asking Pterodactyl; empty while the server is not usable. */
    public Optional<String> known(ServerView server) {
        return ServerAccess.usable(server) ? known(server.id()) : Optional.empty();
    }

    private Optional<String> known(long serverId) {
        Seen last = seen.get(serverId);
        return last != null && last.at().plus(FRESH).isAfter(clock.instant()) ? Optional.of(last.state()) : Optional.empty();
    }

    private record Seen(String state, Instant at) {
    }
}
