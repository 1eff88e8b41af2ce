package io.pteroca.panel.server;

import io.pteroca.panel.catalog.PriceTerms;
import io.pteroca.panel.shared.Money;
import java.time.Instant;
import java.util.Currency;

/** A server as the customer and admin pages show it; built from our database only. */
public record ServerView(long id, long ownerId, long productId, String name, ServerState state, String productName, String eggName,
                  String address, String identifier, Instant expiresAt, boolean autoRenew, boolean autoRenewAllowed,
                  PriceTerms price, Integer slots, Money periodAmount, Instant suspendedAt, int attempts,
                  String lastError, Integer pterodactylServerId, Instant createdAt, ServerPlan plan, String drift,
                  SuspensionCause suspensionCause, String suspensionReason, boolean suspendedInPterodactyl,
                  boolean inTrial, Integer nodeId, boolean endsAtExpiry, Instant cancelledAt, String cancellationReason) {

    static ServerView of(GameServer server, Currency currency) {
        return of(server, server.plan(), currency);
    }

    static ServerView of(GameServer server, ServerPlan plan, Currency currency) {
        return new ServerView(server.id(), server.ownerId(), server.productId(), server.name(), server.state(),
                plan.productName(), plan.eggName(), server.address(), server.identifier(), server.expiresAt(),
                server.autoRenew(), plan.product().allowAutoRenew(), plan.price(), server.slots(), server.periodAmount(currency),
                server.suspendedAt(), server.attempts(), server.lastError(), server.pterodactylServerId(), server.createdAt(),
                plan, server.drift(), server.suspensionCause(), server.suspensionReason(), server.suspendedInPanel(),
                server.inTrial(), server.nodeId(), server.endsAtExpiry(), server.cancelledAt(), server.cancellationReason());
    }

    /** Paying is possible (and the page offers it): not while an admin's suspension stands, nor once gone from Pterodactyl. */
    public boolean renewable() {
        return state.renewable() && !suspendedByAdmin() && !goneFromPterodactyl();
    }

    public boolean suspendedByAdmin() {
        return state == ServerState.SUSPENDED && suspensionCause == SuspensionCause.ADMIN;
    }

    /** Pterodactyl does not yet agree with the state (the sync retries until it does). */
    public boolean suspensionPending() {
        return pterodactylServerId != null && state.live() && !state.settingUp() && state != ServerState.DELETING
                && state.suspendedInPanel() != suspendedInPterodactyl;
    }

    /** A call or reconciliation found that Pterodactyl no longer has this server; an admin decides what follows. */
    public boolean goneFromPterodactyl() {
        return Reconciliation.GONE.equals(drift);
    }

    public boolean settingUp() {
        return state.settingUp();
    }

    /** Its owner may share it: it runs in Pterodactyl and still exists there. */
    public boolean shareable() {
        return state.live() && !state.settingUp() && !goneFromPterodactyl();
    }

    /** About what 30 days of this server cost, for an hourly price. */
    public Money perMonth() {
        return price.perMonthOf(periodAmount);
    }

    public boolean onDemand() {
        return price.kind() == io.pteroca.panel.catalog.PriceKind.ON_DEMAND;
    }
}
