package io.pteroca.panel.server;

import static io.pteroca.panel.support.TestMoney.usd;
import static org.assertj.core.api.Assertions.assertThat;

import io.pteroca.emulator.PterodactylEmulator;
import io.pteroca.panel.account.AccountView;
import io.pteroca.panel.account.Accounts;
import io.pteroca.panel.account.Role;
import io.pteroca.panel.catalog.PeriodUnit;
import io.pteroca.panel.catalog.PriceKind;
import io.pteroca.panel.catalog.PriceTerms;
import io.pteroca.panel.catalog.ProductDefinition;
import io.pteroca.panel.catalog.ProductEditor;
import io.pteroca.panel.catalog.ProductView;
import io.pteroca.panel.order.Checkout;
import io.pteroca.panel.order.OrderForm;
import io.pteroca.panel.pterodactyl.PterodactylAccounts;
import io.pteroca.panel.pterodactyl.PterodactylInventory;
import io.pteroca.panel.pterodactyl.PterodactylServers;
import io.pteroca.panel.support.BackgroundWork;
import io.pteroca.panel.support.TestPterodactyl;
import io.pteroca.panel.wallet.WalletReason;
import io.pteroca.panel.wallet.WalletReference;
import io.pteroca.panel.wallet.Wallets;
import io.pteroca.emulator.state.Server;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/** Products, funded customers and the invariants every server test checks afterwards. */
final class ServerFixtures {

    static final String PASSWORD = "server test secret";

    private final ApplicationContext context;

    ServerFixtures(ApplicationContext context) {
        this.context = context;
    }

    /** A Paper plan on the emulator's node with the given prices and setup fee. */
    ProductView product(String setupFee, PriceTerms... prices) {
        return product(new ProductDefinition.FeatureLimits(1, 1, 0, 2), setupFee, prices);
    }

    ProductView product(ProductDefinition.FeatureLimits limits, String setupFee, PriceTerms... prices) {
        return product(limits, List.of(ProductDefinition.EggChoice.defaultsOf(egg("Paper"), null)), false, setupFee, prices);
    }

    /**
     * A Paper plan placed as the flavour's panel places servers: on Pelican by the node tag {@code game} (Pelican deploys
     * it, egg only, no nest), on Pterodactyl on node 1. The panel must point at that flavour's emulator already.
     */
    ProductView productPlacedFor(io.pteroca.emulator.state.EmulatorSettings.Flavor flavor, PriceTerms... prices) {
        if (flavor != io.pteroca.emulator.state.EmulatorSettings.Flavor.PELICAN) {
            return product("0", prices);
        }
        return context.getBean(ProductEditor.class).create(new ProductDefinition(null, "Plan " + UUID.randomUUID(), null, null,
                true, 0, new ProductDefinition.Resources(256, 0, 1024, 500, 100, null),
                new ProductDefinition.FeatureLimits(1, 1, 0, 2), Set.of(), Set.of(), 0,
                List.of(ProductDefinition.EggChoice.defaultsOf(egg("Paper"), null)), false, true, BigDecimal.ZERO, null, null,
                List.of(prices), Set.of("game")));
    }

    /** A Paper plan of which only {@code stock} servers may exist at once. */
    ProductView productWithStock(int stock, PriceTerms... prices) {
        ProductView created = product("0", prices);
        ProductDefinition d = created.definition();
        return new io.pteroca.panel.catalog.CatalogTestAccess(context).update(created.id(), created.version(), new ProductDefinition(d.categoryId(), d.name(), d.shortDescription(),
                        d.description(), d.active(), d.sortOrder(), d.resources(), d.featureLimits(), d.nodeIds(), d.locationIds(),
                        d.nestId(), d.eggs(), d.allowEggChange(), d.allowAutoRenew(), d.setupFee(), stock, d.perCustomerLimit(),
                        d.prices()));
    }

    /** A plan with these eggs (the first is ordered) and egg change allowed or not. */
    ProductView product(List<ProductDefinition.EggChoice> eggs, boolean allowEggChange, PriceTerms... prices) {
        return product(new ProductDefinition.FeatureLimits(1, 1, 0, 2), eggs, allowEggChange, "0", prices);
    }

