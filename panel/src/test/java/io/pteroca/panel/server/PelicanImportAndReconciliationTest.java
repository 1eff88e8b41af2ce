package io.pteroca.panel.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.pteroca.emulator.PterodactylEmulator;
import io.pteroca.emulator.state.EmulatorSettings;
import io.pteroca.emulator.state.Server;
import io.pteroca.panel.account.AccountView;
import io.pteroca.panel.account.Accounts;
import io.pteroca.panel.account.Role;
import io.pteroca.panel.catalog.ProductDefinition;
import io.pteroca.panel.catalog.ProductView;
import io.pteroca.panel.pterodactyl.PterodactylAccounts;
import io.pteroca.panel.pterodactyl.PterodactylServers;
import io.pteroca.panel.pterodactyl.ServerLimits;
import io.pteroca.panel.support.BackgroundWork;
import io.pteroca.panel.support.IntegrationTest;
import io.pteroca.panel.support.TestPterodactyl;
import io.pteroca.panel.support.WebSession;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * Import and reconciliation on Pelican: a Pelican user (no first or last name) is linked to the account with its
 * e-mail, a server made in Pelican (an egg without a nest, a node with tags) is imported for that account, and the
 * reconciliation repairs a suspension made in Pelican and flags changed limits and a server Pelican no longer has.
 * <p>
 * The panel points at the Pelican emulator during each test; what the tests leave there is deleted or detached, so
 * no later test (on either panel) meets it. The reconciliation's comparison is run for this test's server only: the
 * servers other tests made on Pterodactyl are not in Pelican's list and would all be called gone.
 */
