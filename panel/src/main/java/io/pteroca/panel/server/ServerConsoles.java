package io.pteroca.panel.server;

import io.pteroca.panel.account.AccountView;
import io.pteroca.panel.account.Accounts;
import io.pteroca.panel.audit.AuditEvent;
import io.pteroca.panel.pterodactyl.ConsoleCredentials;
import io.pteroca.panel.pterodactyl.ServersAsOwner;
import java.util.Optional;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What the console feature may know and do about a server: who may open its console, which permissions they hold
 * (asked again for every command and power action), the owner's Wings credentials, and the EULA.
 */
@Service
public class ServerConsoles {

    private final Servers servers;
    private final ServerAccess access;
    private final ServersAsOwner pterodactyl;
    private final ServerHistory history;
    private final PowerStates powerStates;
    private final TransactionTemplate transactions;
    private final ServerSettings settings;
    private final ServerSubuserRepository subusers;
    private final Accounts accounts;
    private final ApplicationEventPublisher events;

    ServerConsoles(Servers servers, ServerAccess access, ServersAsOwner pterodactyl,
                   ServerHistory history, PowerStates powerStates, TransactionTemplate transactions, ServerSettings settings,
                   ServerSubuserRepository subusers, Accounts accounts, ApplicationEventPublisher events) {
        this.settings = settings;
        this.subusers = subusers;
        this.accounts = accounts;
        this.events = events;
        this.servers = servers;
        this.access = access;
        this.pterodactyl = pterodactyl;
        this.history = history;
        this.powerStates = powerStates;
        this.transactions = transactions;
    }

    /** A server as its console page needs it. */
    public record Console(long serverId, long accountId, long ownerId, String name, String identifier, String address,
                          String state, boolean usable, Set<String> permissions, boolean actingAsAdmin) {

        public boolean may(String permission) {
            return permissions.contains(permission);
        }
    }

    /**
     * The console of a server this account owns or shares; empty for anyone else (who gets a 404), and for everyone
     * when the provider uses Pterodactyl as the client panel.
     */
    public Optional<Console> open(long accountId, long serverId) {
        if (settings.pterodactylIsClientPanel()) {
            return Optional.empty();
        }
        return servers.visibleTo(accountId, serverId).map(server -> console(server, accountId));
    }

    /** Asked again for each command and power action: permissions change while a console is open. */
    public boolean permits(Console console, String permission) {
        return access.permitsNow(console.serverId(), console.accountId(), permission);
    }

    /** Panel admins see what Wings shows only to Pterodactyl's root admins (install output, transfers, error details). */
    public boolean viewerIsAdmin(Console console) {
        return access.isAdmin(console.accountId());
    }

    /** Credentials minted with the owner's key (its token allows everything; the relay checks each message). */
    public ConsoleCredentials ownerCredentials(Console console) {
        return pterodactyl.console(console.ownerId(), console.identifier());
    }

    /** Credentials minted with the viewer's own key, so Wings itself enforces their permissions (direct mode). */
    public ConsoleCredentials viewerCredentials(Console console) {
        return pterodactyl.console(console.accountId(), console.identifier());
    }

    /** A power action that went through the console, written to the server's history like a button press. */
    public void powerSent(Console console, String signal) {
        powerStates.forget(console.serverId());
        transactions.executeWithoutResult(status -> history.note(console.serverId(), "power_" + signal, console.accountId(), null));
    }

    /**
     * Accepts Minecraft's EULA for the server: writes eula.txt, then starts it again. False, and nothing sent, when
     * the account may not both change files and start the server.
     */
    public boolean acceptEula(Console console) {
        if (!permits(console, "file.update") || !permits(console, "control.start")) {
            return false;
        }
        pterodactyl.writeFile(console.ownerId(), console.identifier(), "/eula.txt", "eula=true\n");
        pterodactyl.power(console.ownerId(), console.identifier(), "restart");
        powerStates.forget(console.serverId());
        transactions.executeWithoutResult(status -> history.note(console.serverId(), "eula_accepted", console.accountId(), null));
        return true;
    }

    /** What an admin did in a customer's console goes to the audit log. */
    public void auditAdminAction(Console console, String ip, String detail) {
        if (console.actingAsAdmin()) {
            String email = accounts.find(console.accountId()).map(AccountView::email).orElse(null);
            events.publishEvent(new AuditEvent("admin_used_server_console", console.accountId(), email, console.ownerId(), null, ip,
                    "server " + console.serverId() + ": " + detail));
        }
    }

    private Console console(ServerView server, long accountId) {
        boolean usable = ServerAccess.usable(server);
        boolean actingAsAdmin = server.ownerId() != accountId && !subusers.findByServerIdAndAccountId(server.id(), accountId).isPresent();
        return new Console(server.id(), accountId, server.ownerId(), server.name(), server.identifier(), server.address(),
                server.state().name(), usable, usable ? access.granted(server, accountId) : Set.of(), actingAsAdmin);
    }
}
