package io.pteroca.panel.customer;

import io.pteroca.panel.account.OpenSessions;
import io.pteroca.panel.account.AccountView;
import io.pteroca.panel.account.Accounts;
import io.pteroca.panel.audit.AuditTrail;
import io.pteroca.panel.order.CustomerOrders;
import io.pteroca.panel.payment.CustomerPayments;
import io.pteroca.panel.payment.PaymentView;
import io.pteroca.panel.pterodactyl.PterodactylAccounts;
import io.pteroca.panel.server.ServerView;
import io.pteroca.panel.server.Servers;
import io.pteroca.panel.shared.Money;
import io.pteroca.panel.shared.Refusal;
import io.pteroca.panel.wallet.WalletEntryView;
import io.pteroca.panel.wallet.Wallets;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;

/** Everything the panel holds about one customer, each part read from the feature that owns it. */
@Service
class CustomerRecord {

    /** How much of each list the customer page shows; the export holds everything. */
    static final int RECENT = 20;
    /** Generous upper bound for an export; a customer with more lines than this is not a customer but a test. */
    static final int EVERYTHING = 100_000;

    /** One customer's record, as far as {@code lines} reaches per list. */
    record Customer(AccountView account, Optional<Integer> pterodactylUserId, Optional<String> pterodactylUsername,
                    List<ServerView> servers, List<PaymentView> payments, Money balance, List<WalletEntryView> ledger,
                    List<CustomerOrders.OrderLine> orders, List<OpenSessions.SessionLine> sessions,
                    List<AuditTrail.AuditLine> audit, Optional<Closure> closure) {
    }

    /** How far closing the account has got, when an admin closed it. */
    record Closure(boolean pending, String lastError) {
    }

    private final Accounts accounts;
    private final OpenSessions sessions;
    private final Servers servers;
    private final CustomerPayments payments;
    private final Wallets wallets;
    private final CustomerOrders orders;
    private final AuditTrail audit;
    private final PterodactylAccounts pterodactyl;
    private final AccountClosureRepository closures;

    CustomerRecord(Accounts accounts, OpenSessions sessions, Servers servers, CustomerPayments payments, Wallets wallets,
                   CustomerOrders orders, AuditTrail audit, PterodactylAccounts pterodactyl,
                   AccountClosureRepository closures) {
        this.accounts = accounts;
        this.sessions = sessions;
        this.servers = servers;
        this.payments = payments;
        this.wallets = wallets;
        this.orders = orders;
        this.audit = audit;
        this.pterodactyl = pterodactyl;
        this.closures = closures;
    }

    boolean twoFactorEnabled(long accountId) {
        return accounts.twoFactorEnabled(accountId);
    }

    Customer of(long accountId, int lines) {
        AccountView account = accounts.find(accountId).orElseThrow(() -> Refusal.notFound("account.unknown"));
        Pageable first = PageRequest.of(0, lines);
        return new Customer(account, pterodactyl.userOf(accountId), pterodactyl.usernameOf(accountId),
                servers.ownedBy(accountId), payments.latest(accountId, lines), wallets.balance(accountId),
                wallets.history(accountId, null, first).getContent(), orders.of(accountId, first).getContent(),
                account.deleted() ? List.of() : sessions.of(accountId), audit.about(accountId, first).getContent(),
                closures.findById(accountId).map(found -> new Closure(found.pending(), found.lastError())));
    }
}
