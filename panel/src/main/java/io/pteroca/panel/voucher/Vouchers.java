package io.pteroca.panel.voucher;

import io.pteroca.panel.account.AccountSettings;
import io.pteroca.panel.account.AccountView;
import io.pteroca.panel.account.Accounts;
import io.pteroca.panel.account.VerificationMode;
import io.pteroca.panel.shared.Money;
import io.pteroca.panel.shared.Percent;
import io.pteroca.panel.shared.Refusal;
import io.pteroca.panel.wallet.WalletEntryView;
import io.pteroca.panel.wallet.WalletReason;
import io.pteroca.panel.wallet.WalletReference;
import io.pteroca.panel.wallet.WalletSettings;
import io.pteroca.panel.wallet.Wallets;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Redeems vouchers atomically: under the account's lock and the voucher row's lock the rules are checked, the usage recorded, the count
 * raised and the wallet credited, all or nothing. Every refusal says the same, so trying codes reveals nothing.
 */
@Service
public class Vouchers {

    private final VoucherRepository vouchers;
    private final VoucherUsageRepository usages;
    private final Wallets wallets;
    private final WalletSettings walletSettings;
    private final Accounts accounts;
    private final AccountSettings accountSettings;
    private final Clock clock;

    private final org.springframework.context.ApplicationEventPublisher events;

    Vouchers(VoucherRepository vouchers, VoucherUsageRepository usages, Wallets wallets, WalletSettings walletSettings,
             Accounts accounts, AccountSettings accountSettings, Clock clock,
             org.springframework.context.ApplicationEventPublisher events) {
        this.events = events;
        this.vouchers = vouchers;
        this.usages = usages;
        this.wallets = wallets;
        this.walletSettings = walletSettings;
        this.accounts = accounts;
        this.accountSettings = accountSettings;
        this.clock = clock;
    }

    @Transactional
    WalletEntryView redeem(long userId, String code) {
        Voucher voucher = usableForUse(userId, code, Voucher.Type.BALANCE_TOP_UP);
        try {
            usages.saveAndFlush(new VoucherUsage(voucher.id(), userId, clock.instant()));
        } catch (DataIntegrityViolationException usedMeanwhile) {
            throw new Refusal("voucher.invalid");
        }
        voucher.used();
        redeemed(voucher, userId);
        return wallets.credit(userId, voucher.credit(walletSettings.currency()), WalletReason.VOUCHER,
                WalletReference.of("voucher", voucher.id() + ":" + userId), "Voucher " + voucher.code(), null);
    }

    /**
     * Holds a payment-discount voucher for a payment that is starting, in the caller's transaction; the hold counts
     * against the limits until {@link #consume} or {@link #release}. Returns the percent off.
     */
    @Transactional
    public Percent reserveDiscount(long userId, String code, long paymentId) {
        Voucher voucher = usableForUse(userId, code, Voucher.Type.PAYMENT_DISCOUNT);
        try {
            usages.saveAndFlush(VoucherUsage.reservation(voucher.id(), userId, paymentId, clock.instant()));
        } catch (DataIntegrityViolationException usedMeanwhile) {
            throw new Refusal("voucher.invalid");
        }
        voucher.used();
        return voucher.percent();
    }

    /**
     * Uses a server-discount voucher for an order of {@code orderAmount}, in the caller's transaction, so it is used
     * exactly when the order commits. Returns the percent off and the usage to tie to the order.
     */
    @Transactional
    public OrderDiscount useForOrder(long userId, String code, Money orderAmount) {
        Voucher voucher = usableForUse(userId, code, Voucher.Type.SERVER_DISCOUNT);
        if (!bigEnough(voucher, orderAmount)) {
            throw new Refusal("voucher.invalid");
        }
        VoucherUsage usage;
        try {
            usage = usages.saveAndFlush(new VoucherUsage(voucher.id(), userId, clock.instant()));
        } catch (DataIntegrityViolationException usedMeanwhile) {
            throw new Refusal("voucher.invalid");
        }
        voucher.used();
        redeemed(voucher, userId);
        return new OrderDiscount(usage.id(), voucher.code(), voucher.percent());
    }

    /** The percent a server-discount voucher would take off an order of this amount, without using it. */
    @Transactional
    public Optional<Percent> previewForOrder(long userId, String code, Money orderAmount) {
        try {
            Voucher voucher = usable(userId, code, Voucher.Type.SERVER_DISCOUNT);
            return bigEnough(voucher, orderAmount) ? Optional.of(voucher.percent()) : Optional.empty();
        } catch (Refusal refused) {
            return Optional.empty();
        }
    }

    private static boolean bigEnough(Voucher voucher, Money orderAmount) {
        Money minimum = voucher.minimumOrderAmount(orderAmount.currency());
        return minimum == null || !orderAmount.isLessThan(minimum);
    }

    @Transactional
    public void attachOrder(long usageId, long orderId) {
        usages.findById(usageId).ifPresent(usage -> usage.forOrder(orderId));
    }

    /** The order was refunded: its voucher can be used again. */
    @Transactional
    public void releaseOrder(long orderId) {
        usages.findByOrderId(orderId).ifPresent(usage -> {
            vouchers.lockById(usage.voucherId()).ifPresent(Voucher::released);
            usages.delete(usage);
        });
    }

    /** {@code percent} off an order; {@code usageId} ties the use to the order once it has an id. */
    public record OrderDiscount(long usageId, String code, Percent percent) {
    }

