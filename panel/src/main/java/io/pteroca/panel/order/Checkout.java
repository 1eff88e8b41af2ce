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
import io.pteroca.panel.catalog.PriceTerms;
import io.pteroca.panel.catalog.ProductDefinition;
import io.pteroca.panel.catalog.ProductView;
import io.pteroca.panel.mail.MailType;
import io.pteroca.panel.server.FirstPeriod;
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
import java.util.function.Supplier;
import org.springframework.context.ApplicationEventPublisher;
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
    private final OnceOffers onceOffers;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final Clock clock;

    Checkout(Catalog catalog, Accounts accounts, AccountSettings accountSettings, NodeCapacity capacity,
             Servers servers, ServerBilling billing, ServerOrderRepository orders, Wallets wallets,
             WalletSettings walletSettings, Vouchers vouchers, ServerHistory history, ServerMails mails, OnceOffers onceOffers,
             ApplicationEventPublisher events, TransactionTemplate transactions, Clock clock) {
        this.onceOffers = onceOffers;
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
        this.events = events;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** The price summary for the form, without buying: period, setup fee due, and a voucher's discount if it applies. */
    Quote preview(long userId, OrderForm form) {
        ProductView product = catalog.productForSale(form.productId()).orElseThrow(() -> new Refusal("order.unavailable"));
        PriceOption price = price(product, form.priceId());
        if (price.terms().trial()) {
            return Quote.period(Money.zero(walletSettings.currency()));
        }
        // The name does not change the price; an empty one must not hide the summary while the customer types.
        OrderForm named = form.withName("preview");
        Money periodAmount = plan(product, named, price).periodAmount(walletSettings.currency());
        Money setupFee = setupFee(userId, product);
        Money beforeDiscount = periodAmount.plus(setupFee);
        String code = form.voucherCode() == null ? "" : form.voucherCode().strip();
        Percent percent = code.isEmpty() ? null : vouchers.previewForOrder(userId, code, beforeDiscount).orElse(null);
        return new Quote(periodAmount, setupFee, discount(beforeDiscount, percent), percent == null ? null : code);
    }

    /** Returns the id of the server bought; with a key already used, the server of that earlier order. */
    public long purchase(long userId, OrderForm form) {
        return once(userId, form.idempotencyKey(), () -> buy(userId, form)).serverId();
    }

    /**
     * An admin orders a server for a customer through the same path as a purchase: charged to the customer's wallet
     * only when the admin chose so ({@code charge}), otherwise a free order of 0; paid until the admin's date.
     * The same key twice is one server, placed once.
     */
    public Placed orderForCustomer(long adminId, AdminOrder order) {
        AccountView customer = accounts.find(order.customerId())
                .orElseThrow(() -> Refusal.onField("account", "admin.createServer.unknownAccount"));
        return once(customer.id(), order.idempotencyKey(), () -> buyForCustomer(adminId, customer, order));
    }

    /** One order per key: a second submit, a back button or a parallel request gets the server of the first. */
    private Placed once(long userId, String idempotencyKey, Supplier<Long> buying) {
        Optional<ServerOrder> earlier = orders.findByUserIdAndIdempotencyKey(userId, idempotencyKey);
        if (earlier.isPresent()) {
            return new Placed(earlier.get().serverId(), false);
        }
        try {
            return new Placed(transactions.execute(status -> buying.get()), true);
        } catch (DataIntegrityViolationException | Refusal refused) {
            // A parallel submit of the same form may have won (and this one lost on its key or its trial): its server.
            return new Placed(orders.findByUserIdAndIdempotencyKey(userId, idempotencyKey).orElseThrow(() -> refused).serverId(),
                    false);
        }
    }

    /** The server an order made; {@code now}: this call placed it (not an earlier submit of the same form). */
    public record Placed(long serverId, boolean now) {
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
        if (soldOut(product)) {
            throw new Refusal("order.outOfStock");
        }
        if (definition.perCustomerLimit() != null
                && servers.liveServers(product.id(), userId) >= definition.perCustomerLimit()) {
            throw new Refusal("order.perCustomerLimit", definition.perCustomerLimit());
        }
        PriceOption price = price(product, form.priceId());
        boolean autoRenew = form.autoRenew() && definition.allowAutoRenew();
        String name = form.name() == null ? "" : form.name().strip();
        if (price.terms().trial()) {
            // Nothing is due now: the server renews at the paid price chosen with the trial, or expires.
            PriceOption paid = product.trialConversions().stream()
                    .filter(option -> form.thenPriceId() != null && option.id() == form.thenPriceId()).findFirst()
                    .orElseThrow(() -> Refusal.onField("thenPriceId", "order.trialThen"));
            ServerPlan plan = plan(product, form, paid);
            return record(new Sale(userId, product, name, plan, autoRenew, FirstPeriod.trial(price.terms()), price.terms(),
                    Quote.period(Money.zero(walletSettings.currency())), form.idempotencyKey(), null, null,
                    "Server " + name + " (free trial)"));
        }
        ServerPlan plan = plan(product, form, price);
        Money periodAmount = plan.periodAmount(walletSettings.currency());
        Money setupFee = setupFee(userId, product);
        Money beforeDiscount = periodAmount.plus(setupFee);
        Vouchers.OrderDiscount discount = form.voucherCode() == null || form.voucherCode().isBlank() ? null
                : vouchers.useForOrder(userId, form.voucherCode(), beforeDiscount);
        Quote quote = new Quote(periodAmount, setupFee, discount(beforeDiscount, discount == null ? null : discount.percent()),
                discount == null ? null : discount.code());
        return record(new Sale(userId, product, name, plan, autoRenew, FirstPeriod.ofPrice(), price.terms(), quote,
                form.idempotencyKey(), discount == null ? null : discount.usageId(), null, "Server " + name));
    }

    private long buyForCustomer(long adminId, AccountView customer, AdminOrder order) {
        // Locked as a customer's order locks it, so an admin who did not choose to go over the stock cannot sell the
        // last server a parallel checkout is selling.
        ProductView product = catalog.lockForAdminOrder(order.productId())
                .orElseThrow(() -> Refusal.onField("productId", "admin.createServer.unknownProduct"));
        PriceOption price = product.prices().stream().filter(option -> option.id() == order.priceId()).findFirst()
                .filter(option -> !option.terms().trial())
                .orElseThrow(() -> Refusal.onField("priceId", "admin.createServer.unknownPrice"));
        if (order.paidUntil() == null || !order.paidUntil().isAfter(clock.instant())) {
            throw Refusal.onField("paidUntil", "admin.createServer.paidUntilPast");
        }
        if (order.charge() == null) {
            throw Refusal.onField("payment", "admin.createServer.paymentChoice");
        }
        if (!order.overStock() && soldOut(product)) {
            throw Refusal.onField("overStock", "admin.createServer.outOfStock");
        }
        int eggId = order.eggId() != null ? order.eggId() : product.definition().eggs().get(0).eggId();
        OrderForm form = new OrderForm(product.id(), price.id(), eggId, order.name(), order.slots(), order.autoRenew(), Map.of(),
                null, order.idempotencyKey(), null);
        ServerPlan plan = plan(product, form, price);
        Money periodAmount = plan.periodAmount(walletSettings.currency());
        Quote quote = order.charge() ? new Quote(periodAmount, setupFee(customer.id(), product), Money.zero(periodAmount.currency()),
                null) : Quote.period(Money.zero(periodAmount.currency()));
        String name = order.name().strip();
        return record(new Sale(customer.id(), product, name, plan, order.autoRenew() && product.definition().allowAutoRenew(),
                FirstPeriod.until(order.paidUntil()), price.terms(), quote, order.idempotencyKey(), null, adminId,
                "Server " + name + ", ordered for you by an administrator"));
    }

    /**
     * Opens the server, records the order and takes the money, in the caller's transaction; nothing is taken for an
     * order of 0 (a free price, a trial, an admin's free server), which is still recorded as an order.
     */
    private long record(Sale sale) {
        long customerId = sale.customerId();
        long serverId = billing.open(customerId, sale.product().id(), sale.name(), sale.plan(),
                sale.plan().periodAmount(walletSettings.currency()), sale.autoRenew(), sale.first());
        onceOffers.claim(sale.product().id(), sale.offered(), customerId, serverId);
        ServerOrder order = orders.saveAndFlush(new ServerOrder(customerId, serverId, sale.product().id(),
                ServerOrder.Kind.PURCHASE, sale.quote(), sale.idempotencyKey(), clock.instant()));
        if (sale.voucherUsageId() != null) {
            vouchers.attachOrder(sale.voucherUsageId(), order.id());
        }
        Money total = sale.quote().total();
        if (total.isPositive()) {
            try {
                wallets.debit(customerId, total, WalletReason.PURCHASE, WalletReference.of("order", order.id()), sale.ledgerNote(),
                        sale.adminId());
            } catch (InsufficientBalanceException notEnough) {
                throw Refusal.onField(sale.adminId() == null ? null : "payment", "order.notEnoughBalance", total,
                        wallets.balance(customerId));
            }
        }
        history.note(serverId, "ordered", sale.adminId() != null ? sale.adminId() : customerId, "order " + order.id()
                + (sale.adminId() != null ? ", by an admin for the customer" : "") + ", paid " + total
                + (sale.first().trialUnit() != null ? ", free trial" : ""));
        mails.toOwner(serverId, MailType.ORDER_CONFIRMED, total);
        events.publishEvent(new OrderEvent(OrderEvent.Kind.PLACED, order.id(), customerId, serverId, sale.product().id(), total,
                null, false));
        return serverId;
    }

    /** What one order puts on record; {@code adminId} is set when an admin ordered for the customer. */
    private record Sale(long customerId, ProductView product, String name, ServerPlan plan, boolean autoRenew,
                        FirstPeriod first, PriceTerms offered, Quote quote, String idempotencyKey, Long voucherUsageId,
                        Long adminId, String ledgerNote) {
    }

    private static Money discount(Money amount, Percent percent) {
        return percent == null ? Money.zero(amount.currency()) : amount.percent(percent);
    }

    private Money setupFee(long userId, ProductView product) {
        Money fee = product.setupFee();
        return fee.isPositive() && !orders.boughtBefore(userId, product.id()) ? fee : Money.zero(fee.currency());
    }

    /** Counted under the product's row lock: its stock is limited and that many servers are live. */
    private boolean soldOut(ProductView product) {
        Integer stock = product.definition().stock();
        return stock != null && servers.liveServers(product.id()) >= stock;
    }

    /** No server of the product is left to sell: its stock is limited and that many are live. */
    static boolean outOfStock(ProductView product) {
        return product.stockLeft() != null && product.stockLeft() <= 0;
    }

    private static PriceOption price(ProductView product, long priceId) {
        return product.prices().stream().filter(p -> p.id() == priceId).findFirst()
                .orElseThrow(() -> Refusal.onField("priceId", "order.price"));
    }

    /** The chosen price, egg, slots and variables, checked, frozen into the plan the server keeps. */
    private ServerPlan plan(ProductView product, OrderForm form, PriceOption price) {
        String name = form.name() == null ? "" : form.name().strip();
        if (name.isEmpty() || name.length() > MAX_NAME || name.chars().anyMatch(Character::isISOControl)) {
            throw Refusal.onField("name", "order.nameInvalid", MAX_NAME);
        }
        ProductDefinition.EggChoice egg = product.definition().eggs().stream().filter(e -> e.eggId() == form.eggId())
                .findFirst().orElseThrow(() -> Refusal.onField("eggId", "order.egg"));
        Integer slots = null;
        if (price.kind() == PriceKind.PER_SLOT) {
            slots = form.slots();
            if (slots == null || slots < price.terms().minSlots() || slots > price.terms().maxSlots()) {
                throw Refusal.onField("slots", "order.slots.invalid", price.terms().minSlots(), price.terms().maxSlots());
            }
        }
        Map<String, String> environment = ServerPlan.environmentFor(egg, slots, form.variables());
        Integer location = form.locationId();
        if (location != null && capacity.locationsOf(product.definition()).stream().noneMatch(l -> l.id() == location)) {
            throw Refusal.onField("locationId", "order.location");
        }
        return new ServerPlan(product.name(), product.definition(), egg.eggId(), egg.eggName(), egg.dockerImage(),
                egg.startup(), environment, price.terms(), slots, location);
    }
}
