package io.pteroca.panel.order;

import io.pteroca.panel.catalog.Catalog;
import io.pteroca.panel.catalog.NodeCapacity;
import io.pteroca.panel.catalog.PriceOption;
import io.pteroca.panel.catalog.PriceTerms;
import io.pteroca.panel.catalog.ProductDefinition;
import io.pteroca.panel.catalog.ProductView;
import io.pteroca.panel.server.ServerPlan;
import io.pteroca.panel.server.ServerPlanChanges;
import io.pteroca.panel.server.Servers;
import io.pteroca.panel.shared.Money;
import io.pteroca.panel.shared.Refusal;
import io.pteroca.panel.shared.work.DurableWorkRunner;
import io.pteroca.panel.wallet.InsufficientBalanceException;
import io.pteroca.panel.wallet.WalletReason;
import io.pteroca.panel.wallet.WalletReference;
import io.pteroca.panel.wallet.WalletSettings;
import io.pteroca.panel.wallet.Wallets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A customer moves their server to another product of the same category, or to one an admin set as an upgrade path of
 * its product, for the rest of its paid period. An upgrade
 * is charged in the transaction that records the change; the new limits go to Pterodactyl only after it commits
 * ({@link PlanChangeWork}), and a refusal there gives the charge back. Only the owner changes the plan.
 */
@Service
public class PlanChanges {

    private final ServerPlanChanges servers;
    private final Servers serverCounts;
    private final Catalog catalog;
    private final NodeCapacity capacity;
    private final PlanChangeRepository changes;
    private final Wallets wallets;
    private final WalletSettings walletSettings;
    private final PlanChangeSettings settings;
    private final ApplicationEventPublisher events;
    private final DurableWorkRunner runner;
    private final PlanChangeWork work;
    private final TransactionTemplate transactions;
    private final Clock clock;

