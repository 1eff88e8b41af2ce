package io.pteroca.panel.server;

import io.pteroca.panel.account.AccountView;
import io.pteroca.panel.account.Accounts;
import io.pteroca.panel.pterodactyl.PterodactylAccounts;
import io.pteroca.panel.pterodactyl.PterodactylNotFound;
import io.pteroca.panel.pterodactyl.ServersAsOwner;
import io.pteroca.panel.pterodactyl.SubuserInfo;
import io.pteroca.panel.shared.Refusal;
import io.pteroca.panel.shared.work.ItemFailure;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sharing a server: the owner adds an existing customer by e-mail with some of Pterodactyl's permissions; the
 * subuser is created in Pterodactyl (as the owner) and mirrored here, so the server shows in their "My servers".
 * The owner may change the permissions or stop sharing; the mirror is refreshed from Pterodactyl when the owner
 * looks at the list and hourly, so changes made in Pterodactyl itself show here too.
 */
@Service
public class Subusers {

    /** Pterodactyl's permissions, grouped as its own subuser screen groups them. */
    static final Map<String, List<String>> PERMISSIONS = permissions();
    private static final List<String> ALL = PERMISSIONS.values().stream().flatMap(List::stream).toList();
    private static final Logger log = LoggerFactory.getLogger(Subusers.class);

    private final GameServerRepository servers;
    private final ServerSubuserRepository subusers;
    private final ServersAsOwner pterodactyl;
    private final PterodactylAccounts pterodactylAccounts;
    private final Accounts accounts;
    private final ServerHistory history;
    private final TransactionTemplate transactions;
    private final Clock clock;

