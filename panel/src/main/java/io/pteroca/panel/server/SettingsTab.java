package io.pteroca.panel.server;

import io.pteroca.panel.catalog.ProductDefinition;
import io.pteroca.panel.pterodactyl.PterodactylServers;
import io.pteroca.pterodactyl.client.model.ClientServer;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A server's settings: rename (here and in Pterodactyl), reinstall (on another of the product's eggs when the
 * product allows an egg change), and the SFTP details. Each action needs its Pterodactyl permission and is logged.
 */
@Service
class SettingsTab {

    static final int MAX_NAME = 191;
    private static final Set<String> PERMISSIONS = Set.of("settings.rename", "settings.reinstall", "file.sftp");

    private final ServerAccess access;
    private final PterodactylServers pterodactyl;
    private final GameServerRepository servers;
    private final ServerHistory history;
    private final TransactionTemplate transactions;
    private final Clock clock;

    SettingsTab(ServerAccess access, PterodactylServers pterodactyl, GameServerRepository servers, ServerHistory history,
                TransactionTemplate transactions, Clock clock) {
        this.access = access;
        this.pterodactyl = pterodactyl;
        this.servers = servers;
        this.history = history;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** SFTP login: host, port and username ({@code <Pterodactyl username>.<server identifier>}). */
    record Sftp(String host, int port, String username) {
    }

    /** {@code sftp} is null without {@code file.sftp}; {@code eggs} lists the eggs to reinstall with (empty: same egg only). */
    record Page(Set<String> can, Sftp sftp, List<ProductDefinition.EggChoice> eggs) {
    }

    Page page(ServerView server, long accountId) {
        if (!ServerAccess.usable(server)) {
            throw new OrderRefused("server.notNow");
        }
        Set<String> can = access.granted(server, accountId);
        if (can.stream().noneMatch(PERMISSIONS::contains)) {
            throw new OrderRefused("server.forbidden");
        }
        Sftp sftp = null;
        if (can.contains("file.sftp")) {
            ClientServer.SftpDetails details = pterodactyl.clientServer(server.ownerId(), server.identifier()).sftpDetails();
            String username = pterodactyl.usernameOf(accountId).map(name -> name + "." + server.identifier()).orElse(null);
            sftp = new Sftp(details.ip(), details.port(), username);
        }
        ProductDefinition product = server.plan().product();
        return new Page(can, sftp, product.allowEggChange() ? product.eggs() : List.of());
    }

    /** Pterodactyl first, then our record: a refusal there leaves both as they were. */
    void rename(ServerView server, long accountId, String name) {
        access.require(server, accountId, "settings.rename");
        String clean = name == null ? "" : name.strip();
        if (clean.isEmpty() || clean.length() > MAX_NAME || clean.chars().anyMatch(Character::isISOControl)) {
            throw new OrderRefused("settings.nameInvalid", MAX_NAME);
        }
        pterodactyl.settingsAs(server.ownerId()).rename(server.identifier(), clean, null);
        transactions.executeWithoutResult(status -> servers.lockById(server.id()).ifPresent(locked -> {
            locked.rename(clean, clock.instant());
            history.note(locked, "renamed", accountId, server.name() + " → " + clean);
        }));
    }

    /**
     * Reinstalls; with another egg ({@code eggId} not null and not the current one) only when the product allows an
     * egg change and the egg is one of the product's. The new egg gets the product's image, startup and variables
     * for it, as a new server would, and our record follows.
     */
    void reinstall(ServerView server, long accountId, Integer eggId) {
        access.require(server, accountId, "settings.reinstall");
        ServerPlan plan = server.plan();
        if (eggId == null || eggId == plan.eggId()) {
            pterodactyl.settingsAs(server.ownerId()).reinstall(server.identifier());
            history.note(server.id(), "reinstalled", accountId, null);
            return;
        }
        ProductDefinition product = plan.product();
        ProductDefinition.EggChoice egg = product.eggs().stream().filter(e -> e.eggId() == eggId).findFirst()
                .filter(e -> product.allowEggChange()).orElseThrow(() -> new OrderRefused("settings.eggNotAllowed"));
        Map<String, String> environment = Checkout.environment(egg, plan.slots(), Map.of());
        PterodactylServers.EggDefaults defaults = egg.dockerImage() != null && egg.startup() != null ? null
                : pterodactyl.eggDefaults(product.nestId(), egg.eggId());
        pterodactyl.changeEgg(server.pterodactylServerId(), egg.eggId(),
                egg.dockerImage() != null ? egg.dockerImage() : defaults.dockerImage(),
                egg.startup() != null ? egg.startup() : defaults.startup(), environment);
        transactions.executeWithoutResult(status -> servers.lockById(server.id()).ifPresent(locked -> {
            locked.replacePlan(locked.plan().onEgg(egg, environment), clock.instant());
            history.note(locked, "egg_changed", accountId, plan.eggName() + " → " + egg.eggName());
        }));
        pterodactyl.reinstall(server.pterodactylServerId());
        history.note(server.id(), "reinstalled", accountId, egg.eggName());
    }
}
