package io.pteroca.panel.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.pteroca.emulator.http.FaultInjector;
import io.pteroca.panel.account.AccountView;
import io.pteroca.panel.account.Accounts;
import io.pteroca.panel.catalog.ProductView;
import io.pteroca.panel.order.Checkout;
import io.pteroca.panel.pterodactyl.PterodactylServers;
import io.pteroca.panel.shared.work.DurableWork;
import io.pteroca.panel.shared.work.DurableWorkRunner;
import io.pteroca.panel.support.BackgroundWork;
import io.pteroca.panel.support.IntegrationTest;
import io.pteroca.panel.support.TestMail;
import io.pteroca.panel.support.TestMoney;
import io.pteroca.panel.support.TestPterodactyl;
import io.pteroca.panel.wallet.WalletReason;
import io.pteroca.panel.wallet.WalletReference;
import io.pteroca.panel.wallet.Wallets;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * What the panel promises in a transaction (an e-mail, a Pterodactyl account, a server) is done even when the process
 * dies right after the commit, before the background attempt ran, or in the middle of that attempt.
 */
class CrashRecoveryTest extends IntegrationTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    DurableWorkRunner work;
    @Autowired
    Accounts accounts;
    @Autowired
    Checkout checkout;
    @Autowired
    Wallets wallets;
    @Autowired
    GameServerRepository servers;

    @Test
    void workLostWithTheProcessRightAfterItsCommitIsDoneByTheNextSweepExactlyOnce() {
        ServerFixtures fixtures = new ServerFixtures(context);
        ProductView product = fixtures.product("0", ServerFixtures.monthly("4"));
        String email = "crash-" + UUID.randomUUID().toString().substring(0, 8) + "@example.test";
        long[] serverId = new long[1];

        BackgroundWork.lostWhile(() -> {
            Map<String, String> form = new HashMap<>(Map.of("email", email, "firstName", "Cleo", "lastName", "Crash",
                    "password", "crash test secret", "acceptTerms", "true"));
            assertThat(browser().submit("/register", "/register", form).status()).isEqualTo(302);
        });
        AccountView customer = accounts.findByEmail(email).orElseThrow();
        assertThat(jdbc.queryForList("select status from email_log where recipient = ?", String.class, email))
                .isNotEmpty().containsOnly("PENDING");
        assertThat(jdbc.queryForObject("select status from pterodactyl_account where user_id = ?", String.class, customer.id()))
                .isEqualTo("PENDING");

        clock.advance(Duration.ofMinutes(10));
        sweepEverything();
        assertThat(jdbc.queryForObject("select status from pterodactyl_account where user_id = ?", String.class, customer.id()))
                .isEqualTo("LINKED");
        assertThat(jdbc.queryForList("select status from email_log where recipient = ?", String.class, email)).containsOnly("SENT");
        assertThat(TestMail.await(email, 1)).as("each logged message delivered once").hasSize(loggedMailsTo(email));

        wallets.credit(customer.id(), TestMoney.usd("10"), WalletReason.ADMIN_CREDIT, WalletReference.of("test", UUID.randomUUID()),
                "test money", null);
        BackgroundWork.lostWhile(() -> serverId[0] = checkout.purchase(customer.id(), fixtures.order(product, "Phoenix")));
        assertThat(fixtures.state(serverId[0])).isEqualTo(ServerState.PENDING);
        assertThat(inPterodactyl(serverId[0])).isZero();

        fixtures.workUntil(() -> fixtures.state(serverId[0]) == ServerState.ACTIVE, "the server lost after commit to become ACTIVE");
        assertThat(inPterodactyl(serverId[0])).isEqualTo(1);
        assertThat(wallets.balance(customer.id()).amount()).isEqualByComparingTo("6");
        clock.advance(Duration.ofMinutes(10));
        sweepEverything();
        assertThat(TestMail.to(email)).as("nothing sent twice").hasSize(loggedMailsTo(email));
        fixtures.assertMoneyAndServersConsistent();
    }

    @Test
    void aProvisioningAttemptKilledAfterPterodactylActedIsFinishedWithoutASecondServer() {
        ServerFixtures fixtures = new ServerFixtures(context);
        ProductView product = fixtures.product("0", ServerFixtures.monthly("3"));
        AccountView customer = fixtures.customer("10");
        // Pterodactyl creates the server, the panel never hears of it: the attempt dies between the call and its record.
        TestPterodactyl.emulator().faults().add(FaultInjector.Fault.answerLost("POST", "/api/application/servers", 1));
        long serverId = checkout.purchase(customer.id(), fixtures.order(product, "Halfway"));
        BackgroundWork.awaitIdle();
        assertThat(fixtures.state(serverId)).isNotEqualTo(ServerState.ACTIVE);

        fixtures.workUntil(() -> fixtures.state(serverId) == ServerState.ACTIVE, "the interrupted server to become ACTIVE");
        assertThat(inPterodactyl(serverId)).isEqualTo(1);
        assertThat(wallets.balance(customer.id()).amount()).isEqualByComparingTo("7");
        fixtures.assertMoneyAndServersConsistent();
    }

    /** Every kind of durable work, swept once, as the scheduler does; then the work it started ends. */
    private void sweepEverything() {
        context.getBeansOfType(DurableWork.class).values().forEach(work::sweep);
        BackgroundWork.awaitIdle();
    }

    private int loggedMailsTo(String email) {
        return jdbc.queryForObject("select count(*) from email_log where recipient = ?", Integer.class, email);
    }

    private long inPterodactyl(long serverId) {
        String externalId = context.getBean(PterodactylServers.class).externalId(serverId);
        synchronized (TestPterodactyl.emulator().state()) {
            return TestPterodactyl.emulator().state().servers.values().stream().filter(s -> externalId.equals(s.externalId)).count();
        }
    }
}
