package io.pteroca.panel.manage;

import io.pteroca.panel.catalog.ProductDefinition;
import io.pteroca.panel.pterodactyl.EggSetup;
import io.pteroca.panel.pterodactyl.PterodactylServers;
import io.pteroca.panel.pterodactyl.ServersAsOwner;
import io.pteroca.panel.pterodactyl.SftpLogin;
import io.pteroca.panel.pterodactyl.SftpPasswords;
import io.pteroca.panel.server.ServerAccess;
import io.pteroca.panel.server.ServerHistory;
import io.pteroca.panel.server.ServerPlan;
import io.pteroca.panel.server.ServerRecords;
import io.pteroca.panel.server.ServerView;
import io.pteroca.panel.shared.Refusal;
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
    private final ServersAsOwner asOwner;
    private final PterodactylServers servers;
    private final ServerRecords records;
    private final ServerHistory history;
    private final SftpPasswords sftpPasswords;

    SettingsTab(ServerAccess access, ServersAsOwner asOwner, PterodactylServers servers, ServerRecords records,
                ServerHistory history, SftpPasswords sftpPasswords) {
        this.access = access;
        this.asOwner = asOwner;
        this.servers = servers;
        this.records = records;
        this.history = history;
        this.sftpPasswords = sftpPasswords;
    }

    /** Sets the viewer's own SFTP password (their Pterodactyl user's); needs {@code file.sftp} on this server. */
    void setSftpPassword(ServerView server, long accountId, String password, String confirmation) {
        access.require(server, accountId, "file.sftp");
        sftpPasswords.set(accountId, password == null ? "" : password, confirmation == null ? "" : confirmation);
        history.note(server.id(), "sftp_password_set", accountId, null);
    }

    /** {@code sftp} is null without {@code file.sftp}; {@code eggs} lists the eggs to reinstall with (empty: same egg only). */
    record Page(Set<String> can, SftpLogin sftp, List<ProductDefinition.EggChoice> eggs) {
    }

    Page page(ServerView server, long accountId) {
        ServerAccess.requireUsable(server);
        Set<String> can = access.granted(server, accountId);
        if (can.stream().noneMatch(PERMISSIONS::contains)) {
            throw Refusal.forbidden("server.forbidden");
        }
        SftpLogin sftp = can.contains("file.sftp") ? asOwner.sftp(server.ownerId(), accountId, server.identifier()) : null;
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
        asOwner.rename(server.ownerId(), server.identifier(), clean);
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
            asOwner.reinstall(server.ownerId(), server.identifier());
            history.reinstalled(server, accountId, null);
            return;
        }
        ProductDefinition product = plan.product();
        ProductDefinition.EggChoice egg = product.eggs().stream().filter(e -> e.eggId() == eggId).findFirst()
                .filter(e -> product.allowEggChange()).orElseThrow(() -> new Refusal("settings.eggNotAllowed"));
        Map<String, String> environment = ServerPlan.environmentFor(egg, plan.slots(), Map.of());
        servers.changeEgg(server.pterodactylServerId(),
                new EggSetup(product.nestId(), egg.eggId(), egg.dockerImage(), egg.startup(), environment));
        records.movedToEgg(server.id(), egg, environment, accountId);
        servers.reinstall(server.pterodactylServerId());
        history.reinstalled(server, accountId, egg.eggName());
    }
}
