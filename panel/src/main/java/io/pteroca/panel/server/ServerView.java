package io.pteroca.panel.server;

import io.pteroca.panel.catalog.PriceTerms;
import java.math.BigDecimal;
import java.time.Instant;

/** A server as the customer and admin pages show it; built from our database only. */
public record ServerView(long id, long ownerId, long productId, String name, ServerState state, String productName, String eggName,
                  String address, String identifier, Instant expiresAt, boolean autoRenew, boolean autoRenewAllowed,
                  PriceTerms price, Integer slots, BigDecimal periodAmount, Instant suspendedAt, int attempts,
                  String lastError, Integer pterodactylServerId, Instant createdAt, ServerPlan plan, String drift) {

    static ServerView of(GameServer server) {
        ServerPlan plan = server.plan();
        return new ServerView(server.id(), server.ownerId(), server.productId(), server.name(), server.state(),
                plan.productName(), plan.eggName(), server.address(), server.identifier(), server.expiresAt(),
                server.autoRenew(), plan.product().allowAutoRenew(), plan.price(), server.slots(), server.periodAmount(),
                server.suspendedAt(), server.attempts(), server.lastError(), server.pterodactylServerId(), server.createdAt(),
                plan, server.drift());
    }

    public boolean renewable() {
        return state.renewable();
    }

    public boolean settingUp() {
        return state.settingUp();
    }

    public boolean onDemand() {
        return price.kind() == io.pteroca.panel.catalog.PriceKind.ON_DEMAND;
    }
}
