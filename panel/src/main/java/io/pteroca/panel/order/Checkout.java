package io.pteroca.panel.order;

import io.pteroca.panel.account.AccountSettings;
import io.pteroca.panel.account.AccountView;
import io.pteroca.panel.account.Accounts;
import io.pteroca.panel.account.VerificationMode;
import io.pteroca.panel.catalog.Availability;
import io.pteroca.panel.catalog.Catalog;
import io.pteroca.panel.catalog.NodeCapacity;
import io.pteroca.panel.catalog.PriceKind;
import io.pteroca.panel.catalog.PriceOption;
import io.pteroca.panel.catalog.ProductDefinition;
import io.pteroca.panel.catalog.ProductView;
import io.pteroca.panel.mail.MailType;
import io.pteroca.panel.server.ServerBilling;
import io.pteroca.panel.server.ServerHistory;
import io.pteroca.panel.server.ServerMails;
import io.pteroca.panel.server.ServerPlan;
import io.pteroca.panel.server.Servers;
import io.pteroca.panel.shared.Money;
import io.pteroca.panel.shared.Percent;
import io.pteroca.panel.shared.Refusal;
import io.pteroca.panel.voucher.Vouchers;
import io.pteroca.panel.wallet.InsufficientBalanceException;
import io.pteroca.panel.wallet.WalletReason;
import io.pteroca.panel.wallet.WalletReference;
import io.pteroca.panel.wallet.WalletSettings;
import io.pteroca.panel.wallet.Wallets;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Buying a server in one transaction: check the choice, debit the wallet, record the order and the
 * server as PENDING. Pterodactyl is only called after that commits. The idempotency key of the form makes a double
 * submit, a back button or a second tab one order.
 */
@Service
public class Checkout {

    private static final int MAX_NAME = 100;

    private final Catalog catalog;
    private final Accounts accounts;
    private final AccountSettings accountSettings;
    private final NodeCapacity capacity;
    private final Servers servers;
    private final ServerBilling billing;
    private final ServerOrderRepository orders;
    private final Wallets wallets;
    private final WalletSettings walletSettings;
    private final Vouchers vouchers;
    private final ServerHistory history;
    private final ServerMails mails;
    private final TransactionTemplate transactions;
    private final Clock clock;