    PlanChanges(ServerPlanChanges servers, Servers serverCounts, Catalog catalog, NodeCapacity capacity,
                PlanChangeRepository changes, Wallets wallets, WalletSettings walletSettings, PlanChangeSettings settings,
                ApplicationEventPublisher events, DurableWorkRunner runner, PlanChangeWork work,
                TransactionTemplate transactions, Clock clock) {
        this.servers = servers;
        this.serverCounts = serverCounts;
        this.catalog = catalog;
        this.capacity = capacity;
        this.changes = changes;
        this.wallets = wallets;
        this.walletSettings = walletSettings;
        this.settings = settings;
        this.events = events;
        this.runner = runner;
        this.work = work;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** The products the server can move to now, each priced; empty when it cannot change now. */
    public List<PlanQuote> options(long serverId, long accountId) {
        ServerPlanChanges.Current server = owned(servers.find(serverId), accountId);
        if (!server.changeable(clock.instant()) || changes.existsByServerIdAndStatus(serverId, PlanChange.Status.PENDING)) {
            return List.of();
        }
        List<PlanQuote> options = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        List<ProductView> candidates = new ArrayList<>(catalog.storeProducts(categoryOf(server)));
        candidates.addAll(catalog.upgradeTargets(server.productId()));
        for (ProductView product : candidates) {
            if (product.id() == server.productId() || !seen.add(product.id())) {
                continue;
            }
            try {
                options.add(quote(server, target(server, product)));
            } catch (Refusal notThisOne) {
                // a product the server cannot move to (another period, another egg): not offered
            }
        }
        return options;
    }

    /** What moving to the product would cost now, or a refusal saying why it cannot. */
    public PlanQuote quote(long serverId, long accountId, long productId) {
        ServerPlanChanges.Current server = changeable(owned(servers.find(serverId), accountId));
        ProductView product = catalog.productForSale(productId)
                .orElseThrow(() -> Refusal.onField("product", "planChange.unknownProduct"));
        return quote(server, target(server, product));
    }

    /** Whether a change of this server still waits for Pterodactyl. */
    public boolean pending(long serverId) {
        return changes.existsByServerIdAndStatus(serverId, PlanChange.Status.PENDING);
    }

    /** The server's plan changes, newest first. */
    public List<PlanChange> history(long serverId) {
        return changes.findTop50ByServerIdOrderByIdDesc(serverId);
    }

    /** Records the change and charges an upgrade; the same key twice changes once. Returns the change's id. */
    public long change(long serverId, long accountId, long productId, String idempotencyKey) {
        Optional<PlanChange> earlier = changes.findByAccountIdAndIdempotencyKey(accountId, idempotencyKey);
        if (earlier.isPresent()) {
            return earlier.get().id();
        }
        try {
            return transactions.execute(status -> record(serverId, accountId, productId, idempotencyKey));
        } catch (DataIntegrityViolationException sameKeyMeanwhile) {
            return changes.findByAccountIdAndIdempotencyKey(accountId, idempotencyKey).orElseThrow(() -> sameKeyMeanwhile).id();
        }
    }

    private long record(long serverId, long accountId, long productId, String idempotencyKey) {
        // The server row stays locked until commit: a parallel change, renewal or cancellation of it waits here.
        ServerPlanChanges.Current server = owned(servers.lock(serverId), accountId);
        Optional<PlanChange> sameKey = changes.findByAccountIdAndIdempotencyKey(accountId, idempotencyKey);
        if (sameKey.isPresent()) {
            return sameKey.get().id();
        }
        changeable(server);
        if (changes.existsByServerIdAndStatus(serverId, PlanChange.Status.PENDING)) {
            throw Refusal.conflict("planChange.inProgress");
        }
        ProductView product = catalog.lockForOrder(productId)
                .orElseThrow(() -> Refusal.onField("product", "planChange.unknownProduct"));
        Target target = target(server, product);
        ProductDefinition definition = product.definition();
        if (definition.stock() != null && serverCounts.liveServers(product.id()) >= definition.stock()) {
            throw Refusal.conflict("order.outOfStock");
        }
        ProductDefinition.Resources now = server.plan().product().resources();
        ProductDefinition.Resources next = definition.resources();
        long moreMemory = next.memory() - now.memory();
        long moreDisk = next.disk() - now.disk();
        if ((moreMemory > 0 || moreDisk > 0) && !capacity.roomOn(server.nodeId(), moreMemory, moreDisk)) {
            throw Refusal.conflict("planChange.noRoom");
        }
        PlanQuote quote = quote(server, target);
        PlanChange change = changes.saveAndFlush(new PlanChange(accountId, quote, server.productId(), target.plan(),
                idempotencyKey, clock.instant()));
        Money charge = quote.settled();
        if (charge.isPositive()) {
            try {
                wallets.debit(accountId, charge, WalletReason.PLAN_CHANGE, WalletReference.of("plan_change", change.id()),
                        "Plan change: server " + server.name() + " from " + quote.currentName() + " to " + quote.newName()
                                + " for the rest of the period", null);
            } catch (InsufficientBalanceException notEnough) {
                throw new Refusal("order.notEnoughBalance", charge, wallets.balance(accountId));
            }
            events.publishEvent(new PlanChangeEvent(PlanChangeEvent.Kind.CHARGED, change.id(), accountId, serverId, charge));
        }
        runner.afterCommit(work, change.id());
        return change.id();
    }

    private PlanQuote quote(ServerPlanChanges.Current server, Target target) {
        Instant now = clock.instant();
        PriceTerms price = server.plan().price();
        Money newAmount = target.plan().periodAmount(walletSettings.currency());
        Money prorated = PlanQuote.prorated(price, server.periodAmount(), newAmount, now, server.expiresAt());
        Money settled = prorated.signum() >= 0 || settings.downgradeCredit() ? prorated : walletSettings.zero();
        return new PlanQuote(server.id(), target.product().id(), server.plan().productName(), target.product().name(),
                server.periodAmount(), newAmount, price, server.expiresAt(), PlanQuote.remaining(price, now, server.expiresAt()),
                prorated, settled);
    }

    /**
     * The product's plan for this server: of the same category or an upgrade path an admin set on the server's product,
     * a price of the same kind and period (so the paid-until stays), the server's egg offered; the egg setup (and so
     * the nest, startup and variables), slots and location stay the server's: a plan change never reinstalls.
     */
    private Target target(ServerPlanChanges.Current server, ProductView product) {
        if (product.id() == server.productId()) {
            throw Refusal.onField("product", "planChange.samePlan");
        }
        if (!Objects.equals(product.definition().categoryId(), categoryOf(server))
                && !catalog.upgradePath(server.productId(), product.id())) {
            throw Refusal.onField("product", "planChange.notOffered");
        }
        ServerPlan current = server.plan();
        PriceTerms terms = current.price();
        PriceOption price = product.prices().stream()
                .filter(option -> option.kind() == terms.kind() && option.terms().periodUnit() == terms.periodUnit()
                        && option.terms().periodValue() == terms.periodValue() && !option.terms().trial())
                .filter(option -> current.slots() == null || option.terms().minSlots() != null
                        && current.slots() >= option.terms().minSlots() && current.slots() <= option.terms().maxSlots())
                .findFirst().orElseThrow(() -> Refusal.onField("product", "planChange.noMatchingPrice"));
        if (product.definition().eggs().stream().noneMatch(egg -> egg.eggId() == current.eggId())) {
            throw Refusal.onField("product", "planChange.eggNotOffered");
        }
        return new Target(product, new ServerPlan(product.name(), product.definition(), current.eggId(), current.eggName(),
                current.dockerImage(), current.startup(), current.environment(), price.terms(), current.slots(),
                current.locationId()));
    }

    private record Target(ProductView product, ServerPlan plan) {
    }

    /** The category of the product the server runs on now (as sold, when the product is gone). */
    private Long categoryOf(ServerPlanChanges.Current server) {
        return catalog.product(server.productId()).map(product -> product.definition().categoryId())
                .orElse(server.plan().product().categoryId());
    }

    private ServerPlanChanges.Current changeable(ServerPlanChanges.Current server) {
        if (!server.changeable(clock.instant())) {
            throw Refusal.conflict("planChange.notNow");
        }
        return server;
    }

    /** Only the owner moves a server to another plan (subusers and admins never spend the owner's money). */
    private static ServerPlanChanges.Current owned(Optional<ServerPlanChanges.Current> server, long accountId) {
        ServerPlanChanges.Current found = server.orElseThrow(() -> Refusal.notFound("error.404"));
        if (found.ownerId() != accountId) {
            throw Refusal.forbidden("planChange.ownerOnly");
        }
        return found;
    }
}
