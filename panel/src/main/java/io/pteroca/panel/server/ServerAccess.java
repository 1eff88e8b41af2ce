package io.pteroca.panel.server;

import io.pteroca.panel.account.Permission;
import io.pteroca.panel.account.StaffPermissions;
import io.pteroca.panel.shared.Refusal;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Who may do what on a server, decided here before anything is sent to Pterodactyl: the owner and admins everything,
 * a subuser exactly the Pterodactyl permissions they were given (our mirror of them), anyone else nothing.
 */
@Component
public class ServerAccess {

    /** The states in which a server can be acted on (see {@link #usable}). */
    private static final Set<ServerState> USABLE = Set.of(ServerState.ACTIVE, ServerState.EXPIRED);
    private static final String OWNER_AND_GRANTED = "SELECT s.owner_id, u.permissions FROM game_server s "
            + "LEFT JOIN server_subuser u ON u.server_id = s.id AND u.account_id = ? WHERE s.id = ? AND s.identifier IS NOT NULL "
            + "AND s.state IN (" + USABLE.stream().map(state -> "'" + state.name() + "'").collect(Collectors.joining(", ")) + ")";

    private static final Set<String> ALL_PERMISSIONS = Subusers.PERMISSIONS.values().stream().flatMap(List::stream)
            .collect(Collectors.toUnmodifiableSet());

    private final ServerSubuserRepository subusers;
    private final StaffPermissions staff;
    private final JdbcTemplate jdbc;

    ServerAccess(ServerSubuserRepository subusers, StaffPermissions staff, JdbcTemplate jdbc) {
        this.subusers = subusers;
        this.staff = staff;
        this.jdbc = jdbc;
    }

    /**
     * A member of staff who may change servers (not blocked) acts on any server as its owner would; what they do there
     * is audited.
     */
    public boolean isAdmin(long accountId) {
        return staff.may(accountId, Permission.SERVERS_CHANGE);
    }

    /**
     * Whether the account may do this on the server right now, from the current records: asked for every console
     * command, where ownership, state or permissions may change while the console is open. One plain SQL query
     * (no JPA session, no transaction): through JPA this check cost more than the rest of the relay together.
     */
    public boolean permitsNow(long serverId, long accountId, String permission) {
        List<Boolean> answer = jdbc.query(OWNER_AND_GRANTED, (row, index) -> row.getLong(1) == accountId
                        || row.getString(2) != null && List.of(row.getString(2).split(",")).contains(permission),
                accountId, serverId);
        return !answer.isEmpty() && (answer.get(0) || isAdmin(accountId));
    }

    /** The owner or a subuser: someone with their own access to the server in Pterodactyl (admins are not). */
    public boolean isMember(ServerView server, long accountId) {
        return server.ownerId() == accountId || subusers.findByServerIdAndAccountId(server.id(), accountId).isPresent();
    }

    public boolean permits(ServerView server, long accountId, String permission) {
        return granted(server, accountId).contains(permission);
    }

    /** The permissions this account holds on the server: all of them for the owner, the mirrored ones for a subuser. */
    public Set<String> granted(ServerView server, long accountId) {
        if (server.ownerId() == accountId || isAdmin(accountId)) {
            return ALL_PERMISSIONS;
        }
        return Set.copyOf(subusers.findByServerIdAndAccountId(server.id(), accountId).map(ServerSubuser::permissions)
                .orElse(List.of()));
    }

    /** What the account may do on the server right now: its permissions while the server is usable, else nothing. */
    public Set<String> grantedNow(ServerView server, long accountId) {
        return usable(server) ? granted(server, accountId) : Set.of();
    }

    /** History events whose detail tells what the owner paid. */
    private static final Set<String> MONEY_EVENTS = Set.of("ordered", "renewed", "refunded", "plan_changed",
            "plan_change_reversed", "cancelled");

    /**
     * The server's history as this account may read it, or null when it may not: all of it for the owner and admins;
     * for a subuser with {@code activity.read} (as Pterodactyl asks for its activity log) all but what the owner paid.
     */
    public List<ServerLogEntry> visibleHistory(ServerView server, long accountId, List<ServerLogEntry> history) {
        if (seesPayments(server, accountId)) {
            return history;
        }
        if (!granted(server, accountId).contains("activity.read")) {
            return null;
        }
        return history.stream().filter(entry -> !paymentEvent(entry.event())).toList();
    }

    /** The owner and admins see what was paid for the server; subusers do not. */
    public boolean seesPayments(ServerView server, long accountId) {
        return server.ownerId() == accountId || isAdmin(accountId);
    }

    public static boolean paymentEvent(String event) {
        return MONEY_EVENTS.contains(event);
    }

    /** Throws the refusal when the server cannot be acted on now, or this account lacks the permission. */
    public void require(ServerView server, long accountId, String permission) {
        requireUsable(server);
        if (!permits(server, accountId, permission)) {
            throw Refusal.forbidden("server.forbidden");
        }
    }

    /** Throws a 409 refusal saying why, when the server cannot be acted on or read from Pterodactyl now. */
    public static void requireUsable(ServerView server) {
        if (server.goneFromPterodactyl()) {
            throw Refusal.conflict("server.gone");
        }
        if (server.state() == ServerState.SUSPENDED) {
            // Pterodactyl answers 409 to nearly every call for a suspended server: nothing can be read or changed.
            throw Refusal.conflict("server.suspendedUnavailable");
        }
        if (!usable(server)) {
            throw Refusal.conflict("server.notNow");
        }
    }

    /**
     * Running as paid: actions on the server itself are possible (not while suspended, setting up, or gone from
     * Pterodactyl).
     */
    public static boolean usable(ServerView server) {
        return server.identifier() != null && USABLE.contains(server.state()) && !server.goneFromPterodactyl();
    }
}
