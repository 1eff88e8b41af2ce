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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Takes servers that already exist in Pterodactyl under the panel's management: an admin picks the owner, the
 * product whose price and limits apply from now on, and the paid-until date. Nothing is charged; Pterodactyl's
 * owner is changed to the chosen account's user when they differ.
 */
@Service
public class ServerImport {

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

    /** Pterodactyl servers (every page) the panel does not manage yet. */
    public List<ServerInfo> candidates() {
        Set<Integer> managed = servers.livePterodactylIds();
        return pterodactyl.all().stream().filter(server -> !managed.contains(server.id())).toList();
    }

    /** The e-mail of the panel account linked to this Pterodactyl user, to suggest as the owner. */
    public String suggestedOwner(int pterodactylUserId) {
        return pterodactylAccounts.accountOf(pterodactylUserId).flatMap(accounts::find).map(AccountView::email).orElse("");
    }

    /** Returns the new server's id; a {@link Refusal} says why when the choice does not work. */
    public long importServer(int pterodactylServerId, String ownerEmail, long productId, Instant paidUntil, Long adminId) {
        AccountView owner = accounts.findByEmail(ownerEmail == null ? "" : ownerEmail.strip())
                .filter(account -> !account.deleted()).orElseThrow(() -> new Refusal("import.owner"));
        ProductView product = catalog.product(productId).filter(p -> !p.deleted() && !p.prices().isEmpty())
                .orElseThrow(() -> new Refusal("import.product"));
        if (!paidUntil.isAfter(clock.instant())) {
            throw new Refusal("import.paidUntil");
        }
        ServerInfo server = pterodactyl.find(pterodactylServerId).orElseThrow(() -> new Refusal("import.gone"));
        if (servers.livePterodactylIds().contains(pterodactylServerId)) {
            throw new Refusal("import.managed");
        }
        int ownerUser = pterodactylAccounts.userOf(owner.id()).orElseThrow(() -> new Refusal("import.ownerNotLinked"));
        if (ownerUser != server.userId()) {
            pterodactyl.changeOwner(pterodactylServerId, ownerUser);
        }
        ServerPlan plan = plan(product, server);
        return transactions.execute(status -> {
            GameServer imported = servers.save(new GameServer(owner.id(), product.id(), server.name(), plan,
                    plan.periodAmount(product.currency()), false, clock.instant()));
            imported.created(server.id(), server.identifier(), server.nodeId(), server.address(), clock.instant());
            imported.panelSuspension(server.suspended());
            imported.extendTo(paidUntil, clock.instant());
            imported.settled();
            history.transition(imported, ServerState.PROVISIONING, adminId, null);
            history.transition(imported, ServerState.INSTALLING, adminId, null);
            history.transition(imported, ServerState.ACTIVE, adminId, "imported from Pterodactyl server " + server.identifier());
            return imported.id();
        });
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

    /** The import cannot be done as asked; the message is a message key. */
}