    private ProductView product(ProductDefinition.FeatureLimits limits, List<ProductDefinition.EggChoice> eggs,
                                boolean allowEggChange, String setupFee, PriceTerms... prices) {
        return context.getBean(ProductEditor.class).create(new ProductDefinition(null, "Plan " + UUID.randomUUID(), null, null,
                true, 0, new ProductDefinition.Resources(256, 0, 1024, 500, 100, null),
                limits, Set.of(1), Set.of(), 1, eggs, allowEggChange, true, new BigDecimal(setupFee), null, null,
                List.of(prices)));
    }

    /** One of the emulator's Minecraft eggs (nest 1) by name, e.g. "Paper". */
    PterodactylInventory.EggInfo egg(String name) {
        return context.getBean(PterodactylInventory.class).eggs(1).stream().filter(egg -> egg.name().equals(name)).findFirst()
                .orElseThrow();
    }

    /**
     * A server put straight into the emulator's state, as if made in Pterodactyl by hand: the first egg, on node 1.
     * The caller holds the state's lock.
     */
    static io.pteroca.emulator.state.Server madeInPterodactyl(io.pteroca.emulator.state.EmulatorState state, String name,
                                                            long ownerId) {
        io.pteroca.emulator.state.Egg egg = state.eggs.values().iterator().next();
        io.pteroca.emulator.state.Server server = new io.pteroca.emulator.state.Server();
        server.id = state.nextId("servers");
        server.uuid = state.uuid();
        server.name = name;
        server.ownerId = ownerId;
        server.nodeId = 1;
        server.nestId = egg.nestId;
        server.eggId = egg.id;
        server.image = "ghcr.io/pterodactyl/yolks:java_17";
        server.startup = egg.startup();
        server.createdAt = state.now();
        server.updatedAt = server.createdAt;
        state.servers.put(server.id, server);
        return server;
    }

    /** Gives {@code to} the limits {@code from} has in Pterodactyl. The caller holds the state's lock. */
    static void copyLimits(Server from, Server to) {
        to.memory = from.memory;
        to.swap = from.swap;
        to.disk = from.disk;
        to.io = from.io;
        to.cpu = from.cpu;
        to.threads = from.threads;
        to.databaseLimit = from.databaseLimit;
        to.allocationLimit = from.allocationLimit;
        to.backupLimit = from.backupLimit;
    }

    static PriceTerms monthly(String amount) {
        return new PriceTerms(PriceKind.STATIC, 1, PeriodUnit.MONTHS, new BigDecimal(amount), null, null);
    }

    static PriceTerms hourly(String amount) {
        return new PriceTerms(PriceKind.ON_DEMAND, 1, PeriodUnit.HOURS, new BigDecimal(amount), null, null);
    }

    /** A customer whose Pterodactyl account is linked, with this much in the wallet. */
    AccountView customer(String balance) {
        AccountView customer = context.getBean(Accounts.class).createVerified(
                "buyer-" + UUID.randomUUID().toString().substring(0, 8) + "@example.test", "Bea", "Buyer", PASSWORD, Role.USER, "test");
        if (new BigDecimal(balance).signum() > 0) {
            context.getBean(Wallets.class).credit(customer.id(), usd(balance), WalletReason.ADMIN_CREDIT,
                    WalletReference.of("test", UUID.randomUUID()), "test money", null);
        }
        BackgroundWork.awaitIdle();
        assertThat(context.getBean(PterodactylAccounts.class).userOf(customer.id())).as("the customer's Pterodactyl account")
                .isPresent();
        return customer;
    }

    /** A session of this account (made with {@link #PASSWORD}), signed in to the running panel. */
    io.pteroca.panel.support.WebSession signedIn(AccountView account) {
        io.pteroca.panel.support.WebSession web = new io.pteroca.panel.support.WebSession(
                "http://localhost:" + context.getEnvironment().getProperty("local.server.port"));
        web.signIn(account.email(), PASSWORD);
        return web;
    }

    /** The owner shares the server with another account, with these Pterodactyl permissions, from the server page. */
    static void share(io.pteroca.panel.support.WebSession ownerWeb, long serverId, AccountView with, String... permissions) {
        ownerWeb.get("/servers/" + serverId);
        List<java.util.Map.Entry<String, String>> fields = new java.util.ArrayList<>(List.of(java.util.Map.entry("email", with.email())));
        for (String permission : permissions) {
            fields.add(java.util.Map.entry("permissions", permission));
        }
        ownerWeb.postAll("/servers/" + serverId + "/subusers", fields);
    }

    /** Buys the product for the customer and runs the work until the server is ACTIVE; returns its id. */
    long activeServer(AccountView customer, ProductView product, String name) {
        long id = context.getBean(Checkout.class).purchase(customer.id(), order(product, name));
        workUntil(() -> state(id) == ServerState.ACTIVE, "server " + name + " to become ACTIVE");
        return id;
    }

