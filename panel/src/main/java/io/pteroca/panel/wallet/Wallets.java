package io.pteroca.panel.wallet;

import io.pteroca.panel.shared.Money;
import java.time.Clock;
import java.util.Optional;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

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
    private final TransactionTemplate ownTransaction;
    private final org.springframework.context.ApplicationEventPublisher events;

    Wallets(WalletRepository wallets, WalletEntryRepository entries, WalletSettings settings, Clock clock,
            PlatformTransactionManager transactions, org.springframework.context.ApplicationEventPublisher events) {
        this.events = events;
        this.wallets = wallets;
        this.entries = entries;
        this.settings = settings;
        this.clock = clock;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
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

    /**
     * Makes sure the account has a wallet, in a transaction of its own. Call it before taking locks the creation would
     * wait for (the new row's foreign key reads the account row).
     */
    public void open(long userId) {
        ensureWallet(userId);
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

    /** Creates the wallet row on first use, in its own transaction so a lost race does not spoil the caller's. */
    private void ensureWallet(long userId) {
        if (wallets.existsById(userId)) {
            return;
        }
        try {
            // Checked again in a transaction of its own: the caller's snapshot (MariaDB's repeatable read) may be older
            // than a wallet created meanwhile, and inserting it again would wait for the caller's own locks.
            ownTransaction.executeWithoutResult(status -> {
                if (!wallets.existsById(userId)) {
                    wallets.saveAndFlush(new Wallet(userId, clock.instant()));
                }
            });
        } catch (DataIntegrityViolationException anotherRequestCreatedIt) {
            // it exists now, which is all we need
        }
    }
}