    Subusers(GameServerRepository servers, ServerSubuserRepository subusers, ServersAsOwner pterodactyl,
             PterodactylAccounts pterodactylAccounts, Accounts accounts, ServerHistory history, TransactionTemplate transactions,
             Clock clock) {
        this.servers = servers;
        this.subusers = subusers;
        this.pterodactyl = pterodactyl;
        this.pterodactylAccounts = pterodactylAccounts;
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
    public void add(long serverId, long ownerId, String email, List<String> permissions) {
        GameServer server = shareable(serverId, ownerId);
        List<String> granted = checked(permissions);
        AccountView account = accounts.findByEmail(email == null ? "" : email.strip()).filter(a -> !a.deleted() && !a.blocked())
                .orElseThrow(() -> new Refusal("subuser.noAccount"));
        if (account.id() == ownerId || subusers.findByServerIdAndAccountId(serverId, account.id()).isPresent()) {
            throw new Refusal("subuser.already");
        }
        if (pterodactylAccounts.userOf(account.id()).isEmpty()) {
            throw new Refusal("subuser.noAccount");
        }
        String uuid = pterodactyl.addSubuser(ownerId, server.identifier(), account.email(), granted);
        transactions.executeWithoutResult(status -> {
            subusers.save(new ServerSubuser(serverId, account.id(), uuid, granted, clock.instant()));
            history.record(server, ServerEvent.Kind.SUBUSER_ADDED, account.id(), ownerId, account.email());
        });
    }

    /**
     * The owner gives a subuser other permissions: Pterodactyl first (as the owner), then our mirror. Nobody changes
     * their own: a subuser changes nothing here (not even with Pterodactyl's user.* permissions), and the owner is
     * never a subuser of their own server.
     */
    public void change(long serverId, long ownerId, long accountId, List<String> permissions) {
        GameServer server = shareable(serverId, ownerId);
        if (accountId == ownerId) {
            throw new Refusal("subuser.notYourself");
        }
        List<String> granted = checked(permissions);
        ServerSubuser subuser = subusers.findByServerIdAndAccountId(serverId, accountId)
                .orElseThrow(() -> new Refusal("subuser.notFound"));
        String email = emailOf(accountId);
        try {
            pterodactyl.changeSubuser(ownerId, server.identifier(), subuser.pterodactylUuid(), granted);
        } catch (PterodactylNotFound goneThere) {
            transactions.executeWithoutResult(status -> forget(server, subuser, email + " (removed in Pterodactyl)"));
            throw new Refusal("subuser.goneInPterodactyl");
        }
        transactions.executeWithoutResult(status -> subusers.findByServerIdAndAccountId(serverId, accountId).ifPresent(row -> {
            history.note(server, "subuser_changed", ownerId, email + changes(row.permissions(), granted));
            row.permissions(granted);
            subusers.save(row);
        }));
    }

    public void remove(long serverId, long ownerId, long accountId) {
        GameServer server = servers.findById(serverId).orElseThrow(() -> new Refusal("subuser.notPossible"));
        if (server.ownerId() != ownerId) {
            throw Refusal.forbidden("server.forbidden");
        }
        ServerSubuser subuser = subusers.findByServerIdAndAccountId(serverId, accountId)
                .orElseThrow(() -> new Refusal("subuser.notFound"));
        pterodactyl.removeSubuser(ownerId, server.identifier(), subuser.pterodactylUuid());
        transactions.executeWithoutResult(status -> forget(server, subuser, emailOf(accountId)));
    }

    /**
     * Makes our mirror match Pterodactyl's subuser list (one call, as the owner): other permissions replace ours, a
     * subuser gone there goes here, and one added there is added here when its Pterodactyl user is linked to one of
     * our accounts (same username and e-mail). Does nothing for a server that is not running as paid.
     */
    void refresh(long serverId) {
        GameServer server = servers.findById(serverId).filter(s -> s.state().live() && !s.state().settingUp()
                && s.identifier() != null).orElse(null);
        if (server == null || pterodactylAccounts.userOf(server.ownerId()).isEmpty()) {
            return;
        }
        List<SubuserInfo> actual = pterodactyl.subusers(server.ownerId(), server.identifier());
        transactions.executeWithoutResult(status -> mirror(server, actual));
    }

    /** {@link #refresh} for every server shared with someone; one failing server does not stop the others. */
    int refreshShared() {
        int failed = 0;
        for (long serverId : subusers.sharedServerIds()) {
            try {
                refresh(serverId);
            } catch (Throwable e) {
                ItemFailure.rethrowIfFatal(e);
                failed++;
                log.warn("Refreshing the subusers of server {} failed: {}", serverId, e.toString());
            }
        }
        return failed;
    }

    private void mirror(GameServer server, List<SubuserInfo> actual) {
        Map<String, SubuserInfo> byUuid = actual.stream().collect(Collectors.toMap(SubuserInfo::uuid, s -> s, (a, b) -> a));
        List<ServerSubuser> ours = subusers.findByServerId(server.id());
        for (ServerSubuser subuser : ours) {
            SubuserInfo there = byUuid.get(subuser.pterodactylUuid());
            String email = emailOf(subuser.accountId());
            if (there == null || subuser.accountId() == server.ownerId()) {
                forget(server, subuser, email + " (in Pterodactyl)");
            } else if (!Set.copyOf(known(there.permissions())).equals(Set.copyOf(subuser.permissions()))) {
                history.note(server, "subuser_changed", null, email + changes(subuser.permissions(), known(there.permissions()))
                        + " (in Pterodactyl)");
                subuser.permissions(known(there.permissions()));
                subusers.save(subuser);
            }
        }
        Set<String> mirrored = ours.stream().map(ServerSubuser::pterodactylUuid).collect(Collectors.toSet());
        Set<Long> accountsMirrored = ours.stream().map(ServerSubuser::accountId).collect(Collectors.toSet());
        for (SubuserInfo there : actual) {
            if (mirrored.contains(there.uuid())) {
                continue;
            }
            // Our actions run with the owner's key on the strength of this mirror, so the match must be exact.
            pterodactylAccounts.accountOfUsername(there.username()).flatMap(accounts::find)
                    .filter(account -> !account.deleted() && account.email().equalsIgnoreCase(there.email()))
                    .filter(account -> account.id() != server.ownerId() && !accountsMirrored.contains(account.id()))
                    .ifPresent(account -> {
                        subusers.save(new ServerSubuser(server.id(), account.id(), there.uuid(), known(there.permissions()),
                                clock.instant()));
                        history.record(server, ServerEvent.Kind.SUBUSER_ADDED, account.id(), null,
                                account.email() + " (in Pterodactyl)");
                    });
        }
    }

    private void forget(GameServer server, ServerSubuser subuser, String detail) {
        subusers.findByServerIdAndAccountId(server.id(), subuser.accountId()).ifPresent(row -> {
            subusers.delete(row);
            history.record(server, ServerEvent.Kind.SUBUSER_REMOVED, row.accountId(), null, detail);
        });
    }

    /** The owner's live, set-up server; a subuser (or anyone else) is refused before anything is sent. */
    private GameServer shareable(long serverId, long ownerId) {
        GameServer server = servers.findById(serverId).orElseThrow(() -> new Refusal("subuser.notPossible"));
        if (server.ownerId() != ownerId) {
            throw Refusal.forbidden("server.forbidden");
        }
        if (!server.state().live() || server.identifier() == null) {
            throw new Refusal("subuser.notPossible");
        }
        return server;
    }

    /** At least one permission, every one of them Pterodactyl's, in our order. */
    private static List<String> checked(List<String> permissions) {
        if (permissions.isEmpty() || !ALL.containsAll(permissions)) {
            throw new Refusal("subuser.permissions");
        }
        return known(permissions);
    }

    /** The permissions we offer, in our order; Pterodactyl's websocket.connect (always added there) is left out. */
    private static List<String> known(List<String> permissions) {
        return ALL.stream().filter(permissions::contains).toList();
    }

    private static String changes(List<String> before, List<String> after) {
        String added = after.stream().filter(p -> !before.contains(p)).map(p -> " +" + p).collect(Collectors.joining());
        String removed = before.stream().filter(p -> !after.contains(p)).map(p -> " -" + p).collect(Collectors.joining());
        return ":" + added + removed;
    }

    private String emailOf(long accountId) {
        return accounts.find(accountId).map(AccountView::email).orElse("?");
    }
}