    OrderForm order(ProductView product, String name) {
        return new OrderForm(product.id(), product.prices().get(0).id(), product.definition().eggs().get(0).eggId(), name, null,
                false, java.util.Map.of(), null, UUID.randomUUID().toString(), null);
    }

    /** Runs the server work until the condition holds (see {@link ServerWorkTestAccess#workUntil}). */
    void workUntil(BooleanSupplier done, String what) {
        new ServerWorkTestAccess(context).workUntil(done, what, TestPterodactyl.emulator());
    }

    /** Pterodactyl finishes every pending install, backup and restore now (they never finish by themselves in tests). */
    static void finishInPterodactyl() {
        TestPterodactyl.emulator().finishPending();
    }

    /** The server as the emulator holds it (read it under the emulator state's lock when it may change). */
    io.pteroca.emulator.state.Server inPterodactyl(long serverId) {
        long pterodactylId = context.getBean(GameServerRepository.class).findById(serverId).orElseThrow().pterodactylServerId();
        synchronized (TestPterodactyl.emulator().state()) {
            return TestPterodactyl.emulator().state().servers.get(pterodactylId);
        }
    }

    /**
     * A Paper server created in Pterodactyl directly (not by this panel) and installed, owned by this customer's
     * Pterodactyl user, with this external id (null: none) and these limits; returns its Pterodactyl id.
     */
    int directServer(AccountView customer, String name, String externalId, io.pteroca.panel.pterodactyl.ServerLimits limits) {
        ProductDefinition.EggChoice paper = ProductDefinition.EggChoice.defaultsOf(egg("Paper"), null);
        int id = context.getBean(PterodactylServers.class).createOn(1, new io.pteroca.panel.pterodactyl.ServerRequest(name,
                context.getBean(PterodactylAccounts.class).userOf(customer.id()).orElseThrow(), externalId, null,
                new io.pteroca.panel.pterodactyl.EggSetup(1, paper.eggId(), null, null,
                        ServerPlan.environmentFor(paper, null, java.util.Map.of())), limits)).orElseThrow().id();
        finishInPterodactyl();
        return id;
    }

    /** Paper stops at once until its EULA is accepted; tests that need a running server accept it beforehand. */
    void acceptEulaInPterodactyl(long serverId) {
        String uuid = inPterodactyl(serverId).uuid;
        synchronized (TestPterodactyl.emulator().state()) {
            TestPterodactyl.emulator().state().filesOf(uuid).put("/eula.txt", "eula=true\n");
        }
    }

    ServerState state(long serverId) {
        return context.getBean(GameServerRepository.class).findById(serverId).orElseThrow().state();
    }

    /**
     * Money and servers are never lost: every wallet's ledger sums to its balance; paid orders minus refunds are what the ledger charged;
     * every server we call ACTIVE exists in Pterodactyl; every Pterodactyl server carrying our id has a live record.
     */
    /** The plan JSON of a server bought on {@code product} and set up: for servers written directly with it. */
    String soldPlan(ProductView product) {
        long template = context.getBean(Checkout.class).purchase(customer("1").id(), order(product, "Template"));
        workUntil(() -> state(template) == ServerState.ACTIVE, "the template server");
        return context.getBean(JdbcTemplate.class).queryForObject("SELECT plan FROM game_server WHERE id = ?", String.class,
                template);
    }

