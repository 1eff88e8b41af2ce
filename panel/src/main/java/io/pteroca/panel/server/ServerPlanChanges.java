package io.pteroca.panel.server;

import io.pteroca.panel.pterodactyl.PterodactylServers;
import io.pteroca.panel.shared.Money;
import io.pteroca.panel.wallet.WalletSettings;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * The server's side of a plan change, which the order feature pays for: what the server runs on now, its new limits
 * sent to Pterodactyl, and its plan switched once Pterodactyl has them. The paid-until never moves here.
 */
@Service
public class ServerPlanChanges {

    private final GameServerRepository servers;
    private final PterodactylServers pterodactyl;
    private final ServerHistory history;
    private final WalletSettings wallet;
    private final Clock clock;

    ServerPlanChanges(GameServerRepository servers, PterodactylServers pterodactyl, ServerHistory history,
                      WalletSettings wallet, Clock clock) {
        this.servers = servers;
        this.pterodactyl = pterodactyl;
        this.history = history;
        this.wallet = wallet;
        this.clock = clock;
    }

    /** What a plan change needs to know of a server. */
    public record Current(long id, long ownerId, long productId, String name, ServerState state, ServerPlan plan,
                          Money periodAmount, Instant expiresAt, Integer nodeId, boolean inTrial, boolean gone,
                          boolean endsAtExpiry) {

        /** Running, paid and in Pterodactyl: a plan change can be priced and applied. */
        public boolean changeable(Instant now) {
            return state == ServerState.ACTIVE && !inTrial && !gone && !endsAtExpiry && nodeId != null && expiresAt != null
                    && expiresAt.isAfter(now);
        }
    }

    /** The server, locked until the caller's transaction ends (a parallel change or payment waits). */
    public Optional<Current> lock(long serverId) {
        return servers.lockById(serverId).map(this::current);
    }

    public Optional<Current> find(long serverId) {
        return servers.findById(serverId).map(this::current);
    }

    /** Sends the plan's limits to Pterodactyl (an absolute build update, so sending it again is harmless). */
    public void pushLimits(long serverId, ServerPlan plan) {
        GameServer server = servers.findById(serverId).orElseThrow();
        pterodactyl.changeBuild(server.pterodactylServerId(), plan.limits());
    }

    /** Puts the server on the new product's plan and price, in the caller's transaction; the paid-until stays. */
    public void switchTo(long serverId, long productId, ServerPlan plan, Money periodAmount, long actorId, String detail) {
        GameServer server = servers.lockById(serverId).orElseThrow();
        server.switchPlan(productId, plan, periodAmount, clock.instant());
        history.note(server, "plan_changed", actorId, detail);
    }

    private Current current(GameServer server) {
        return new Current(server.id(), server.ownerId(), server.productId(), server.name(), server.state(), server.plan(),
                server.periodAmount(wallet.currency()), server.expiresAt(), server.nodeId(), server.inTrial(),
                Reconciliation.GONE.equals(server.drift()), server.endsAtExpiry());
    }
}
