package io.pteroca.panel.server;

import static io.pteroca.panel.support.TestMoney.usd;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pteroca.panel.shared.Refusal;
import io.pteroca.panel.order.Checkout;
import io.pteroca.panel.order.OrderForm;
import io.pteroca.emulator.http.FaultInjector;
import io.pteroca.panel.account.AccountView;
import io.pteroca.panel.catalog.ProductView;
import io.pteroca.panel.support.IntegrationTest;
import io.pteroca.panel.support.Race;
import io.pteroca.panel.support.TestMail;
import io.pteroca.panel.support.TestPterodactyl;
import io.pteroca.panel.support.WebSession;
import io.pteroca.panel.wallet.Wallets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** Buying: charge first, one order per form, provisioning that survives faults, refunds when it cannot. */
class PurchaseTest extends IntegrationTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    Checkout checkout;
    @Autowired
    Wallets wallets;
    @Autowired
    GameServerRepository servers;

    private ServerFixtures fixtures;

    @BeforeEach
    void fixtures() {
        fixtures = new ServerFixtures(context);
    }

    private static long serverIdOf(WebSession.Page page) {
        assertThat(page.status()).as(page.body()).isEqualTo(302);
        Matcher id = Pattern.compile("/servers/(\\d+)$").matcher(page.location());
        assertThat(id.find()).as(page.location()).isTrue();
        return Long.parseLong(id.group(1));
    }

    @Test
    void theWalletIsChargedBeforePterodactylAndTheServerBecomesActive() {
        ProductView product = fixtures.product("1.50", ServerFixtures.monthly("4.99"));
        AccountView customer = fixtures.customer("10");
        WebSession web = browser();
        web.signIn(customer.email(), ServerFixtures.PASSWORD);
        String form = web.get("/store/products/" + product.id() + "/order").body();
        assertThat(form).contains("id=\"summary-total\"").contains("6.49 USD");
        assertThat(form).as("the egg's variables the customer may set are on the form")
                .contains("id=\"variables-5\"").contains("name=\"var.5.MINECRAFT_VERSION\"");
        Matcher key = Pattern.compile("name=\"key\" value=\"([^\"]+)\"").matcher(form);
        assertThat(key.find()).isTrue();
        Map<String, String> fields = Map.of("key", key.group(1), "name", "Friends <b>SMP</b>",
                "priceId", String.valueOf(product.prices().get(0).id()), "eggId", "5", "var.5.MINECRAFT_VERSION", "1.21.4");

        long serverId = serverIdOf(web.post("/store/products/" + product.id() + "/order", fields));
        assertThat(serverIdOf(web.post("/store/products/" + product.id() + "/order", fields)))
                .as("the same form again is the same order").isEqualTo(serverId);
        assertThat(wallets.balance(customer.id()).amount()).isEqualByComparingTo("3.51");

        fixtures.workUntil(() -> fixtures.state(serverId) == ServerState.ACTIVE, "the server to become ACTIVE");
        GameServer server = servers.findById(serverId).orElseThrow();
        assertThat(server.expiresAt()).isAfter(clock.instant().plus(Duration.ofDays(27)));
        assertThat(server.address()).matches(".+:\\d+");
        synchronized (TestPterodactyl.emulator().state()) {
            var created = TestPterodactyl.emulator().state().servers.get(server.pterodactylServerId().longValue());
            assertThat(created.name).isEqualTo("Friends <b>SMP</b>");
            assertThat(created.memory).isEqualTo(256);
            assertThat(created.variables).containsEntry("MINECRAFT_VERSION", "1.21.4");
        }
        String page = web.get("/servers/" + serverId).body();
        assertThat(page).contains("Friends &lt;b&gt;SMP&lt;/b&gt;").contains(server.address()).contains("Active")
                .contains("id=\"server-power\">offline<");
        int calls = TestPterodactyl.totalCalls();
        assertThat(web.get("/servers").body()).contains("Friends &lt;b&gt;SMP&lt;/b&gt;").contains("Active")
                .as("the power state the server page saw").contains(">offline<");
        assertThat(TestPterodactyl.totalCalls()).as("my servers reads only our database").isEqualTo(calls);
        assertThat(TestMail.await(customer.email(), 2)).extracting(message -> {
            try {
                return message.getSubject();
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).anyMatch(subject -> subject.startsWith("Order confirmed")).anyMatch(subject -> subject.endsWith("is ready"));
        fixtures.assertMoneyAndServersConsistent();
    }

    @Test
    void withoutEnoughMoneyNothingIsChargedOrCreated() {
        ProductView product = fixtures.product("0", ServerFixtures.monthly("4.99"));
        AccountView customer = fixtures.customer("1");
        WebSession web = browser();
        web.signIn(customer.email(), ServerFixtures.PASSWORD);
        web.get("/store/products/" + product.id() + "/order");
        WebSession.Page refused = web.post("/store/products/" + product.id() + "/order", Map.of("key", "k-" + customer.id() + "-abcdef",
                "name", "Too expensive", "priceId", String.valueOf(product.prices().get(0).id()), "eggId", "5"));
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.body()).contains("This costs 4.99 USD and your balance is 1.00 USD").contains("href=\"/wallet/top-up\"");
        assertThat(servers.findByOwnerIdOrderByIdDesc(customer.id())).isEmpty();
        assertThat(wallets.balance(customer.id()).amount()).isEqualByComparingTo("1");
        assertThat(wallets.ledgerSum(customer.id()).amount()).isEqualByComparingTo("1");
    }

    @Test
    void badChoicesAreRefusedWithAReason() {
        ProductView product = fixtures.product("0", ServerFixtures.monthly("1"));
        AccountView customer = fixtures.customer("10");
        assertThatThrownBy(() -> checkout.purchase(customer.id(), new OrderForm(product.id(), product.prices().get(0).id(), 4,
                "Wrong egg", null, false, Map.of(), null, "key-wrong-egg-" + customer.id(), null)))
                .isInstanceOf(Refusal.class).hasMessage("order.egg");
        assertThatThrownBy(() -> checkout.purchase(customer.id(), new OrderForm(product.id(), 999_999, 5, "Wrong price", null,
                false, Map.of(), null, "key-wrong-price-" + customer.id(), null))).hasMessage("order.price");
        assertThatThrownBy(() -> checkout.purchase(customer.id(), new OrderForm(product.id(), product.prices().get(0).id(), 5,
                "Bad jar", null, false, Map.of("MINECRAFT_VERSION", "x".repeat(21)), null, "key-bad-var-" + customer.id(), null)))
                .hasMessage("order.variable");
        assertThatThrownBy(() -> checkout.purchase(customer.id(), new OrderForm(product.id(), product.prices().get(0).id(), 5,
                " ", null, false, Map.of(), null, "key-no-name-" + customer.id(), null))).hasMessage("order.nameInvalid");
        assertThatThrownBy(() -> checkout.purchase(customer.id(), new OrderForm(product.id(), product.prices().get(0).id(), 5,
                "Voucher", null, false, Map.of(), "NO-SUCH-CODE", "key-voucher-" + customer.id(), null))).hasMessage("voucher.invalid");
        assertThat(wallets.balance(customer.id()).amount()).isEqualByComparingTo("10");
        assertThat(servers.findByOwnerIdOrderByIdDesc(customer.id())).isEmpty();
    }

    @Test
    void twentyParallelPurchasesWithMoneyForFiveMakeFiveServersAndFiveCharges() throws Exception {
        ProductView product = fixtures.product("0", ServerFixtures.monthly("2.50"));
        AccountView customer = fixtures.customer("12.50");
        List<Object> outcomes = Race.of(20, () -> checkout.purchase(customer.id(), fixtures.order(product, "Racer")));
        assertThat(outcomes).filteredOn(Long.class::isInstance).hasSize(5);
        assertThat(outcomes).filteredOn(o -> o instanceof Refusal refused && refused.getMessage().equals("order.notEnoughBalance"))
                .hasSize(15);
        assertThat(servers.findByOwnerIdOrderByIdDesc(customer.id())).hasSize(5);
        assertThat(wallets.balance(customer.id()).amount()).isEqualByComparingTo("0");
        assertThat(wallets.ledgerSum(customer.id()).amount()).isEqualByComparingTo("0");
        fixtures.workUntil(() -> servers.findByOwnerIdOrderByIdDesc(customer.id()).stream()
                .allMatch(s -> s.state() == ServerState.ACTIVE), "all five servers to become ACTIVE");
        fixtures.assertMoneyAndServersConsistent();
    }

    @Test
    void oneFormSentFromTwoTabsAtOnceIsOneOrder() throws Exception {
        ProductView product = fixtures.product("0", ServerFixtures.monthly("1"));
        AccountView customer = fixtures.customer("10");
        OrderForm form = fixtures.order(product, "Twice");
        List<Object> outcomes = Race.of(6, () -> checkout.purchase(customer.id(), form));
        assertThat(outcomes).allMatch(Long.class::isInstance);
        assertThat(outcomes.stream().distinct()).hasSize(1);
        assertThat(wallets.balance(customer.id()).amount()).isEqualByComparingTo("9");
    }

    @Test
    void transientFailuresAreRetriedAndALostAnswerIsFoundByItsExternalId() {
        ProductView product = fixtures.product("0", ServerFixtures.monthly("3"));
        AccountView customer = fixtures.customer("10");
        TestPterodactyl.emulator().faults().add(new FaultInjector.Fault("POST", "/api/application/servers", 503, 0, false, 8));
        TestPterodactyl.emulator().faults().add(FaultInjector.Fault.answerLost("POST", "/api/application/servers", 1));
        long serverId = checkout.purchase(customer.id(), fixtures.order(product, "Stubborn"));
        fixtures.workUntil(() -> fixtures.state(serverId) == ServerState.ACTIVE, "the server to become ACTIVE despite faults");
        GameServer server = servers.findById(serverId).orElseThrow();
        assertThat(server.attempts()).isPositive();
        synchronized (TestPterodactyl.emulator().state()) {
            assertThat(TestPterodactyl.emulator().state().servers.values())
                    .filteredOn(s -> context.getBean(io.pteroca.panel.pterodactyl.PterodactylServers.class).externalId(serverId)
                            .equals(s.externalId)).hasSize(1);
        }
        assertThat(wallets.balance(customer.id()).amount()).isEqualByComparingTo("7");
        fixtures.assertMoneyAndServersConsistent();
    }

    @Test
    void aPermanentRefusalRefundsEverythingAndTellsTheCustomerAndTheAdmins() {
        ProductView product = fixtures.product("1", ServerFixtures.monthly("3"));
        AccountView customer = fixtures.customer("10");
        TestPterodactyl.emulator().faults().add(new FaultInjector.Fault("POST", "/api/application/servers", 422, 0, false, 1));
        long serverId = checkout.purchase(customer.id(), fixtures.order(product, "Doomed"));
        assertThat(wallets.balance(customer.id()).amount()).isEqualByComparingTo("6");
        fixtures.workUntil(() -> fixtures.state(serverId) == ServerState.FAILED, "the order to be refunded");
        assertThat(wallets.balance(customer.id()).amount()).isEqualByComparingTo("10");
        assertThat(TestMail.await(customer.email(), 2)).anyMatch(message -> TestMail.body(message).contains("4.00 USD was returned"));
        WebSession web = browser();
        web.signIn(customer.email(), ServerFixtures.PASSWORD);
        assertThat(web.get("/servers/" + serverId).body()).contains("Failed (refunded)");
        fixtures.assertMoneyAndServersConsistent();

        // An admin may set it up again for free: a new server, no charge, audited.
        long granted = context.getBean(ServerAdministration.class).grantAgain(serverId, customer.id());
        fixtures.workUntil(() -> fixtures.state(granted) == ServerState.ACTIVE, "the granted server to become ACTIVE");
        assertThat(wallets.balance(customer.id()).amount()).isEqualByComparingTo("10");
        fixtures.assertMoneyAndServersConsistent();

        // The refund gave the setup fee back too, so the next order of the product charges it again.
        TestPterodactyl.emulator().faults().clear();
        long second = checkout.purchase(customer.id(), fixtures.order(product, "Second try"));
        assertThat(wallets.balance(customer.id()).amount()).isEqualByComparingTo("6");
        fixtures.workUntil(() -> fixtures.state(second) == ServerState.ACTIVE, "the second order to become ACTIVE");
    }

    @Test
    void strangersCannotSeeAServer() {
        ProductView product = fixtures.product("0", ServerFixtures.monthly("1"));
        AccountView owner = fixtures.customer("5");
        long serverId = checkout.purchase(owner.id(), fixtures.order(product, "Private"));
        AccountView stranger = fixtures.customer("0");
        WebSession web = browser();
        web.signIn(stranger.email(), ServerFixtures.PASSWORD);
        assertThat(web.get("/servers/" + serverId).status()).isEqualTo(404);
        web.get("/servers");
        assertThat(web.post("/servers/" + serverId + "/renew", Map.of()).status()).isEqualTo(404);
        assertThat(wallets.balance(owner.id()).amount()).isEqualByComparingTo("4");
    }

    @Test
    void faultsWhileFindingAPortOrFollowingTheInstallOnlyDelayIt() {
        ProductView product = fixtures.product("0", ServerFixtures.monthly("1"));
        AccountView customer = fixtures.customer("1");
        TestPterodactyl.emulator().faults().add(new FaultInjector.Fault("GET", "/api/application/nodes/\\d+/allocations", 503, 0, false, 4));
        TestPterodactyl.emulator().faults().add(new FaultInjector.Fault("GET", "/api/application/servers/\\d+", 502, 0, false, 4));
        long id = checkout.purchase(customer.id(), fixtures.order(product, "Patient"));
        fixtures.workUntil(() -> fixtures.state(id) == ServerState.ACTIVE, "the server to become ACTIVE after the faults");
        assertThat(wallets.balance(customer.id()).amount()).isEqualByComparingTo("0");
        fixtures.assertMoneyAndServersConsistent();
    }

    @Test
    void aServerDiscountVoucherIsPreviewedUsedByTheOrderAndGivenBackByItsRefund() {
        ProductView product = fixtures.product("1", ServerFixtures.monthly("9"));
        AccountView customer = fixtures.customer("20");
        String code = "SRV" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        new io.pteroca.panel.voucher.VoucherTestAccess(context).createServerDiscount(code, "25", "5");
        WebSession web = browser();
        web.signIn(customer.email(), ServerFixtures.PASSWORD);
        String summary = web.get("/store/products/" + product.id() + "/order/summary?priceId=" + product.prices().get(0).id()
                + "&eggId=5&voucher=" + code.toLowerCase()).body();
        assertThat(summary).contains("id=\"summary-discount\"").contains("2.50 USD").contains("7.50 USD");
        assertThat(web.get("/store/products/" + product.id() + "/order/summary?priceId=" + product.prices().get(0).id()
                + "&eggId=5&voucher=NOPE-NOPE").body()).contains("This code cannot be used.").contains("10.00 USD");

        TestPterodactyl.emulator().faults().add(new FaultInjector.Fault("POST", "/api/application/servers", 422, 0, false, 1));
        OrderForm discounted = new OrderForm(product.id(), product.prices().get(0).id(), 5, "Discounted", null, false, Map.of(), code,
                "discount-" + UUID.randomUUID(), null);
        long failed = checkout.purchase(customer.id(), discounted);
        assertThat(wallets.balance(customer.id()).amount()).isEqualByComparingTo("12.50");
        assertThatThrownBy(() -> checkout.purchase(customer.id(), new OrderForm(product.id(), product.prices().get(0).id(), 5,
                "Twice", null, false, Map.of(), code, "discount-" + UUID.randomUUID(), null))).hasMessage("voucher.invalid");
        fixtures.workUntil(() -> fixtures.state(failed) == ServerState.FAILED, "the refund");
        assertThat(wallets.balance(customer.id()).amount()).isEqualByComparingTo("20");
        long second = checkout.purchase(customer.id(), new OrderForm(product.id(), product.prices().get(0).id(), 5, "Again", null,
                false, Map.of(), code, "discount-" + UUID.randomUUID(), null));
        assertThat(wallets.balance(customer.id()).amount()).as("the refund gave the voucher back").isEqualByComparingTo("12.50");
        fixtures.workUntil(() -> fixtures.state(second) == ServerState.ACTIVE, "the discounted server");
        fixtures.assertMoneyAndServersConsistent();
    }

    @Test
    void aCustomerChoosesALocationWhenTheProductOffersSeveral() {
        int secondLocation;
        synchronized (TestPterodactyl.emulator().state()) {
            var state = TestPterodactyl.emulator().state();
            var location = new io.pteroca.emulator.state.Location();
            location.id = state.nextId("locations");
            location.shortCode = "far" + location.id;
            location.longName = "Far away " + location.id;
            location.createdAt = state.now();
            location.updatedAt = location.createdAt;
            state.locations.put(location.id, location);
            var node = new io.pteroca.emulator.state.Node();
            node.id = state.nextId("nodes");
            node.uuid = state.uuid();
            node.name = "far-node-" + node.id;
            node.locationId = location.id;
            node.fqdn = "127.0.0.2";
            node.memory = 8192;
            node.disk = 100_000;
            node.daemonToken = state.randomString(64);
            node.createdAt = state.now();
            node.updatedAt = node.createdAt;
            state.nodes.put(node.id, node);
            for (int port = 30000; port < 30010; port++) {
                io.pteroca.emulator.state.Seeder.addAllocation(state, node, node.fqdn, port, null);
            }
            secondLocation = (int) location.id;
        }
        io.pteroca.panel.pterodactyl.PterodactylInventory.EggInfo paper = context.getBean(
                io.pteroca.panel.pterodactyl.PterodactylInventory.class).eggs(1).stream()
                .filter(egg -> egg.name().equals("Paper")).findFirst().orElseThrow();
        ProductView product = context.getBean(io.pteroca.panel.catalog.ProductEditor.class).create(
                new io.pteroca.panel.catalog.ProductDefinition(null, "Two places " + UUID.randomUUID(), null, null, true, 0,
                        new io.pteroca.panel.catalog.ProductDefinition.Resources(256, 0, 1024, 500, 100, null),
                        new io.pteroca.panel.catalog.ProductDefinition.FeatureLimits(0, 0, 0, 0), java.util.Set.of(),
                        java.util.Set.of(1, secondLocation), 1,
                        java.util.List.of(io.pteroca.panel.catalog.ProductDefinition.EggChoice.defaultsOf(paper, null)), false, false,
                        java.math.BigDecimal.ZERO, null, null, java.util.List.of(ServerFixtures.monthly("1"))));
        context.getBean(io.pteroca.panel.catalog.NodeCapacity.class).refresh();
        AccountView customer = fixtures.customer("1");
        WebSession web = browser();
        web.signIn(customer.email(), ServerFixtures.PASSWORD);
        assertThat(web.get("/store/products/" + product.id() + "/order").body()).contains("id=\"locationId\"")
                .contains("Far away " + secondLocation);
        assertThatThrownBy(() -> checkout.purchase(customer.id(), new OrderForm(product.id(), product.prices().get(0).id(), 5,
                "Nowhere", null, false, Map.of(), null, "loc-" + UUID.randomUUID(), 999))).hasMessage("order.location");
        long id = checkout.purchase(customer.id(), new OrderForm(product.id(), product.prices().get(0).id(), 5, "Far", null,
                false, Map.of(), null, "loc-" + UUID.randomUUID(), secondLocation));
        fixtures.workUntil(() -> fixtures.state(id) == ServerState.ACTIVE, "the server in the chosen location");
        assertThat(servers.findById(id).orElseThrow().address()).startsWith("127.0.0.2:300");
    }

    @Test
    void whenVerificationIsRequiredAnUnverifiedAccountCannotOrder() {
        ProductView product = fixtures.product("0", ServerFixtures.monthly("1"));
        settings.set(settings.definition("security.email_verification").orElseThrow(), "required");
        try {
            AccountView unverified = new io.pteroca.panel.account.AccountTestAccess(context)
                    .register("unverified-" + UUID.randomUUID().toString().substring(0, 8) + "@example.test");
            assertThat(unverified.emailVerified()).isFalse();
            wallets.credit(unverified.id(), usd("5"), io.pteroca.panel.wallet.WalletReason.ADMIN_CREDIT,
                    io.pteroca.panel.wallet.WalletReference.of("test", UUID.randomUUID()), "test money", null);
            assertThatThrownBy(() -> checkout.purchase(unverified.id(), fixtures.order(product, "Too soon")))
                    .hasMessage("order.verifyFirst");
            assertThat(wallets.balance(unverified.id()).amount()).isEqualByComparingTo("5");
        } finally {
            settings.set(settings.definition("security.email_verification").orElseThrow(), "optional");
        }
    }
}
