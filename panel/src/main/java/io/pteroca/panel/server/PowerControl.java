package io.pteroca.panel.server;

import io.pteroca.panel.pterodactyl.ServersAsOwner;
import io.pteroca.panel.shared.Refusal;
import io.pteroca.panel.wallet.WalletSettings;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Start, stop, restart and kill. The owner may always; a subuser only with the matching Pterodactyl permission
 * (kill needs stop, as in Pterodactyl), checked here before any call. The call goes out with the owner's key.
 */
@Service
public class PowerControl {

    private final GameServerRepository servers;
    private final ServerAccess access;
    private final ServersAsOwner pterodactyl;
    private final ServerHistory history;
    private final PowerStates states;
    private final TransactionTemplate transactions;
    private final WalletSettings wallet;

    PowerControl(GameServerRepository servers, ServerAccess access, ServersAsOwner pterodactyl,
                 ServerHistory history, PowerStates states, TransactionTemplate transactions, WalletSettings wallet) {
        this.servers = servers;
        this.wallet = wallet;
        this.access = access;
        this.pterodactyl = pterodactyl;
        this.history = history;
        this.states = states;
        this.transactions = transactions;
    }

    /** The signals this account may send to this server now (none while it is not running as paid). */
    public java.util.List<String> allowed(ServerView server, long accountId) {
        return ServerAccess.usable(server) ? PowerSignals.allowedBy(access.granted(server, accountId)) : java.util.List.of();
    }

    public void send(long serverId, long accountId, String signal) {
        ServerView server = servers.findById(serverId).map(found -> ServerView.of(found, wallet.currency())).orElseThrow(() -> new Refusal("power.notAllowed"));
        if (!allowed(server, accountId).contains(signal)) {
            throw new Refusal("power.notAllowed");
        }
        pterodactyl.power(server.ownerId(), server.identifier(), signal);
        states.forget(serverId);
        transactions.executeWithoutResult(status -> servers.findById(serverId)
                .ifPresent(s -> history.note(s, "power_" + signal, accountId, null)));
    }
}
