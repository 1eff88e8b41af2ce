package io.pteroca.panel.server;

import io.pteroca.panel.catalog.PriceKind;
import io.pteroca.panel.shared.Money;
import io.pteroca.panel.wallet.WalletSettings;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * The sold server as the order feature sees it: opened for a purchase, locked while it is paid for, given paid time.
 * Every method runs in the caller's transaction, so the charge and what it buys commit together.
 */
@Service
public class ServerBilling {

    /** How a time reads in a server's history: to the minute, in UTC. */
    static final java.time.format.DateTimeFormatter UNTIL = java.time.format.DateTimeFormatter
            .ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(java.time.ZoneOffset.UTC);

    private final GameServerRepository servers;
    private final ServerSubuserRepository subusers;
    private final ServerHistory history;
    private final ApplicationEventPublisher events;
    private final WalletSettings wallet;
    private final Clock clock;

    ServerBilling(GameServerRepository servers, ServerSubuserRepository subusers, ServerHistory history,
                  ApplicationEventPublisher events, WalletSettings wallet, Clock clock) {
        this.servers = servers;
        this.subusers = subusers;
        this.history = history;
        this.events = events;
        this.wallet = wallet;
        this.clock = clock;
    }

    /** What paying for a server needs to know of it. */
    public record BillableServer(long id, long ownerId, long productId, String name, ServerState state,
                                 SuspensionCause suspensionCause, Money periodAmount, Instant expiresAt,
                                 boolean goneFromPterodactyl, boolean onDemand) {

        /**
         * Paying adds time and brings it back; not while an admin's suspension stands, nor for a server Pterodactyl no
         * longer has (an admin decides what follows).
         */
        public boolean payable() {
            return state.renewable() && (state != ServerState.SUSPENDED || suspensionCause.liftedByPaying())
                    && !goneFromPterodactyl;
        }
    }

    /**
     * A new PENDING server bought by {@code ownerId} for {@code periodAmount} a period, its first period as
     * {@code first} says; Pterodactyl is asked once the caller's transaction commits.
     */
    public long open(long ownerId, long productId, String name, ServerPlan plan, Money periodAmount, boolean autoRenew,
                     FirstPeriod first) {
        GameServer server = new GameServer(ownerId, productId, name, plan, periodAmount, autoRenew, clock.instant());
        server.firstPeriod(first);
        servers.save(server);
        events.publishEvent(new ServerOrdered(server.id()));
        return server.id();
    }

    /** The server, locked until the caller's transaction ends (a parallel payment waits). */
    public Optional<BillableServer> lock(long serverId) {
        return servers.lockById(serverId).map(server -> new BillableServer(server.id(), server.ownerId(), server.productId(),
                server.name(), server.state(), server.suspensionCause(), server.periodAmount(wallet.currency()), server.expiresAt(),
                Reconciliation.GONE.equals(server.drift()), server.priceKind() == PriceKind.ON_DEMAND));
    }

    /** What one hour of a customer's on-demand servers costs them, for each customer who keeps such servers running. */
    public Map<Long, Money> onDemandHourlyCosts() {
        Map<Long, Money> costs = new HashMap<>();
        for (GameServer server : servers.findByPriceKindAndStateIn(PriceKind.ON_DEMAND, List.of(ServerState.ACTIVE))) {
            costs.merge(server.ownerId(), server.periodAmount(wallet.currency()), Money::plus);
        }
        return costs;
    }

    /** Server names by id, for lists of charges. */
    public Map<Long, String> names(Collection<Long> serverIds) {
        Map<Long, String> names = new HashMap<>();
        servers.findAllById(serverIds).forEach(server -> names.put(server.id(), server.name()));
        return names;
    }

    /** Whether the account is a subuser of the server (it may renew from its own wallet). */
    public boolean sharedWith(long serverId, long accountId) {
        return subusers.findByServerIdAndAccountId(serverId, accountId).isPresent();
    }

    /**
     * One paid period more, counted from the later of the expiry and now; an expired or suspended server becomes
     * ACTIVE and Pterodactyl is told after commit. Call it with the server locked and the payment taken. Returns the
     * new expiry.
     */
    public Instant addPaidPeriod(long serverId, Long payerId, String detail) {
        GameServer server = servers.lockById(serverId).orElseThrow();
        boolean trialEnds = server.inTrial();
        server.extend(clock.instant());
        reactivate(server, payerId, trialEnds ? detail + ", the free trial became paid" : detail, false);
        return server.expiresAt();
    }

    /**
     * Paid time brings an expired server, or one suspended for not paying, back; an admin's suspension stays unless
     * an admin is the one giving the time ({@code byAdmin}).
     */
    void reactivate(GameServer server, Long actorId, String detail, boolean byAdmin) {
        boolean liftable = server.state() == ServerState.SUSPENDED && (byAdmin || server.suspensionCause().liftedByPaying());
        if (server.state() == ServerState.EXPIRED || liftable) {
            history.transition(server, ServerState.ACTIVE, actorId, detail);
            events.publishEvent(new ServerChanged(server.id()));
        } else {
            history.note(server, "renewed", actorId, detail + ", until " + UNTIL.format(server.expiresAt()));
        }
    }
}