    Checkout(Catalog catalog, Accounts accounts, AccountSettings accountSettings, NodeCapacity capacity,
             Servers servers, ServerBilling billing, ServerOrderRepository orders, Wallets wallets,
             WalletSettings walletSettings, Vouchers vouchers, ServerHistory history, ServerMails mails,
             TransactionTemplate transactions, Clock clock) {
        this.catalog = catalog;
        this.accounts = accounts;
        this.accountSettings = accountSettings;
        this.capacity = capacity;
        this.servers = servers;
        this.billing = billing;
        this.orders = orders;
        this.wallets = wallets;
        this.walletSettings = walletSettings;
        this.vouchers = vouchers;
        this.history = history;
        this.mails = mails;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** The price summary for the form, without buying: period, setup fee due, and a voucher's discount if it applies. */
    Quote preview(long userId, OrderForm form) {
        ProductView product = catalog.productForSale(form.productId()).orElseThrow(() -> new Refusal("order.unavailable"));
        // The name does not change the price; an empty one must not hide the summary while the customer types.
        OrderForm named = form.withName("preview");
        Money periodAmount = plan(product, named).periodAmount(walletSettings.currency());
        Money setupFee = setupFee(userId, product);
        Money beforeDiscount = periodAmount.plus(setupFee);
        String code = form.voucherCode() == null ? "" : form.voucherCode().strip();
        Percent percent = code.isEmpty() ? null : vouchers.previewForOrder(userId, code, beforeDiscount).orElse(null);
        return new Quote(periodAmount, setupFee, discount(beforeDiscount, percent), percent == null ? null : code);
    }

    /** Returns the id of the server bought; with a key already used, the server of that earlier order. */
    public long purchase(long userId, OrderForm form) {
        Optional<ServerOrder> earlier = orders.findByUserIdAndIdempotencyKey(userId, form.idempotencyKey());
        if (earlier.isPresent()) {
            return earlier.get().serverId();
        }
        try {
            return transactions.execute(status -> buy(userId, form));
        } catch (DataIntegrityViolationException sameKeyMeanwhile) {
            return orders.findByUserIdAndIdempotencyKey(userId, form.idempotencyKey())
                    .orElseThrow(() -> sameKeyMeanwhile).serverId();
        }
    }

    private long buy(long userId, OrderForm form) {
        if (accountSettings.verificationMode() == VerificationMode.REQUIRED
                && !accounts.find(userId).map(AccountView::emailVerified).orElse(false)) {
            throw new Refusal("order.verifyFirst");
        }
        // The product row stays locked until commit, so stock counted here cannot be oversold by a parallel order.
        ProductView product = catalog.lockForOrder(form.productId()).orElseThrow(() -> new Refusal("order.unavailable"));
        ProductDefinition definition = product.definition();
        if (product.availability() == Availability.NO_CAPACITY) {
            throw new Refusal("order.noCapacity");
        }
        if (definition.stock() != null && servers.liveServers(product.id()) >= definition.stock()) {
            throw new Refusal("order.outOfStock");
        }
        if (definition.perCustomerLimit() != null
                && servers.liveServers(product.id(), userId) >= definition.perCustomerLimit()) {
            throw new Refusal("order.perCustomerLimit", definition.perCustomerLimit());
        }
        ServerPlan plan = plan(product, form);
        Money periodAmount = plan.periodAmount(walletSettings.currency());
        Money setupFee = setupFee(userId, product);
        Money beforeDiscount = periodAmount.plus(setupFee);
        Vouchers.OrderDiscount discount = form.voucherCode() == null || form.voucherCode().isBlank() ? null
                : vouchers.useForOrder(userId, form.voucherCode(), beforeDiscount);
        Quote quote = new Quote(periodAmount, setupFee, discount(beforeDiscount, discount == null ? null : discount.percent()),
                discount == null ? null : discount.code());

        String name = form.name().strip();
        long serverId = billing.open(userId, product.id(), name, plan, periodAmount,
                form.autoRenew() && definition.allowAutoRenew());
        ServerOrder order = orders.saveAndFlush(new ServerOrder(userId, serverId, product.id(), ServerOrder.Kind.PURCHASE,
                quote, form.idempotencyKey(), clock.instant()));
        if (discount != null) {
            vouchers.attachOrder(discount.usageId(), order.id());
        }
        try {
            wallets.debit(userId, quote.total(), WalletReason.PURCHASE, WalletReference.of("order", order.id()),
                    "Server " + name, null);
        } catch (InsufficientBalanceException notEnough) {
            throw new Refusal("order.notEnoughBalance", quote.total(), wallets.balance(userId));
        }
        history.note(serverId, "ordered", userId, "order " + order.id() + ", paid " + quote.total());
        mails.toOwner(serverId, MailType.ORDER_CONFIRMED, quote.total());
        return serverId;
    }

    private static Money discount(Money amount, Percent percent) {
        return percent == null ? Money.zero(amount.currency()) : amount.percent(percent);
    }

    private Money setupFee(long userId, ProductView product) {
        Money fee = product.setupFee();
        return fee.isPositive() && !orders.boughtBefore(userId, product.id()) ? fee : Money.zero(fee.currency());
    }

    /** The chosen price, egg, slots and variables, checked, frozen into the plan the server keeps. */
    private ServerPlan plan(ProductView product, OrderForm form) {
        String name = form.name() == null ? "" : form.name().strip();
        if (name.isEmpty() || name.length() > MAX_NAME || name.chars().anyMatch(Character::isISOControl)) {
            throw new Refusal("order.nameInvalid", MAX_NAME);
        }
        PriceOption price = product.prices().stream().filter(p -> p.id() == form.priceId()).findFirst()
                .orElseThrow(() -> new Refusal("order.price"));
        ProductDefinition.EggChoice egg = product.definition().eggs().stream().filter(e -> e.eggId() == form.eggId())
                .findFirst().orElseThrow(() -> new Refusal("order.egg"));
        Integer slots = null;
        if (price.kind() == PriceKind.PER_SLOT) {
            slots = form.slots();
            if (slots == null || slots < price.terms().minSlots() || slots > price.terms().maxSlots()) {
                throw new Refusal("order.slots.invalid", price.terms().minSlots(), price.terms().maxSlots());
            }
        }
        Map<String, String> environment = ServerPlan.environmentFor(egg, slots, form.variables());
        Integer location = form.locationId();
        if (location != null && capacity.locationsOf(product.definition()).stream().noneMatch(l -> l.id() == location)) {
            throw new Refusal("order.location");
        }
        return new ServerPlan(product.name(), product.definition(), egg.eggId(), egg.eggName(), egg.dockerImage(),
                egg.startup(), environment, price.terms(), slots, location);
    }
}