    /** The payment was paid: its voucher is used for good. */
    @Transactional
    public void consume(long paymentId) {
        usages.findByPaymentId(paymentId).filter(u -> "RESERVED".equals(u.status())).ifPresent(u -> {
            u.consume(clock.instant());
            vouchers.findById(u.voucherId()).ifPresent(voucher -> redeemed(voucher, u.userId()));
        });
    }

    /** The payment ended without money: its voucher can be used again. */
    @Transactional
    public void release(long paymentId) {
        usages.findByPaymentId(paymentId).filter(u -> "RESERVED".equals(u.status())).ifPresent(usage -> {
            vouchers.lockById(usage.voucherId()).ifPresent(Voucher::released);
            usages.delete(usage);
        });
    }

    /**
     * {@link #usable} for a use that is recorded: one account's uses of different vouchers run one after the other,
     * or none of them sees the others' uncommitted usages and a "new accounts only" rule lets all of them through.
     * The account's row is locked first, as by every creator of a wallet, so a wallet made later under it waits for nobody.
     */
    private Voucher usableForUse(long userId, String code, Voucher.Type type) {
        accounts.lockForUpdate(userId);
        return usable(userId, code, type);
    }

    /** The voucher with this code, locked, if this account may use it now; otherwise the one generic refusal. */
    private Voucher usable(long userId, String code, Voucher.Type type) {
        Instant now = clock.instant();
        Voucher voucher = vouchers.lockByCode(VoucherForm.normalize(code)).filter(v -> v.open(now) && v.type() == type)
                .orElseThrow(() -> new Refusal("voucher.invalid"));
        AccountView account = accounts.find(userId).orElseThrow(() -> new Refusal("voucher.invalid"));
        if (accountSettings.verificationMode() == VerificationMode.REQUIRED && !account.emailVerified()) {
            throw new Refusal("voucher.verifyFirst");
        }
        if (usages.existsByVoucherIdAndUserId(voucher.id(), userId)) {
            throw new Refusal("voucher.invalid");
        }
        if (voucher.newAccountsOnly() && (usages.existsByUserId(userId)
                || wallets.total(userId, WalletReason.TOP_UP).isPositive())) {
            throw new Refusal("voucher.invalid");
        }
        Money minimumTopUps = voucher.minimumTopUpTotal(walletSettings.currency());
        if (minimumTopUps != null && wallets.total(userId, WalletReason.TOP_UP).isLessThan(minimumTopUps)) {
            throw new Refusal("voucher.invalid");
        }
        return voucher;
    }

    @Transactional
    VoucherView create(VoucherForm form) {
        if (vouchers.existsByCode(form.normalizedCode())) {
            throw new Refusal("voucher.admin.codeTaken");
        }
        Voucher created = vouchers.save(new Voucher(form, clock.instant()));
        events.publishEvent(new VoucherEvent(VoucherEvent.Kind.CREATED, created.id(), created.code(), created.type().name(), null));
        return created.view(walletSettings.currency());
    }

    @Transactional
    void delete(long id) {
        vouchers.findById(id).ifPresent(v -> {
            v.delete(clock.instant());
            events.publishEvent(new VoucherEvent(VoucherEvent.Kind.DELETED, v.id(), v.code(), v.type().name(), null));
        });
    }

    /** A voucher an admin made (on the voucher page or through the API), audited as theirs. */
    @Transactional
    public VoucherView createByAdmin(VoucherRequest request, long adminId, String adminEmail, String ip) {
        VoucherView created = create(request.toForm(walletSettings.currency()));
        events.publishEvent(new io.pteroca.panel.audit.AuditEvent("admin_created_voucher", adminId, adminEmail, null, null, ip,
                created.code() + " " + (created.amount() != null ? created.amount() : created.percent())));
        return created;
    }

    /**
     * Retires a voucher for an admin: nobody can use it any more, its uses stay on record; audited as theirs. Empty
     * when there is no such voucher; retiring one already retired changes nothing.
     */
    @Transactional
    public Optional<VoucherView> deactivateByAdmin(long id, long adminId, String adminEmail, String ip) {
        Optional<Voucher> voucher = vouchers.findById(id);
        if (voucher.isEmpty() || voucher.get().view(walletSettings.currency()).deleted()) {
            return voucher.map(retired -> retired.view(walletSettings.currency()));
        }
        delete(id);
        events.publishEvent(new io.pteroca.panel.audit.AuditEvent("admin_deleted_voucher", adminId, adminEmail, null, null, ip,
                "voucher " + id));
        return vouchers.findById(id).map(retired -> retired.view(walletSettings.currency()));
    }

    /** A page of every voucher, newest first, retired ones too. */
    @Transactional(readOnly = true)
    public List<VoucherView> all(io.pteroca.panel.shared.Keyset page) {
        return vouchers.findBy(page.<Voucher>afterById(), query -> query
                        .sortBy(io.pteroca.panel.shared.Keyset.byId()).limit(page.fetch()).all())
                .stream().map(voucher -> voucher.view(walletSettings.currency())).toList();
    }

    @Transactional(readOnly = true)
    List<VoucherView> all() {
        return vouchers.findAll(org.springframework.data.domain.Sort.by(org.springframework.data.domain.Sort.Order.desc("id")))
                .stream().map(voucher -> voucher.view(walletSettings.currency())).toList();
    }

    @Transactional(readOnly = true)
    List<VoucherUsage> usagesOf(long voucherId) {
        return usages.findByVoucherIdOrderByUsedAtDesc(voucherId);
    }

    private void redeemed(Voucher voucher, long userId) {
        events.publishEvent(new VoucherEvent(VoucherEvent.Kind.REDEEMED, voucher.id(), voucher.code(), voucher.type().name(), userId));
    }
}
