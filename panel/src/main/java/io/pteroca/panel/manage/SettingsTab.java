package io.pteroca.panel.manage;

import io.pteroca.panel.catalog.ProductDefinition;
import io.pteroca.panel.pterodactyl.PterodactylServers;
import io.pteroca.panel.server.ServerAccess;
import io.pteroca.panel.server.ServerHistory;
import io.pteroca.panel.server.ServerPlan;
import io.pteroca.panel.server.ServerRecords;
import io.pteroca.panel.server.ServerView;
import io.pteroca.panel.shared.Refusal;
import io.pteroca.pterodactyl.client.model.ClientServer;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;

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
    private final ServerRecords records;
    private final ServerHistory history;

    SettingsTab(ServerAccess access, PterodactylServers pterodactyl, ServerRecords records, ServerHistory history) {
        this.access = access;
        this.pterodactyl = pterodactyl;
        this.records = records;
        this.history = history;
    }

    /** SFTP login: host, port and username ({@code <Pterodactyl username>.<server identifier>}). */
    record Sftp(String host, int port, String username) {
    }

    /** {@code sftp} is null without {@code file.sftp}; {@code eggs} lists the eggs to reinstall with (empty: same egg only). */
    record Page(Set<String> can, Sftp sftp, List<ProductDefinition.EggChoice> eggs) {
    }

    Page page(ServerView server, long accountId) {
        if (!ServerAccess.usable(server)) {
            throw new Refusal("server.notNow");
        }
        Set<String> can = access.granted(server, accountId);
        if (can.stream().noneMatch(PERMISSIONS::contains)) {
            throw Refusal.forbidden("server.forbidden");
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
            throw new Refusal("settings.nameInvalid", MAX_NAME);
        }
        pterodactyl.settingsAs(server.ownerId()).rename(server.identifier(), clean, null);
        records.renamed(server.id(), clean, accountId);
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
                .filter(e -> product.allowEggChange()).orElseThrow(() -> new Refusal("settings.eggNotAllowed"));
        Map<String, String> environment = ServerPlan.environmentFor(egg, plan.slots(), Map.of());
        PterodactylServers.EggDefaults defaults = egg.dockerImage() != null && egg.startup() != null ? null
                : pterodactyl.eggDefaults(product.nestId(), egg.eggId());
        pterodactyl.changeEgg(server.pterodactylServerId(), egg.eggId(),
                egg.dockerImage() != null ? egg.dockerImage() : defaults.dockerImage(),
                egg.startup() != null ? egg.startup() : defaults.startup(), environment);
        records.movedToEgg(server.id(), egg, environment, accountId);
        pterodactyl.reinstall(server.pterodactylServerId());
        history.note(server.id(), "reinstalled", accountId, egg.eggName());
    }
}