class PelicanImportAndReconciliationTest extends IntegrationTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    Accounts accounts;
    @Autowired
    ServerImport imports;
    @Autowired
    Reconciliation reconciliation;
    @Autowired
    ServerAdministration administration;
    @Autowired
    GameServerRepository servers;
    @Autowired
    PterodactylAccounts pterodactylAccounts;
    @Autowired
    PterodactylServers pterodactylServers;

    private PterodactylEmulator pelican;
    private ServerFixtures fixtures;

    @BeforeEach
    void onPelican() {
        pelican = TestPterodactyl.use(EmulatorSettings.Flavor.PELICAN);
        pterodactylSettings.configure(pelican.baseUrl(), pelican.applicationKey());
        fixtures = new ServerFixtures(context);
    }

    private static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private AccountView admin() {
        return accounts.createVerified(unique("pelican-importer") + "@example.test", "Im", "Porter", ServerFixtures.PASSWORD,
                Role.ADMIN, "test");
    }

    @Test
    void aPelicanUserWithoutNamesIsLinkedAndTheirServerImportedWithItsOwnLimits() {
        ProductView product = fixtures.productPlacedFor(EmulatorSettings.Flavor.PELICAN, ServerFixtures.monthly("2"));
        String email = unique("pelican-own") + "@example.test";
        long pelicanUser;
        synchronized (pelican.state()) {
            // Made in Pelican before the panel: Pelican's users have no first or last name.
            pelicanUser = pelican.state().createUser(email, unique("pelicanown"), null, null, "secret", false).id;
        }
        AccountView owner = accounts.createVerified(email, "Pia", "Pelican", ServerFixtures.PASSWORD, Role.USER, "test");
        BackgroundWork.awaitIdle();
        assertThat(jdbc.queryForObject("SELECT status FROM pterodactyl_account WHERE user_id = ?", String.class, owner.id()))
                .as("an address Pelican already knows is never linked by itself").isEqualTo("NEEDS_LINKING");

        AccountView admin = admin();
        WebSession adminWeb = fixtures.signedIn(admin);
        assertThat(adminWeb.get("/admin/pterodactyl").body()).contains(email);
        adminWeb.post("/admin/pterodactyl/links/" + owner.id() + "/link-existing", Map.of());
        assertThat(pterodactylAccounts.userOf(owner.id())).as("linked to the Pelican user").contains((int) pelicanUser);
        assertThat(jdbc.queryForObject("SELECT key_identifier FROM pterodactyl_account WHERE user_id = ?", String.class,
                owner.id())).as("with a client key from our plugin").startsWith("pacc_");

        int pelicanServer = fixtures.directServer(owner, unique("Made in Pelican"), null,
                new ServerLimits(512, 0, 2048, 500, 50, null, 0, 1, 0));
        assertThat(imports.candidates()).filteredOn(candidate -> candidate.server().id() == pelicanServer).singleElement()
                .satisfies(candidate -> assertThat(candidate.suggestedOwner()).isEqualTo(email));
        String page = adminWeb.get("/admin/servers/import").body();
        assertThat(page).contains("id=\"import-table\"").contains("512 MB RAM · 2048 MB disk · 50 % CPU");

        WebSession.Page imported = adminWeb.post("/admin/servers/import", Map.of("server", String.valueOf(pelicanServer),
                "owner", email, "product", String.valueOf(product.id()), "paidUntil", LocalDate.now().plusDays(10).toString(),
                "limits", "server"));
        assertThat(imported.location()).as("imported").matches(".*/admin/servers/\\d+");
        long id = Long.parseLong(imported.location().replaceAll(".*/(\\d+)$", "$1"));
        GameServer server = servers.findById(id).orElseThrow();
        assertThat(server.state()).isEqualTo(ServerState.ACTIVE);
        assertThat(server.plan().product().nestId()).as("Pelican has no nests").isZero();
        assertThat(server.plan().eggName()).isEqualTo("Paper");
        assertThat(server.plan().product().resources().memory()).as("the server's own limits").isEqualTo(512);
        Server there = fixtures.inPterodactyl(id);
        assertThat(there.externalId).isEqualTo(pterodactylServers.externalId(id));
        assertThat(there.ownerId).isEqualTo(pelicanUser);
        reconciliation.compare(List.of(id));
        assertThat(servers.findById(id).orElseThrow().drift()).as("Pelican agrees with the imported server").isNull();

        WebSession ownerWeb = fixtures.signedIn(owner);
        assertThat(ownerWeb.get("/servers/" + id).body()).contains(server.name())
                .doesNotContain("Managing this server from here is not available");

        administration.delete(id, admin.id());
        fixtures.workUntil(() -> fixtures.state(id) == ServerState.DELETED, "the imported server to be deleted");
        fixtures.assertMoneyAndServersConsistent();
    }

    @Test
    void reconciliationRepairsASuspensionInPelicanAndFlagsChangedLimitsAndAMissingServer() {
        ProductView product = fixtures.productPlacedFor(EmulatorSettings.Flavor.PELICAN, ServerFixtures.monthly("2"));
        AccountView customer = fixtures.customer("10");
        long id = fixtures.activeServer(customer, product, unique("Reconciled on Pelican"));
        Server there = fixtures.inPterodactyl(id);
        reconciliation.compare(List.of(id));
        assertThat(servers.findById(id).orElseThrow().drift()).as("Pelican agrees with a server just bought").isNull();

        synchronized (pelican.state()) {
            there.status = Server.SUSPENDED;
        }
        reconciliation.compare(List.of(id));
        assertThat(servers.findById(id).orElseThrow().suspendedInPanel()).isTrue();
        new ServerWorkTestAccess(context).runDue();
        BackgroundWork.awaitIdle();
        assertThat(fixtures.inPterodactyl(id).suspended()).as("the paid server unsuspended in Pelican again").isFalse();
        assertThat(servers.findById(id).orElseThrow().drift()).isNull();

        synchronized (pelican.state()) {
            there.memory = 1024;
            there.backupLimit = 4;
        }
        assertThat(reconciliation.compare(List.of(id))).isPositive();
        assertThat(servers.findById(id).orElseThrow().drift())
                .isEqualTo("limits differ from the plan: memory 1024 (plan 256), backups 4 (plan 1)");
        AccountView admin = admin();
        assertThat(fixtures.signedIn(admin).get("/admin/servers/" + id).body()).contains("id=\"admin-server-drift\"")
                .contains("memory 1024 (plan 256)");
        // The admin keeps what was set in Pelican: plan and Pelican agree, and the flag clears itself.
        administration.changeBuild(id, new ProductDefinition.Resources(1024, 0, 1024, 500, 100, null),
                new ProductDefinition.FeatureLimits(1, 4, 0, 2), admin.id());
        reconciliation.compare(List.of(id));
        assertThat(servers.findById(id).orElseThrow().drift()).isNull();

        synchronized (pelican.state()) {
            pelican.state().servers.remove(there.id);
        }
        reconciliation.compare(List.of(id));
        assertThat(servers.findById(id).orElseThrow().drift()).isEqualTo(Reconciliation.GONE);
        administration.detach(id, admin.id());
        assertThat(fixtures.state(id)).isEqualTo(ServerState.DETACHED);
        fixtures.assertMoneyAndServersConsistent();
    }
}
