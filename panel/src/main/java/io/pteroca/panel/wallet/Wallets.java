package io.pteroca.panel.wallet;

import io.pteroca.panel.account.Accounts;
import io.pteroca.panel.shared.Money;
import io.pteroca.panel.shared.UtcColumns;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The only way money moves in or out of a wallet: each change is a ledger entry written together
 * with the cached balance under the wallet row's lock; the balance never goes below zero; a change that names
 * a reference happens once for that reference, however often it is asked for.
 */
@Service
public class Wallets {

    private final WalletRepository wallets;
    private final WalletEntryRepository entries;
    private final WalletSettings settings;
    private final Clock clock;
    private final Accounts accounts;
    private final JdbcTemplate jdbc;
    /** The insert that leaves an existing wallet alone, in the database's spelling; found on first use. */
    private volatile String insertWallet;
    private final org.springframework.context.ApplicationEventPublisher events;

    Wallets(WalletRepository wallets, WalletEntryRepository entries, WalletSettings settings, Clock clock, Accounts accounts,
            JdbcTemplate jdbc, org.springframework.context.ApplicationEventPublisher events) {
        this.events = events;
        this.wallets = wallets;
        this.entries = entries;
        this.settings = settings;
        this.clock = clock;
        this.accounts = accounts;
        this.jdbc = jdbc;
    }

    /** Adds money; returns the entry (the existing one when this reference was already credited). */
    @Transactional
    public WalletEntryView credit(long userId, Money amount, WalletReason reason, WalletReference reference,
                                  String note, Long actorId) {
        if (!reason.credit()) {
            throw new IllegalArgumentException(reason + " is not a credit");
        }
        return change(userId, amount.requirePositive(), reason, reference, note, actorId);
    }

    /** Takes money, or throws {@link InsufficientBalanceException} and changes nothing. */
    @Transactional
    public WalletEntryView debit(long userId, Money amount, WalletReason reason, WalletReference reference,
                                 String note, Long actorId) {
        if (reason.credit()) {
            throw new IllegalArgumentException(reason + " is not a charge");
        }
        return change(userId, amount.requirePositive().negate(), reason, reference, note, actorId);
    }

    @Transactional(readOnly = true)
    public Money balance(long userId) {
        return wallets.findById(userId).map(wallet -> wallet.balance(settings.currency())).orElseGet(settings::zero);
    }

    @Transactional(readOnly = true)
    public Page<WalletEntryView> history(long userId, WalletReason reason, Pageable pageable) {
        return entries.history(userId, reason, pageable).map(entry -> entry.view(settings.currency()));
    }

    /** A page of the ledger, newest first, by keyset (see {@link io.pteroca.panel.shared.Keyset}). */
    @Transactional(readOnly = true)
    public java.util.List<WalletEntryView> history(long userId, WalletReason reason, io.pteroca.panel.shared.Keyset page) {
        return entries.history(userId, reason, page).stream().map(entry -> entry.view(settings.currency())).toList();
    }

    /** The sum of one kind of entries, e.g. everything a customer ever topped up. */
    @Transactional(readOnly = true)
    public Money total(long userId, WalletReason reason) {
        return Money.of(entries.sumOf(userId, reason), settings.currency());
    }

    /** The sum of the ledger, for checks that it equals the cached balance. */
    @Transactional(readOnly = true)
    public Money ledgerSum(long userId) {
        return Money.of(entries.sumOf(userId), settings.currency());
    }

    private WalletEntryView change(long userId, Money signedAmount, WalletReason reason, WalletReference reference,
                                   String note, Long actorId) {
        ensureWallet(userId);
        Wallet wallet = wallets.lockById(userId).orElseThrow();
        if (reference.present()) {
            Optional<WalletEntry> done = entries.findByReasonAndReferenceTypeAndReferenceId(reason, reference.type(),
                    reference.id());
            if (done.isPresent()) {
                return done.get().view(signedAmount.currency());
            }
        }
        // An amount in another currency than the wallet's fails here rather than being booked as if it were the same.
        Money after = wallet.balance(settings.currency()).plus(signedAmount);
        if (after.signum() < 0) {
            throw new InsufficientBalanceException();
        }
        wallet.changedTo(after, clock.instant());
        WalletEntryView entry = entries.save(new WalletEntry(userId, signedAmount, after, reason, reference,
                note == null || note.length() <= 500 ? note : note.substring(0, 500), actorId, clock.instant()))
                .view(signedAmount.currency());
        events.publishEvent(new WalletChanged(userId, signedAmount, after, reason, clock.instant()));
        return entry;
    }

    /**
     * Creates the wallet row on first use, in the caller's transaction: one of its own would hold the caller's connection
     * while waiting for a second, and enough first payments at once would take every connection of the pool. Whoever
     * creates an account's wallet first takes the account row's lock, so creators take turns and each finds the wallet
     * the one before made; taken before the insert, it also comes before the account-row share lock that the new row's
     * foreign key takes, so a creator never waits for that of another. Under MariaDB's repeatable read the caller's
     * snapshot may be older than a wallet committed meanwhile: its insert then takes that row's write lock and changes
     * nothing (a plain insert's duplicate key would leave a share lock that the row lock below cannot upgrade while
     * another request waits for the row).
     */
    private void ensureWallet(long userId) {
        if (wallets.existsById(userId)) {
            return;
        }
        accounts.lockForUpdate(userId);
        if (wallets.existsById(userId)) {
            return;
        }
        try {
            jdbc.update(insertIfAbsent(), userId, BigDecimal.ZERO.setScale(Money.LEDGER_SCALE), UtcColumns.utc(clock.instant()));
        } catch (DuplicateKeyException createdAfterThisSnapshotBegan) {
            // H2 fails only the statement: the wallet exists, which is all we need
        }
    }

    private String insertIfAbsent() {
        String sql = insertWallet;
        if (sql == null) {
            String product = jdbc.execute((org.springframework.jdbc.core.ConnectionCallback<String>) connection ->
                    connection.getMetaData().getDatabaseProductName()).toLowerCase(java.util.Locale.ROOT);
            String insert = "INSERT INTO wallet (user_id, balance, updated_at) VALUES (?, ?, ?)";
            sql = product.contains("postgres") ? insert + " ON CONFLICT (user_id) DO NOTHING"
                    : product.contains("mariadb") || product.contains("mysql") ? insert + " ON DUPLICATE KEY UPDATE user_id = user_id"
                    : insert;
            insertWallet = sql;
        }
        return sql;
    }
}
