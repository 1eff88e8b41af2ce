package io.pteroca.panel.server;

import io.pteroca.panel.account.AccountView;
import io.pteroca.panel.account.Accounts;
import io.pteroca.panel.pterodactyl.PterodactylServers;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sharing a server: the owner adds an existing customer by e-mail with some of Pterodactyl's permissions; the
 * subuser is created in Pterodactyl (as the owner) and mirrored here, so the server shows in their "My servers".
 */
@Service
class Subusers {

    /** Pterodactyl's permissions, grouped as its own subuser screen groups them. */
    static final Map<String, List<String>> PERMISSIONS = permissions();

    private final GameServerRepository servers;
    private final ServerSubuserRepository subusers;
    private final PterodactylServers pterodactyl;
    private final Accounts accounts;
    private final ServerHistory history;
    private final TransactionTemplate transactions;
    private final Clock clock;

    Subusers(GameServerRepository servers, ServerSubuserRepository subusers, PterodactylServers pterodactyl, Accounts accounts,
             ServerHistory history, TransactionTemplate transactions, Clock clock) {
        this.servers = servers;
        this.subusers = subusers;
        this.pterodactyl = pterodactyl;
        this.accounts = accounts;
        this.history = history;
        this.transactions = transactions;
        this.clock = clock;
    }

    private static Map<String, List<String>> permissions() {
        Map<String, List<String>> groups = new LinkedHashMap<>();
        groups.put("control", List.of("control.console", "control.start", "control.stop", "control.restart"));
        groups.put("file", List.of("file.read", "file.read-content", "file.create", "file.update", "file.delete",
                "file.archive", "file.sftp"));
        groups.put("backup", List.of("backup.read", "backup.create", "backup.download", "backup.restore", "backup.delete"));
        groups.put("database", List.of("database.read", "database.create", "database.update", "database.delete",
                "database.view_password"));
        groups.put("schedule", List.of("schedule.read", "schedule.create", "schedule.update", "schedule.delete"));
        groups.put("allocation", List.of("allocation.read", "allocation.create", "allocation.update", "allocation.delete"));
        groups.put("startup", List.of("startup.read", "startup.update", "startup.docker-image"));
        groups.put("user", List.of("user.read", "user.create", "user.update", "user.delete"));
        groups.put("settings", List.of("settings.rename", "settings.reinstall", "activity.read"));
        return groups;
    }

    List<ServerSubuser> of(long serverId) {
        return subusers.findByServerId(serverId);
    }

    /** Only the owner shares; the other account must exist and have a Pterodactyl user, and not be the owner. */
    void add(long serverId, long ownerId, String email, List<String> permissions) {
        GameServer server = servers.findById(serverId).filter(s -> s.ownerId() == ownerId && s.state().live()
                && s.identifier() != null).orElseThrow(() -> new OrderRefused("subuser.notPossible"));
        List<String> known = PERMISSIONS.values().stream().flatMap(List::stream).toList();
        if (permissions.isEmpty() || !known.containsAll(permissions)) {
            throw new OrderRefused("subuser.permissions");
        }
        AccountView account = accounts.findByEmail(email == null ? "" : email.strip()).filter(a -> !a.deleted() && !a.blocked())
                .orElseThrow(() -> new OrderRefused("subuser.noAccount"));
        if (account.id() == ownerId || subusers.findByServerIdAndAccountId(serverId, account.id()).isPresent()) {
            throw new OrderRefused("subuser.already");
        }
        if (pterodactyl.userOf(account.id()).isEmpty()) {
            throw new OrderRefused("subuser.noAccount");
        }
        String uuid = pterodactyl.addSubuser(ownerId, server.identifier(), account.email(), permissions);
        transactions.executeWithoutResult(status -> {
            subusers.save(new ServerSubuser(serverId, account.id(), uuid, permissions, clock.instant()));
            history.note(server, "subuser_added", ownerId, account.email());
        });
    }

    void remove(long serverId, long ownerId, long accountId) {
        GameServer server = servers.findById(serverId).filter(s -> s.ownerId() == ownerId)
                .orElseThrow(() -> new OrderRefused("subuser.notPossible"));
        ServerSubuser subuser = subusers.findByServerIdAndAccountId(serverId, accountId)
                .orElseThrow(() -> new OrderRefused("subuser.notPossible"));
        pterodactyl.removeSubuser(ownerId, server.identifier(), subuser.pterodactylUuid());
        transactions.executeWithoutResult(status -> {
            subusers.delete(subuser);
            history.note(server, "subuser_removed", ownerId, accounts.find(accountId).map(AccountView::email).orElse(null));
        });
    }
}
