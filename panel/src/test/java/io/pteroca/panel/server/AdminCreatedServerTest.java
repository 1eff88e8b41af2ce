package io.pteroca.panel.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pteroca.panel.account.AccountView;
import io.pteroca.panel.account.Accounts;
import io.pteroca.panel.account.Role;
import io.pteroca.panel.catalog.ProductView;
import io.pteroca.panel.order.AdminOrder;
import io.pteroca.panel.order.Checkout;
import io.pteroca.panel.shared.Refusal;
import io.pteroca.panel.support.IntegrationTest;
import io.pteroca.panel.support.TestPterodactyl;
import io.pteroca.panel.support.WebSession;
import io.pteroca.panel.wallet.Wallets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * An admin makes a server for a customer through the purchase path: charged to the customer's wallet only when the
 * admin chose so (and then on the ledger, with the admin as actor), otherwise a free order of 0; paid until the
 * chosen day; one server in Pterodactyl; audited. Bad input names its field and creates nothing.
 */
class AdminCreatedServerTest extends IntegrationTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    Wallets wallets;
    @Autowired
    GameServerRepository servers;

    private ServerFixtures fixtures;
    private AccountView admin;

    @BeforeEach
    void fixtures() {
        fixtures = new ServerFixtures(context);
        admin = context.getBean(Accounts.class).createVerified(
                "creator-" + UUID.randomUUID().toString().substring(0, 6) + "@example.test", "Ad", "Min",
                ServerFixtures.PASSWORD, Role.ADMIN, "test");
    }

    @AfterEach
    void consistent() {
        fixtures.assertMoneyAndServersConsistent();
    }

    private static long serverIdOf(WebSession.Page page) {
        assertThat(page.status()).as(page.body()).isEqualTo(302);
        Matcher id = Pattern.compile("/admin/servers/(\\d+)$").matcher(page.location());
        assertThat(id.find()).as(page.location()).isTrue();
        return Long.parseLong(id.group(1));
    }

    private Map<String, String> form(WebSession web, AccountView customer, ProductView product, String payment, LocalDate paidUntil) {
        String page = web.get("/admin/servers/new?account=" + customer.id() + "&productId=" + product.id()).body();
        assertThat(page).contains("id=\"create-form\"").contains(customer.email());
        Matcher key = Pattern.compile("name=\"key\" value=\"([^\"]+)\"").matcher(page);
        assertThat(key.find()).isTrue();
        Map<String, String> fields = new HashMap<>(Map.of("key", key.group(1), "account", String.valueOf(customer.id()),
                "productId", String.valueOf(product.id()), "priceId", String.valueOf(product.prices().get(0).id()),
                "name", "Made by staff", "paidUntil", paidUntil.toString()));
        if (payment != null) {
            fields.put("payment", payment);
        }
        return fields;
    }

    private int pterodactylServersOf(long serverId) {
        String externalId = context.getBean(io.pteroca.panel.pterodactyl.PterodactylServers.class).externalId(serverId);
        synchronized (TestPterodactyl.emulator().state()) {
            return (int) TestPterodactyl.emulator().state().servers.values().stream()
                    .filter(server -> externalId.equals(server.externalId)).count();
        }
    }

    @Test
    void aSoldOutProductIsRefusedUnlessTheAdminChoosesToGoOverItsStockWhichIsAudited() {
        ProductView product = fixtures.productWithStock(1, ServerFixtures.monthly("4"));
        AccountView customer = fixtures.customer("10");
        fixtures.activeServer(customer, product, "The only one");
        WebSession web = fixtures.signedIn(admin);
        LocalDate today = clock.instant().atOffset(ZoneOffset.UTC).toLocalDate();
        long before = servers.count();

        Map<String, String> fields = form(web, customer, product, "free", today.plusDays(5));
        assertThat(web.get("/admin/servers/new?account=" + customer.id() + "&productId=" + product.id()).body())
                .contains("id=\"overStock\"").contains("Go over the stock");
        WebSession.Page refused = web.post("/admin/servers/new", fields);
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.body()).contains("data-field=\"overStock\"").contains("this product is sold out");
        assertThat(servers.count()).as("nothing created").isEqualTo(before);

        fields.put("overStock", "true");
        long made = serverIdOf(web.post("/admin/servers/new", fields));
        assertThat(servers.findById(made).orElseThrow().productId()).isEqualTo(product.id());
        assertThat(jdbc.queryForObject("SELECT details FROM audit_log WHERE action = 'admin_created_server' AND actor_id = ?",
                String.class, admin.id())).startsWith("server " + made).endsWith(", over the product's stock");
        fixtures.workUntil(() -> fixtures.state(made) == ServerState.ACTIVE, "the server over the stock to become ACTIVE");
    }

    /**
     * The customer's checkout holds the product's row lock for the last unit while the admin's unticked order comes in:
     * the admin's order must wait for that lock and then find the product sold out, never count the stock beside it.
     */
    @Test
    void anAdminOrderWithoutGoingOverTheStockWaitsForACheckoutSellingTheLastUnitAndIsRefused() throws Exception {
        ProductView product = fixtures.productWithStock(1, ServerFixtures.monthly("4"));
        AccountView buyer = fixtures.customer("10");
        AccountView other = fixtures.customer("10");
        Checkout checkout = context.getBean(Checkout.class);
        LocalDate today = clock.instant().atOffset(ZoneOffset.UTC).toLocalDate();
        AdminOrder unticked = new AdminOrder(other.id(), product.id(), product.prices().get(0).id(), null, "Staff's", null,
                false, today.plusDays(5).atStartOfDay().toInstant(ZoneOffset.UTC), false, UUID.randomUUID().toString(), false);
        CountDownLatch customerHoldsTheLock = new CountDownLatch(1);
        CountDownLatch adminWaitsOrFinished = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            Future<Long> bought = threads.submit(() -> context.getBean(TransactionTemplate.class).execute(status -> {
                long id = checkout.purchase(buyer.id(), fixtures.order(product, "The last one"));
                customerHoldsTheLock.countDown();
                await(adminWaitsOrFinished);
                return id;
            }));
            await(customerHoldsTheLock);
            Future<Checkout.Placed> byAdmin = threads.submit(() -> checkout.orderForCustomer(admin.id(), unticked));
            while (!byAdmin.isDone() && !aSessionWaitsForALock()) {
                Thread.onSpinWait();
            }
            adminWaitsOrFinished.countDown();
            assertThat(bought.get(60, TimeUnit.SECONDS)).isPositive();
            assertThatThrownBy(() -> byAdmin.get(60, TimeUnit.SECONDS)).cause().isInstanceOf(Refusal.class)
                    .hasMessage("admin.createServer.outOfStock");
        } finally {
            adminWaitsOrFinished.countDown();
            threads.shutdownNow();
        }
        assertThat(servers.findByOwnerIdOrderByIdDesc(other.id())).as("the admin went over the stock").isEmpty();
        assertThat(servers.findByOwnerIdOrderByIdDesc(buyer.id())).hasSize(1);
        long live = servers.findByOwnerIdOrderByIdDesc(buyer.id()).get(0).id();
        fixtures.workUntil(() -> fixtures.state(live) == ServerState.ACTIVE, "the last server to become ACTIVE");
    }

    /** H2 shows a session that waits for another's row lock with the blocker's id. */
    private boolean aSessionWaitsForALock() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM INFORMATION_SCHEMA.SESSIONS WHERE BLOCKER_ID IS NOT NULL",
                Integer.class) > 0;
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(60, TimeUnit.SECONDS)).as("the other side of the race to arrive").isTrue();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(interrupted);
        }
    }

    @Test
    void chargedOnlyWhenTheAdminChoseSoAndFreeOtherwiseEachProvisionedOnce() {
        ProductView product = fixtures.product("1", ServerFixtures.monthly("4"));
        AccountView customer = fixtures.customer("10");
        WebSession web = fixtures.signedIn(admin);
        LocalDate today = clock.instant().atOffset(ZoneOffset.UTC).toLocalDate();

        Map<String, String> charged = form(web, customer, product, "wallet", today.plusDays(10));
        long paid = serverIdOf(web.post("/admin/servers/new", charged));
        assertThat(serverIdOf(web.post("/admin/servers/new", charged))).as("the same form twice is one server").isEqualTo(paid);
        assertThat(wallets.balance(customer.id()).amount()).as("one period and the setup fee").isEqualByComparingTo("5");
        assertThat(jdbc.queryForMap("SELECT amount, actor_id, note FROM wallet_entry WHERE user_id = ? AND reason = 'PURCHASE'",
                customer.id())).satisfies(entry -> {
                    assertThat((java.math.BigDecimal) entry.get("AMOUNT")).isEqualByComparingTo("-5");
                    assertThat(((Number) entry.get("ACTOR_ID")).longValue()).isEqualTo(admin.id());
                    assertThat((String) entry.get("NOTE")).contains("by an administrator");
                });

        long free = serverIdOf(web.post("/admin/servers/new", form(web, customer, product, "free", today.plusDays(3))));
        assertThat(wallets.balance(customer.id()).amount()).as("a free server costs the customer nothing").isEqualByComparingTo("5");
        assertThat(jdbc.queryForObject("SELECT total FROM server_order WHERE server_id = ?", java.math.BigDecimal.class, free))
                .isEqualByComparingTo("0");

        fixtures.workUntil(() -> fixtures.state(paid) == ServerState.ACTIVE && fixtures.state(free) == ServerState.ACTIVE,
                "both servers to become ACTIVE");
        assertThat(servers.findById(paid).orElseThrow().expiresAt())
                .isEqualTo(today.plusDays(11).atStartOfDay().toInstant(ZoneOffset.UTC));
        assertThat(servers.findById(free).orElseThrow().expiresAt())
                .isEqualTo(today.plusDays(4).atStartOfDay().toInstant(ZoneOffset.UTC));
        assertThat(pterodactylServersOf(paid)).isEqualTo(1);
        assertThat(pterodactylServersOf(free)).isEqualTo(1);
        assertThat(servers.findById(paid).orElseThrow().ownerId()).isEqualTo(customer.id());
        assertThat(jdbc.queryForList("SELECT details FROM audit_log WHERE action = 'admin_created_server' AND actor_id = ?",
                String.class, admin.id())).hasSize(2).anyMatch(details -> details.contains("charged to the customer's wallet"))
                .anyMatch(details -> details.endsWith("free") || details.contains(", free,"));
    }

    @Test
    void badInputNamesItsFieldAndCreatesNothing() {
        ProductView product = fixtures.product("0", ServerFixtures.monthly("4"));
        AccountView customer = fixtures.customer("10");
        WebSession web = fixtures.signedIn(admin);
        LocalDate today = clock.instant().atOffset(ZoneOffset.UTC).toLocalDate();
        int serversBefore = jdbc.queryForObject("SELECT COUNT(*) FROM game_server", Integer.class);
        int ordersBefore = jdbc.queryForObject("SELECT COUNT(*) FROM server_order", Integer.class);

        Map<String, String> unknownAccount = form(web, customer, product, "wallet", today.plusDays(5));
        unknownAccount.put("account", "nobody-" + UUID.randomUUID() + "@example.test");
        Map<String, String> unknownProduct = form(web, customer, product, "wallet", today.plusDays(5));
        unknownProduct.put("productId", "987654321");
        Map<String, String> unknownPrice = form(web, customer, product, "wallet", today.plusDays(5));
        unknownPrice.put("priceId", "987654321");
        Map<String, String> past = form(web, customer, product, "wallet", today.minusDays(1));
        Map<String, String> noChoice = form(web, customer, product, null, today.plusDays(5));
        Map<String, String> tooPoor = form(web, fixtures.customer("1"), product, "wallet", today.plusDays(5));

        for (Map.Entry<Map<String, String>, String> bad : Map.of(unknownAccount, "account", unknownProduct, "productId",
                unknownPrice, "priceId", past, "paidUntil", noChoice, "payment", tooPoor, "payment").entrySet()) {
            WebSession.Page answer = web.post("/admin/servers/new", bad.getKey());
            assertThat(answer.status()).as(bad.getValue()).isEqualTo(422);
            assertThat(answer.body()).as(bad.getValue()).contains("data-field=\"" + bad.getValue() + "\"");
        }
        WebSession.Page page = web.post("/admin/servers/new", past);
        assertThat(page.body()).contains("Paid until: choose a date from today on.");
        assertThat(web.post("/admin/servers/new", unknownAccount).body())
                .contains("Customer: there is no account with this e-mail address or number.");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM game_server", Integer.class)).isEqualTo(serversBefore);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM server_order", Integer.class)).isEqualTo(ordersBefore);
        assertThat(wallets.balance(customer.id()).amount()).isEqualByComparingTo("10");
    }

    @Test
    void customersCannotCreateServersForOthers() {
        AccountView customer = fixtures.customer("10");
        WebSession web = fixtures.signedIn(customer);
        assertThat(web.get("/admin/servers/new").status()).isIn(302, 403);
    }
}