    /**
     * {@code count} servers of {@code ownerId} on {@code product} as a month's expiry finds them: ACTIVE and paid until a
     * minute ago in the database, running in {@code pterodactyl} under the panel's external ids. Written directly, in
     * one batch, rather than bought one by one; names start with {@code prefix}. Returns their Pterodactyl ids.
     */
    List<Long> expiredServers(PterodactylEmulator pterodactyl, long ownerId, ProductView product, String plan, String prefix,
                              int count) {
        JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
        java.time.Clock clock = context.getBean(java.time.Clock.class);
        // Timestamps are stored as UTC wall time (the JVM's zone would shift them).
        LocalDateTime expired = LocalDateTime.ofInstant(clock.instant().minus(Duration.ofMinutes(1)), ZoneOffset.UTC);
        LocalDateTime now = LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        List<Long> pterodactylIds = new ArrayList<>();
        List<Object[]> rows = new ArrayList<>();
        synchronized (pterodactyl.state()) {
            long owner = pterodactyl.state().createUser(prefix + "owner@example.test", prefix + "owner", "Ex", "Piring", "secret",
                    false).id;
            for (int i = 0; i < count; i++) {
                Server server = new Server();
                server.id = pterodactyl.state().nextId("servers");
                server.uuid = pterodactyl.state().uuid();
                server.name = prefix + i;
                server.ownerId = owner;
                server.nodeId = 1;
                server.createdAt = pterodactyl.state().now();
                server.updatedAt = server.createdAt;
                pterodactyl.state().servers.put(server.id, server);
                pterodactylIds.add(server.id);
                rows.add(new Object[] {ownerId, product.id(), prefix + i, plan, expired, server.id, now, now});
            }
        }
        context.getBean(TransactionTemplate.class).executeWithoutResult(status -> jdbc.batchUpdate("INSERT INTO game_server "
                + "(owner_id, product_id, name, state, plan, price_kind, period_value, period_unit, period_amount, auto_renew, "
                + "expires_at, deletion_warned, suspended_in_panel, refund_due, pterodactyl_server_id, attempts, created_at, "
                + "updated_at, version) VALUES (?, ?, ?, 'ACTIVE', ?, 'STATIC', 1, 'MONTHS', 1, FALSE, ?, FALSE, FALSE, FALSE, ?, "
                + "0, ?, ?, 0)", rows));
        PterodactylServers names = context.getBean(PterodactylServers.class);
        List<long[]> ids = jdbc.query("SELECT id, pterodactyl_server_id FROM game_server WHERE owner_id = ? AND name LIKE ?",
                (row, n) -> new long[] {row.getLong(1), row.getLong(2)}, ownerId, prefix + "%");
        synchronized (pterodactyl.state()) {
            ids.forEach(pair -> pterodactyl.state().servers.get(pair[1]).externalId = names.externalId(pair[0]));
        }
        return pterodactylIds;
    }

    void assertMoneyAndServersConsistent() {
        JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
        assertThat(jdbc.queryForList("SELECT w.user_id FROM wallet w WHERE w.balance <> "
                + "(SELECT COALESCE(SUM(e.amount), 0) FROM wallet_entry e WHERE e.user_id = w.user_id)", Long.class))
                .as("wallets whose ledger does not add up").isEmpty();
        BigDecimal charged = jdbc.queryForObject("SELECT COALESCE(-SUM(amount), 0) FROM wallet_entry WHERE reason IN ('PURCHASE', 'RENEWAL')",
                BigDecimal.class);
        BigDecimal ordered = jdbc.queryForObject("SELECT COALESCE(SUM(total), 0) FROM server_order", BigDecimal.class);
        assertThat(charged).as("charges = orders").isEqualByComparingTo(ordered);
        BigDecimal refunded = jdbc.queryForObject("SELECT COALESCE(SUM(amount), 0) FROM wallet_entry WHERE reason = 'REFUND'",
                BigDecimal.class);
        BigDecimal refundedOrders = jdbc.queryForObject("SELECT COALESCE(SUM(total), 0) FROM server_order WHERE status = 'REFUNDED'",
                BigDecimal.class);
        assertThat(refunded).as("refunds = refunded orders").isEqualByComparingTo(refundedOrders);

        PterodactylEmulator emulator = TestPterodactyl.emulator();
        String prefix = context.getBean(PterodactylServers.class).externalId(0).replaceAll("0$", "");
        List<Long> liveIds = jdbc.queryForList("SELECT id FROM game_server WHERE state NOT IN ('DELETED', 'FAILED')", Long.class);
        synchronized (emulator.state()) {
            emulator.state().servers.values().stream().filter(s -> s.externalId != null && s.externalId.startsWith(prefix))
                    .forEach(s -> assertThat(liveIds).as("Pterodactyl server " + s.externalId + " has a live record")
                            .contains(Long.parseLong(s.externalId.substring(prefix.length()))));
        }
        // Servers a test made on the other flavour's emulator live there (their ids never overlap).
        for (Long active : jdbc.queryForList("SELECT pterodactyl_server_id FROM game_server WHERE state = 'ACTIVE'", Long.class)) {
            assertThat(TestPterodactyl.started().stream().anyMatch(panel -> {
                synchronized (panel.state()) {
                    return panel.state().servers.containsKey(active);
                }
            })).as("ACTIVE server " + active + " exists in Pterodactyl").isTrue();
        }
    }
}
