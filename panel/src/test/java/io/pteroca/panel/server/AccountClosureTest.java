package io.pteroca.panel.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.pteroca.panel.account.AccountView;
import io.pteroca.panel.account.Accounts;
import io.pteroca.panel.account.Role;
import io.pteroca.panel.catalog.ProductView;
import io.pteroca.panel.pterodactyl.PterodactylAccounts;
import io.pteroca.panel.shared.work.DurableWork;
import io.pteroca.panel.shared.work.DurableWorkRunner;
import io.pteroca.panel.support.BackgroundWork;
import io.pteroca.panel.support.IntegrationTest;
import io.pteroca.panel.support.TestPterodactyl;
import io.pteroca.panel.support.WebSession;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** An admin deletes a customer who has servers: refused by default, or servers, then the Pterodactyl user, go. */
class AccountClosureTest extends IntegrationTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    Accounts accounts;
    @Autowired
    GameServerRepository servers;
    @Autowired
    PterodactylAccounts pterodactylAccounts;

    private ServerFixtures fixtures;

    @BeforeEach
    void fixtures() {
        fixtures = new ServerFixtures(context);
    }

    @Test
    void aCustomerWithServersStaysUnlessTheAdminChoosesToDeleteThemAndThenNothingIsLeftInPterodactyl() {
        ProductView product = fixtures.product("0", ServerFixtures.monthly("2"));
        AccountView customer = fixtures.customer("10");
        long first = fixtures.activeServer(customer, product, "First " + UUID.randomUUID().toString().substring(0, 4));
        long second = fixtures.activeServer(customer, product, "Second " + UUID.randomUUID().toString().substring(0, 4));
        long firstInPterodactyl = servers.findById(first).orElseThrow().pterodactylServerId();
        long secondInPterodactyl = servers.findById(second).orElseThrow().pterodactylServerId();
        int user = pterodactylAccounts.userOf(customer.id()).orElseThrow();
        WebSession admin = admin();
        String page = "/admin/users/" + customer.id();
        assertThat(admin.get(page).body()).contains("id=\"user-servers\"").contains("#" + user).contains("servers-refuse");

        WebSession.Page refused = admin.post(page + "/delete", Map.of());
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.body()).contains("This customer still has 2 servers.");
        assertThat(admin.post(page + "/delete", Map.of("servers", "WHENEVER")).status()).isEqualTo(400);
        BackgroundWork.awaitIdle();
        assertThat(accounts.find(customer.id()).orElseThrow().deleted()).isFalse();
        assertThat(fixtures.state(first)).isEqualTo(ServerState.ACTIVE);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM account_closure WHERE user_id = ?", Long.class, customer.id())).isZero();

        WebSession.Page removed = admin.post(page + "/delete", Map.of("servers", "REMOVE"));
        assertThat(removed.status()).isEqualTo(302);
        assertThat(accounts.find(customer.id()).orElseThrow().deleted()).isTrue();
        fixtures.workUntil(() -> "DONE".equals(closure(customer.id())), "the closed account's servers and user to go");

        assertThat(fixtures.state(first)).isEqualTo(ServerState.DELETED);
        assertThat(fixtures.state(second)).isEqualTo(ServerState.DELETED);
        synchronized (TestPterodactyl.emulator().state()) {
            assertThat(TestPterodactyl.emulator().state().servers).doesNotContainKeys(firstInPterodactyl, secondInPterodactyl);
            assertThat(TestPterodactyl.emulator().state().users).doesNotContainKey((long) user);
        }
        assertThat(pterodactylAccounts.userOf(customer.id())).isEmpty();
        assertThat(jdbc.queryForList("SELECT action FROM audit_log WHERE subject_id = ? ORDER BY id", String.class, customer.id()))
                .contains("admin_deleted_user");
        assertThat(admin.get(page).body()).contains("id=\"closure-status\"").contains("are gone");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM wallet_entry WHERE user_id = ? AND reference_type = 'server-unused-time'", Long.class,
                customer.id())).as("no refund unless the setting says so").isZero();
        fixtures.assertMoneyAndServersConsistent();
    }

    @Test
    void aClosureCutShortByACrashIsFinishedByTheNextSweeps() {
        ProductView product = fixtures.product("0", ServerFixtures.monthly("2"));
        AccountView customer = fixtures.customer("10");
        long server = fixtures.activeServer(customer, product, "Crash " + UUID.randomUUID().toString().substring(0, 4));
        long inPterodactyl = servers.findById(server).orElseThrow().pterodactylServerId();
        int user = pterodactylAccounts.userOf(customer.id()).orElseThrow();
        WebSession admin = admin();
        admin.get("/admin/users/" + customer.id());

        BackgroundWork.lostWhile(() -> admin.post("/admin/users/" + customer.id() + "/delete", Map.of("servers", "REMOVE")));
        assertThat(fixtures.state(server)).isEqualTo(ServerState.DELETING);
        assertThat(closure(customer.id())).isEqualTo("PENDING");
        synchronized (TestPterodactyl.emulator().state()) {
            assertThat(TestPterodactyl.emulator().state().users).containsKey((long) user);
        }

        new ServerWorkTestAccess(context).runDue();
        BackgroundWork.awaitIdle();
        context.getBean(DurableWorkRunner.class).sweep(closureWork());
        BackgroundWork.awaitIdle();

        assertThat(closure(customer.id())).isEqualTo("DONE");
        synchronized (TestPterodactyl.emulator().state()) {
            assertThat(TestPterodactyl.emulator().state().servers).doesNotContainKey(inPterodactyl);
            assertThat(TestPterodactyl.emulator().state().users).doesNotContainKey((long) user);
        }
    }

    @Test
    void withTheRefundSettingTheUnusedPaidTimeGoesBackToTheWalletProRata() {
        settings.set(settings.definition("server.refund_unused_on_account_close").orElseThrow(), "true");
        try {
            ProductView product = fixtures.product("0", ServerFixtures.monthly("3"));
            AccountView customer = fixtures.customer("10");
            long server = fixtures.activeServer(customer, product, "Refunded " + UUID.randomUUID().toString().substring(0, 4));
            java.time.Instant paidAt = clock.instant();
            clock.advance(java.time.Duration.ofDays(10));
            java.time.Instant expiresAt = servers.findById(server).orElseThrow().expiresAt();
            java.math.BigDecimal expected = new java.math.BigDecimal("3").multiply(java.math.BigDecimal.valueOf(
                    java.time.Duration.between(clock.instant(), expiresAt).toSeconds())).divide(java.math.BigDecimal.valueOf(
                    java.time.Duration.between(paidAt, expiresAt).toSeconds()), 4, java.math.RoundingMode.HALF_EVEN);

            WebSession admin = admin();
            admin.get("/admin/users/" + customer.id());
            admin.post("/admin/users/" + customer.id() + "/delete", Map.of("servers", "REMOVE"));
            fixtures.workUntil(() -> "DONE".equals(closure(customer.id())), "the closure to finish");

            assertThat(jdbc.queryForObject("SELECT amount FROM wallet_entry WHERE user_id = ? AND reference_type = 'server-unused-time'",
                    java.math.BigDecimal.class, customer.id())).isEqualByComparingTo(expected);
            fixtures.assertMoneyAndServersConsistent();
        } finally {
            settings.set(settings.definition("server.refund_unused_on_account_close").orElseThrow(), "false");
        }
    }

    private DurableWork closureWork() {
        return context.getBeansOfType(DurableWork.class).values().stream()
                .filter(kind -> kind.name().equals("account-closure")).findFirst().orElseThrow();
    }

    private String closure(long accountId) {
        return jdbc.queryForList("SELECT status FROM account_closure WHERE user_id = ?", String.class, accountId).stream()
                .findFirst().orElse(null);
    }

    private WebSession admin() {
        AccountView admin = accounts.createVerified("closer-" + UUID.randomUUID().toString().substring(0, 6) + "@example.test",
                "Cl", "Oser", ServerFixtures.PASSWORD, Role.ADMIN, "test");
        return fixtures.signedIn(admin);
    }
}
