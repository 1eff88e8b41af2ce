package io.pteroca.panel.server;

import io.pteroca.panel.account.AccountView;
import io.pteroca.panel.account.Accounts;
import io.pteroca.panel.catalog.Catalog;
import io.pteroca.panel.catalog.ProductDefinition;
import io.pteroca.panel.catalog.ProductView;
import io.pteroca.panel.pterodactyl.PterodactylAccounts;
import io.pteroca.panel.pterodactyl.PterodactylServers;
import io.pteroca.panel.pterodactyl.PterodactylServers.ServerInfo;
import io.pteroca.panel.shared.Refusal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Takes servers that already exist in Pterodactyl under the panel's management: an admin picks the owner, the
 * product whose price applies from now on, the paid-until date, and which limits hold: the product's (written to
 * Pterodactyl first) or the server's own (kept as its plan), so the plan and Pterodactyl agree either way. The server
 * gets this panel's external id and, when needed, the chosen owner's Pterodactyl user. A server whose external id
 * says another system manages it is taken only when the admin says so explicitly. Nothing is charged.
 */
@Service
public class ServerImport {

    /** How another PteroCA installation names its servers. */
    private static final Pattern OTHER_PTEROCA = Pattern.compile("pteroca-[0-9a-f]+-server-\\d+");
    private static final int PAGE = 100;

    private final PterodactylServers pterodactyl;
    private final PterodactylAccounts pterodactylAccounts;
    private final GameServerRepository servers;
    private final Catalog catalog;
    private final Accounts accounts;
    private final ServerHistory history;
    private final TransactionTemplate transactions;
    private final Clock clock;

    ServerImport(PterodactylServers pterodactyl, PterodactylAccounts pterodactylAccounts, GameServerRepository servers,
                 Catalog catalog, Accounts accounts, ServerHistory history, TransactionTemplate transactions, Clock clock) {
        this.pterodactyl = pterodactyl;
        this.pterodactylAccounts = pterodactylAccounts;
        this.servers = servers;
        this.catalog = catalog;
        this.accounts = accounts;
        this.history = history;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** Whose limits an imported server keeps. */
    public enum Limits {
        /** The product's limits are written to Pterodactyl. */
        PRODUCT,
        /** The limits Pterodactyl has become the server's plan. */
        SERVER
    }

    /**
     * A server that can be imported. {@code managedElsewhere} is its external id when that is not this panel's
     * (another PteroCA installation's, or any other system's), else null; {@code otherPteroca}: it is another
     * PteroCA installation's.
     */
    public record Candidate(ServerInfo server, String suggestedOwner, String managedElsewhere, boolean otherPteroca) {
    }

    /** What an import did: the new server's id and the external id it replaced when the admin took it over. */
    public record Imported(long serverId, String tookOverFrom) {
    }

    /** Pterodactyl servers (every page) the panel does not manage yet. */
    public List<Candidate> candidates() {
        List<Candidate> candidates = new ArrayList<>();
        pterodactyl.forEachPage(PAGE, page -> {
            Set<Integer> managed = servers.liveAmong(page.stream().map(ServerInfo::id).toList());
            page.stream().filter(server -> !managed.contains(server.id()))
                    .map(server -> new Candidate(server, suggestedOwner(server.userId()), managedElsewhere(server),
                            managedElsewhere(server) != null && OTHER_PTEROCA.matcher(server.externalId()).matches()))
                    .forEach(candidates::add);
        });
        return candidates;
    }

    /** The e-mail of the panel account linked to this Pterodactyl user, to suggest as the owner. */
    private String suggestedOwner(int pterodactylUserId) {
        return pterodactylAccounts.accountOf(pterodactylUserId).flatMap(accounts::find).map(AccountView::email).orElse("");
    }

    private String managedElsewhere(ServerInfo server) {
        String externalId = server.externalId();
        return externalId == null || externalId.isBlank() || pterodactyl.ours(externalId) ? null : externalId;
    }

    /**
     * Imports the server; a {@link Refusal} says why when the choice does not work. {@code takeOver} must be set for
     * a server another system manages.
     */
    public Imported importServer(int pterodactylServerId, String ownerEmail, long productId, Instant paidUntil, Limits limits,
                                 boolean takeOver, Long adminId) {
        AccountView owner = accounts.findByEmail(ownerEmail == null ? "" : ownerEmail.strip())
                .filter(account -> !account.deleted()).orElseThrow(() -> new Refusal("import.owner"));
        ProductView product = catalog.product(productId).filter(p -> !p.deleted() && !p.prices().isEmpty())
                .orElseThrow(() -> new Refusal("import.product"));
        if (!paidUntil.isAfter(clock.instant())) {
            throw new Refusal("import.paidUntil");
        }
        if (limits == null) {
            throw new Refusal("import.limitsMissing");
        }
        ServerInfo server = pterodactyl.find(pterodactylServerId).orElseThrow(() -> new Refusal("import.gone"));
        if (servers.livePterodactylIds().contains(pterodactylServerId)) {
            throw new Refusal("import.managed");
        }
        String elsewhere = managedElsewhere(server);
        if (elsewhere != null && !takeOver) {
            throw new Refusal("import.managedElsewhere", elsewhere);
        }
        int ownerUser = pterodactylAccounts.userOf(owner.id()).orElseThrow(() -> new Refusal("import.ownerNotLinked"));
        ServerPlan productPlan = plan(product, server);
        ServerPlan plan = limits == Limits.PRODUCT ? productPlan : productPlan.withLimits(server.limits());
        if (limits == Limits.PRODUCT) {
            // Pterodactyl first: if it refuses, nothing is imported.
            pterodactyl.changeBuild(pterodactylServerId, productPlan.limits());
        }
        long id = transactions.execute(status -> {
            GameServer imported = servers.save(new GameServer(owner.id(), product.id(), server.name(), plan,
                    plan.periodAmount(product.currency()), false, clock.instant()));
            imported.created(server.id(), server.identifier(), server.nodeId(), server.address(), clock.instant());
            imported.panelSuspension(server.suspended());
            imported.extendTo(paidUntil, clock.instant());
            imported.settled();
            history.imported(imported, adminId, "imported from Pterodactyl server " + server.identifier()
                    + (limits == Limits.PRODUCT ? " with the product's limits" : " with its own limits")
                    + (elsewhere == null ? "" : ", taken over from " + elsewhere));
            // Inside the transaction: if Pterodactyl refuses the new owner or our external id, no record remains.
            pterodactyl.adopt(server.id(), ownerUser, imported.id());
            return imported.id();
        });
        return new Imported(id, elsewhere);
    }

    /** The product's terms with the server's own egg and variables (what runs is kept as it is). */
    private static ServerPlan plan(ProductView product, ServerInfo server) {
        ProductDefinition.EggChoice egg = product.definition().eggs().stream().filter(e -> e.eggId() == server.eggId())
                .findFirst().orElse(product.definition().eggs().get(0));
        Map<String, String> environment = new LinkedHashMap<>(server.environment());
        return new ServerPlan(product.name(), product.definition(), server.eggId(),
                egg.eggId() == server.eggId() ? egg.eggName() : "egg " + server.eggId(), null, null, environment,
                product.prices().get(0).terms(), null, null);
    }
}
