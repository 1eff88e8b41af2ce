package io.pteroca.panel.dashboard;

import io.pteroca.panel.payment.CustomerPayments;
import io.pteroca.panel.payment.PaymentView;
import io.pteroca.panel.server.ServerState;
import io.pteroca.panel.server.ServerView;
import io.pteroca.panel.server.Servers;
import io.pteroca.panel.shared.Money;
import io.pteroca.panel.wallet.Wallets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Service;

/** What a customer sees first: their money, their servers (those that need them on top) and their latest payments. */
@Service
class CustomerDashboard {

    /** Servers whose paid time ends within this are flagged, so the customer renews before anything stops. */
    static final Duration EXPIRING_SOON = Duration.ofDays(7);
    static final int SERVERS_SHOWN = 6;
    static final int PAYMENTS_SHOWN = 5;

    record ServerLine(ServerView server, boolean expiringSoon, boolean needsAttention) {
    }

    record View(Money balance, List<ServerLine> servers, int serverCount, int attentionCount, List<PaymentView> payments) {
    }

    private final Wallets wallets;
    private final Servers servers;
    private final CustomerPayments payments;
    private final Clock clock;

    CustomerDashboard(Wallets wallets, Servers servers, CustomerPayments payments, Clock clock) {
        this.wallets = wallets;
        this.servers = servers;
        this.payments = payments;
        this.clock = clock;
    }

    View of(long accountId) {
        Instant now = clock.instant();
        List<ServerLine> lines = servers.ownedBy(accountId).stream()
                .filter(server -> server.state() != ServerState.DELETED)
                .map(server -> line(server, now))
                .sorted(Comparator.comparing((ServerLine line) -> !line.needsAttention())
                        .thenComparing(line -> line.server().expiresAt(), Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
        int attention = (int) lines.stream().filter(ServerLine::needsAttention).count();
        return new View(wallets.balance(accountId), lines.stream().limit(SERVERS_SHOWN).toList(), lines.size(), attention,
                payments.latest(accountId, PAYMENTS_SHOWN));
    }

    private static ServerLine line(ServerView server, Instant now) {
        boolean expiringSoon = server.state() == ServerState.ACTIVE && server.expiresAt() != null
                && server.expiresAt().isBefore(now.plus(EXPIRING_SOON));
        boolean stopped = server.state() == ServerState.EXPIRED || server.state() == ServerState.SUSPENDED
                || server.state() == ServerState.FAILED;
        return new ServerLine(server, expiringSoon, stopped || expiringSoon && !server.autoRenew());
    }
}
