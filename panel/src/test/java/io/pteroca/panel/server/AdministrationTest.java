package io.pteroca.panel.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pteroca.emulator.state.Server;
import io.pteroca.panel.account.AccountView;
import io.pteroca.panel.catalog.ProductDefinition;
import io.pteroca.panel.catalog.ProductView;
import io.pteroca.panel.order.Checkout;
import io.pteroca.panel.pterodactyl.PterodactylAccounts;
import io.pteroca.panel.pterodactyl.PterodactylServers;
import io.pteroca.panel.support.BackgroundWork;
import io.pteroca.panel.support.IntegrationTest;
import io.pteroca.panel.support.TestPterodactyl;
import io.pteroca.panel.support.WebSession;
import io.pteroca.panel.wallet.Wallets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** Import, reconciliation, owner and limit changes, detaching: Pterodactyl and our records stay in step. */
class AdministrationTest extends IntegrationTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    Checkout checkout;
    @Autowired
    ServerImport imports;
    @Autowired
    Reconciliation reconciliation;
    @Autowired
    ServerAdministration administration;
    @Autowired
    GameServerRepository servers;
    @Autowired
    PterodactylAccounts pterodactyl;
    @Autowired
    Wallets wallets;

    private ServerFixtures fixtures;

    @BeforeEach
    void fixtures() {
        fixtures = new ServerFixtures(context);
    }

    private long activeServer(AccountView customer, ProductView product) {
        return fixtures.activeServer(customer, product, "Managed " + UUID.randomUUID().toString().substring(0, 4));
    }


    @Test
    void anExistingPterodactylServerIsImportedForAnOwnerAndAProductWithoutCharging() {
        ProductView product = fixtures.product("0", ServerFixtures.monthly("2"));
        AccountView previous = fixtures.customer("2");
        AccountView owner = fixtures.customer("0");
        // A server made in Pterodactyl directly (e.g. before the panel): no external id of ours.
        long foreignId = activeServer(previous, product);
        int pterodactylId = servers.findById(foreignId).orElseThrow().pterodactylServerId();
        context.getBean(org.springframework.jdbc.core.JdbcTemplate.class).update(
                "UPDATE game_server SET state = 'DETACHED', pterodactyl_server_id = NULL WHERE id = ?", foreignId);

        assertThat(imports.candidates()).extracting(PterodactylServers.ServerInfo::id).contains(pterodactylId);
        AccountView admin = context.getBean(io.pteroca.panel.account.Accounts.class).createVerified(
                "importer-" + UUID.randomUUID().toString().substring(0, 6) + "@example.test", "Im", "Porter", ServerFixtures.PASSWORD,
                io.pteroca.panel.account.Role.ADMIN, "test");
        WebSession web = browser();
        web.signIn(admin.email(), ServerFixtures.PASSWORD);
        assertThat(web.get("/admin/servers/import").body()).contains("id=\"import-table\"").contains(previous.email());
        WebSession.Page imported = web.post("/admin/servers/import", Map.of("server", String.valueOf(pterodactylId),
                "owner", owner.email(), "product", String.valueOf(product.id()), "paidUntil", LocalDate.now().plusDays(10).toString()));
        assertThat(imported.location()).matches(".*/admin/servers/\\d+");
        long id = Long.parseLong(imported.location().replaceAll(".*/(\\d+)$", "$1"));
        GameServer server = servers.findById(id).orElseThrow();
        assertThat(server.state()).isEqualTo(ServerState.ACTIVE);
        assertThat(server.ownerId()).isEqualTo(owner.id());
        assertThat(fixtures.inPterodactyl(id).ownerId).as("moved to the new owner's Pterodactyl user")
                .isEqualTo(pterodactyl.userOf(owner.id()).orElseThrow().longValue());
        assertThat(wallets.balance(owner.id()).amount()).isEqualByComparingTo("0");
        assertThat(imports.candidates()).extracting(PterodactylServers.ServerInfo::id).doesNotContain(pterodactylId);
        assertThatThrownBy(() -> imports.importServer(pterodactylId, owner.email(), product.id(),
                clock.instant().plus(Duration.ofDays(1)), null)).hasMessage("import.managed");
        assertThat(web.post("/admin/servers/import", Map.of("server", "x", "owner", "", "product", "", "paidUntil", "soon"))
                .status()).isEqualTo(302);
    }

    @Test
    void reconciliationRepairsSuspensionAndFlagsWhatOnlyAnAdminCanDecide() {
        ProductView product = fixtures.product("0", ServerFixtures.monthly("2"));
        AccountView customer = fixtures.customer("10");
        long id = activeServer(customer, product);
        Server running = fixtures.inPterodactyl(id);
        synchronized (TestPterodactyl.emulator().state()) {
            running.status = Server.SUSPENDED;
        }
        assertThat(reconciliation.reconcile()).isZero();
        assertThat(servers.findById(id).orElseThrow().suspendedInPanel()).isTrue();
        context.getBean(ServerWork.class).runDue();
        BackgroundWork.awaitIdle();
        assertThat(fixtures.inPterodactyl(id).suspended()).as("the sync unsuspended the paid server").isFalse();

        long otherUser;
        synchronized (TestPterodactyl.emulator().state()) {
            otherUser = TestPterodactyl.emulator().state().createUser("someone-" + UUID.randomUUID() + "@example.test",
                    "someone" + UUID.randomUUID().toString().substring(0, 6), "Some", "One", "password", false).id;
            running.ownerId = otherUser;
        }
        assertThat(reconciliation.reconcile()).isPositive();
        assertThat(servers.findById(id).orElseThrow().drift()).startsWith("owned by Pterodactyl user " + otherUser);
        reconciliation.reconcile();
        assertThat(io.pteroca.panel.support.TestMail.server().getReceivedMessages()).filteredOn(message -> {
            try {
                return message.getSubject().startsWith("Needs attention") && message.getSubject().contains("Managed");
            } catch (jakarta.mail.MessagingException e) {
                return false;
            }
        }).as("admins are told once per finding").hasSizeLessThanOrEqualTo(
                context.getBean(io.pteroca.panel.account.Accounts.class).activeAdmins().size());

        administration.changeOwner(id, customer.email(), 0);
        assertThat(fixtures.inPterodactyl(id).ownerId).isEqualTo(pterodactyl.userOf(customer.id()).orElseThrow().longValue());
        reconciliation.reconcile();
        assertThat(servers.findById(id).orElseThrow().drift()).as("cleared once Pterodactyl agrees").isNull();

        synchronized (TestPterodactyl.emulator().state()) {
            TestPterodactyl.emulator().state().servers.remove(running.id);
        }
        reconciliation.reconcile();
        assertThat(servers.findById(id).orElseThrow().drift()).isEqualTo("gone from Pterodactyl");
        administration.detach(id, 0);
        assertThat(fixtures.state(id)).isEqualTo(ServerState.DETACHED);
        fixtures.assertMoneyAndServersConsistent();
    }

    @Test
    void limitsChangeInPterodactylAndThePlanAndARunningServerIsNeverDetached() {
        ProductView product = fixtures.product("0", ServerFixtures.monthly("2"));
        AccountView customer = fixtures.customer("10");
        long id = activeServer(customer, product);
        administration.changeBuild(id, new ProductDefinition.Resources(512, 0, 3072, 500, 150, null),
                new ProductDefinition.FeatureLimits(2, 3, 1, 4), 0);
        Server changed = fixtures.inPterodactyl(id);
        assertThat(changed.memory).isEqualTo(512);
        assertThat(changed.disk).isEqualTo(3072);
        assertThat(changed.backupLimit).isEqualTo(3);
        assertThat(servers.findById(id).orElseThrow().plan().product().resources().memory()).isEqualTo(512);
        assertThatThrownBy(() -> administration.changeBuild(id, new ProductDefinition.Resources(1, 0, 3072, 500, 150, null),
                new ProductDefinition.FeatureLimits(2, 3, 1, 4), 0)).hasMessage("admin.server.badBuild");
        assertThatThrownBy(() -> administration.detach(id, 0)).hasMessage("admin.server.detachRunning");
        assertThat(fixtures.state(id)).isEqualTo(ServerState.ACTIVE);
    }
}
