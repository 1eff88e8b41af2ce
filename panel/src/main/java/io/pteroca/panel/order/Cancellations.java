package io.pteroca.panel.order;

import io.pteroca.panel.server.ServerCancellations;
import io.pteroca.panel.server.ServerPlanChanges;
import io.pteroca.panel.shared.Money;
import io.pteroca.panel.shared.Refusal;
import io.pteroca.panel.wallet.WalletReason;
import io.pteroca.panel.wallet.WalletReference;
import io.pteroca.panel.wallet.Wallets;
import java.time.Clock;
import java.time.Instant;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The owner cancels a server: at the end of the paid period, or at once with the unused time refunded to the wallet
 * when the settings allow it. The refund is written in the transaction that starts the deletion, so both commit or
 * neither; from then on the server is neither usable nor billed.
 */
@Service
public class Cancellations {

    static final int MAX_REASON = 500;

    /** When the owner wants the server to end. */
    public enum When {
        PERIOD_END, NOW
    }

    private final ServerPlanChanges servers;
    private final ServerCancellations cancellations;
    private final PlanChangeRepository changes;
    private final PlanChangeSettings settings;
    private final Wallets wallets;
    private final Clock clock;

    Cancellations(ServerPlanChanges servers, ServerCancellations cancellations, PlanChangeRepository changes,
                  PlanChangeSettings settings, Wallets wallets, Clock clock) {
        this.servers = servers;
        this.cancellations = cancellations;
        this.changes = changes;
        this.settings = settings;
        this.wallets = wallets;
        this.clock = clock;
    }

    /** What cancelling now would give back (zero when the setting is off or nothing paid is left). */
    @Transactional(readOnly = true)
    public Money refundNow(long serverId, long accountId) {
        return refund(owned(servers.find(serverId).orElseThrow(() -> Refusal.notFound("error.404")), accountId));
    }

    @Transactional
    public void cancel(long serverId, long accountId, When when, String reason) {
        String clean = reason(reason);
        ServerPlanChanges.Current server = owned(servers.lock(serverId).orElseThrow(() -> Refusal.notFound("error.404")),
                accountId);
        if (changes.existsByServerIdAndStatus(serverId, PlanChange.Status.PENDING)) {
            throw Refusal.conflict("planChange.inProgress");
        }
        if (when == When.PERIOD_END) {
            cancellations.endAtExpiry(serverId, accountId, clean);
            return;
        }
        Money refund = refund(server);
        cancellations.deleteNow(serverId, accountId, clean, refund.isPositive() ? refund + " refunded" : null);
        if (refund.isPositive()) {
            wallets.credit(accountId, refund, WalletReason.CANCELLATION_REFUND, WalletReference.of("cancellation", serverId),
                    "Cancelled: server " + server.name() + ", the unused time", null);
        }
    }

    /** Takes a cancellation at the end of the period back. */
    @Transactional
    public void keep(long serverId, long accountId) {
        owned(servers.lock(serverId).orElseThrow(() -> Refusal.notFound("error.404")), accountId);
        cancellations.keep(serverId, accountId);
    }

    /**
     * The paid time still ahead, pro rata, at most one period (time an admin added for free is not money paid);
     * nothing in a free trial, for a free price, or while the setting is off.
     */
    private Money refund(ServerPlanChanges.Current server) {
        Money zero = Money.zero(server.periodAmount().currency());
        Instant now = clock.instant();
        if (!settings.cancelRefund() || server.inTrial() || server.expiresAt() == null || !server.expiresAt().isAfter(now)
                || server.state() != io.pteroca.panel.server.ServerState.ACTIVE) {
            return zero;
        }
        Money unused = PlanQuote.prorated(server.plan().price(), zero, server.periodAmount(), now, server.expiresAt());
        return unused.isPositive() ? unused : zero;
    }

    private static String reason(String typed) {
        String clean = typed == null ? "" : typed.strip();
        if (clean.length() > MAX_REASON || clean.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\r')) {
            throw Refusal.onField("reason", "cancel.reasonInvalid", MAX_REASON);
        }
        return clean.isEmpty() ? null : clean;
    }

    private static ServerPlanChanges.Current owned(ServerPlanChanges.Current server, long accountId) {
        if (server.ownerId() != accountId) {
            throw Refusal.forbidden("planChange.ownerOnly");
        }
        return server;
    }
}
