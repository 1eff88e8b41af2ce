package io.pteroca.panel.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pteroca.emulator.http.FaultInjector;
import io.pteroca.emulator.state.Server;
import io.pteroca.panel.account.AccountView;
import io.pteroca.panel.account.Accounts;
import io.pteroca.panel.catalog.ProductDefinition;
import io.pteroca.panel.catalog.ProductView;
import io.pteroca.panel.order.Checkout;
import io.pteroca.panel.pterodactyl.PterodactylAccounts;
import io.pteroca.panel.pterodactyl.PterodactylFailure;
import io.pteroca.panel.pterodactyl.PterodactylServers;
import io.pteroca.panel.pterodactyl.ServerLimits;
import io.pteroca.panel.support.BackgroundWork;
import io.pteroca.panel.support.StaffAccounts;
import io.pteroca.panel.support.TestMail;
import io.pteroca.panel.support.IntegrationTest;
import io.pteroca.panel.support.TestPterodactyl;
import io.pteroca.panel.support.WebSession;
import io.pteroca.panel.wallet.Wallets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.support.TransactionTemplate;

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
    @Autowired
    PterodactylServers pterodactylServers;

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
        // A server made in Pterodactyl directly (e.g. before the panel): no external id, its own limits.
        int pterodactylId = directServer(previous, null, new ServerLimits(512, 0, 2048, 500, 50, null, 0, 1, 0));

        assertThat(imports.candidates()).extracting(candidate -> candidate.server().id()).contains(pterodactylId);
        WebSession web = admin();
        String page = web.get("/admin/servers/import").body();
        assertThat(page).contains("id=\"import-table\"").contains(previous.email());
        assertThat(section(page, "server-limits-" + pterodactylId))
                .contains("512 MB RAM · 2048 MB disk · 50 % CPU · databases: 0 · backups: 0 · ports: 1");
        assertThat(page).contains(product.definition().name() + " — 256 MB RAM · 1024 MB disk · 100 % CPU · databases: 1 · backups: 1 · ports: 0");

        WebSession.Page noChoice = web.post("/admin/servers/import", importFields(pterodactylId, owner, product, ""));
        assertThat(noChoice.location()).endsWith("/admin/servers/import");
        assertThat(web.get("/admin/servers/import").body()).contains("Choose whether the product&#39;s limits or the server&#39;s own apply.");

        WebSession.Page imported = web.post("/admin/servers/import", importFields(pterodactylId, owner, product, "server"));
        assertThat(imported.location()).matches(".*/admin/servers/\\d+");
        long id = Long.parseLong(imported.location().replaceAll(".*/(\\d+)$", "$1"));
        GameServer server = servers.findById(id).orElseThrow();
        assertThat(server.state()).isEqualTo(ServerState.ACTIVE);
        assertThat(server.ownerId()).isEqualTo(owner.id());
        Server there = fixtures.inPterodactyl(id);
        assertThat(there.ownerId).as("moved to the new owner's Pterodactyl user")
                .isEqualTo(pterodactyl.userOf(owner.id()).orElseThrow().longValue());
        assertThat(there.externalId).as("marked as this panel's server").isEqualTo(pterodactylServers.externalId(id));
        assertThat(there.memory).as("Pterodactyl keeps its own limits").isEqualTo(512);
        ProductDefinition plan = server.plan().product();
        assertThat(plan.resources().memory()).as("the plan is what Pterodactyl enforces").isEqualTo(512);
        assertThat(plan.resources().disk()).isEqualTo(2048);
        assertThat(plan.resources().cpu()).isEqualTo(50);
        assertThat(plan.featureLimits()).isEqualTo(new ProductDefinition.FeatureLimits(0, 0, 1,
                product.definition().featureLimits().schedules()));
        WebSession ownerWeb = fixtures.signedIn(owner);
        assertThat(ownerWeb.get("/servers/" + id + "/backups").body()).as("the customer is offered what Pterodactyl allows")
                .contains("0 of 0 backups");
        assertThat(ownerWeb.get("/servers/" + id + "/network").body()).contains("1 of 1 ports");
        assertThat(wallets.balance(owner.id()).amount()).isEqualByComparingTo("0");
        assertThat(imports.candidates()).extracting(candidate -> candidate.server().id()).doesNotContain(pterodactylId);
        assertThatThrownBy(() -> imports.importServer(pterodactylId, owner.email(), product.id(),
                clock.instant().plus(Duration.ofDays(1)), ServerImport.Limits.SERVER, false, null)).hasMessage("import.managed");
        assertThat(web.post("/admin/servers/import", Map.of("server", "x", "owner", "", "product", "", "paidUntil", "soon"))
                .status()).isEqualTo(302);
        fixtures.assertMoneyAndServersConsistent();
    }

    @Test
    void importingWithTheProductsLimitsWritesThemToPterodactylFirst() {
        ProductView product = fixtures.product("0", ServerFixtures.monthly("2"));
        AccountView owner = fixtures.customer("0");
        int pterodactylId = directServer(owner, null, new ServerLimits(2048, 0, 8192, 500, 200, null, 3, 4, 5));

        WebSession web = admin();
        web.get("/admin/servers/import");
        WebSession.Page imported = web.post("/admin/servers/import", importFields(pterodactylId, owner, product, "product"));
        long id = Long.parseLong(imported.location().replaceAll(".*/(\\d+)$", "$1"));
        Server there = fixtures.inPterodactyl(id);
        assertThat(there.memory).isEqualTo(256);
        assertThat(there.disk).isEqualTo(1024);
        assertThat(there.cpu).isEqualTo(100);
        assertThat(there.databaseLimit).isEqualTo(1);
        assertThat(there.backupLimit).isEqualTo(1);
        assertThat(there.allocationLimit).isZero();
        assertThat(there.externalId).isEqualTo(pterodactylServers.externalId(id));
        assertThat(servers.findById(id).orElseThrow().plan().product().resources())
                .isEqualTo(product.definition().resources());
        fixtures.assertMoneyAndServersConsistent();
    }

    @Test
    void aServerOfAnotherInstallationIsImportedOnlyWithAnExplicitTakeOver() {
        ProductView product = fixtures.product("0", ServerFixtures.monthly("2"));
        AccountView owner = fixtures.customer("0");
        String theirs = "pteroca-deadbeef-server-9";
        int pterodactylId = directServer(owner, theirs, new ServerLimits(512, 0, 2048, 500, 50, null, 0, 1, 0));

        WebSession web = admin();
        String page = web.get("/admin/servers/import").body();
        assertThat(section(page, "managed-elsewhere-" + pterodactylId)).contains("Managed by another PteroCA installation (" + theirs + ")");
        assertThat(page).contains("id=\"import-" + pterodactylId + "-take-over\"");

        WebSession.Page refused = web.post("/admin/servers/import", importFields(pterodactylId, owner, product, "server"));
        assertThat(refused.location()).endsWith("/admin/servers/import");
        assertThat(web.get("/admin/servers/import").body()).contains("Another system manages this server (external id " + theirs + ")");
        assertThat(servers.livePterodactylIds()).doesNotContain(pterodactylId);
        Server there;
        synchronized (TestPterodactyl.emulator().state()) {
            there = TestPterodactyl.emulator().state().servers.get((long) pterodactylId);
        }
        assertThat(there.externalId).as("left to the installation that manages it").isEqualTo(theirs);

        Map<String, String> takeOver = new java.util.HashMap<>(importFields(pterodactylId, owner, product, "server"));
        takeOver.put("takeOver", "true");
        WebSession.Page imported = web.post("/admin/servers/import", takeOver);
        long id = Long.parseLong(imported.location().replaceAll(".*/(\\d+)$", "$1"));
        assertThat(fixtures.inPterodactyl(id).externalId).isEqualTo(pterodactylServers.externalId(id));
        assertThat(jdbc().queryForObject("SELECT COUNT(*) FROM audit_log WHERE action = 'admin_took_over_server' AND details LIKE ?",
                Integer.class, "%" + theirs + "%now server " + id)).as("the take-over in the audit log").isEqualTo(1);
        fixtures.assertMoneyAndServersConsistent();
    }

    @Test
    void theImportCommandListsLimitsAndKeepsTheSameRules() {
        ProductView product = fixtures.product("0", ServerFixtures.monthly("2"));
        AccountView owner = fixtures.customer("0");
        String theirs = "billing-system-42";
        int pterodactylId = directServer(owner, theirs, new ServerLimits(768, 0, 3000, 500, 75, null, 2, 2, 2));

        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
        assertThat(ServerCommandLine.execute(context, Map.of("list", "true"), new java.io.PrintStream(out), new java.io.PrintStream(err)))
                .isZero();
        assertThat(out.toString()).containsPattern(pterodactylId + "\t.*limits: 768 MB RAM, 3000 MB disk, 75 % CPU, 2 databases, "
                + "2 backups, 2 ports\tMANAGED ELSEWHERE: " + theirs);

        Map<String, String> options = new java.util.HashMap<>(Map.of("server", String.valueOf(pterodactylId), "owner", owner.email(),
                "product", String.valueOf(product.id()), "paid-until", LocalDate.now().plusDays(30).toString()));
        assertThat(ServerCommandLine.execute(context, options, new java.io.PrintStream(out), new java.io.PrintStream(err)))
                .as("no --limits").isEqualTo(2);
        options.put("limits", "server");
        err.reset();
        assertThat(ServerCommandLine.execute(context, options, new java.io.PrintStream(out), new java.io.PrintStream(err)))
                .isEqualTo(1);
        assertThat(err.toString()).contains("another system manages this server (external id " + theirs + ")");
        options.put("take-over", "true");
        out.reset();
        assertThat(ServerCommandLine.execute(context, options, new java.io.PrintStream(out), new java.io.PrintStream(err)))
                .isZero();
        long id = Long.parseLong(out.toString().replaceAll("(?s).*Imported as server (\\d+)\\..*", "$1"));
        assertThat(fixtures.inPterodactyl(id).externalId).isEqualTo(pterodactylServers.externalId(id));
        assertThat(servers.findById(id).orElseThrow().plan().product().resources().memory()).isEqualTo(768);
        fixtures.assertMoneyAndServersConsistent();
    }

    private int directServer(AccountView customer, String externalId, ServerLimits limits) {
        return fixtures.directServer(customer, "Direct " + UUID.randomUUID().toString().substring(0, 4), externalId, limits);
    }

    private Map<String, String> importFields(int pterodactylId, AccountView owner, ProductView product, String limits) {
        return Map.of("server", String.valueOf(pterodactylId), "owner", owner.email(), "product", String.valueOf(product.id()),
                "paidUntil", LocalDate.now().plusDays(10).toString(), "limits", limits);
    }

    private WebSession admin() {
        AccountView admin = context.getBean(io.pteroca.panel.account.Accounts.class).createVerified(
                "importer-" + UUID.randomUUID().toString().substring(0, 6) + "@example.test", "Im", "Porter", ServerFixtures.PASSWORD,
                io.pteroca.panel.account.Role.ADMIN, "test");
        return fixtures.signedIn(admin);
    }

    private org.springframework.jdbc.core.JdbcTemplate jdbc() {
        return context.getBean(org.springframework.jdbc.core.JdbcTemplate.class);
    }

    /** The element with this id and what follows it up to its line's end, to check what one candidate shows. */
    private static String section(String page, String id) {
        int at = page.indexOf("id=\"" + id + "\"");
        assertThat(at).as("element " + id).isNotNegative();
        return page.substring(at, page.indexOf('\n', page.indexOf('\n', at) + 1));
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
    void reconciliationReadsEveryPageAndCallsNothingGoneWhenTheListingFails() {
        ProductView product = fixtures.product("0", ServerFixtures.monthly("2"));
        AccountView customer = fixtures.customer("10");
        List<Long> fillers = new ArrayList<>();
        synchronized (TestPterodactyl.emulator().state()) {
            for (int i = 0; i < 250; i++) {
                fillers.add(ServerFixtures.madeInPterodactyl(TestPterodactyl.emulator().state(), "filler-" + i, 1).id);
            }
        }
        try {
            // Made after the fillers, so it is on Pterodactyl's third page.
            long id = activeServer(customer, product);
            reconciliation.reconcile();
            assertThat(servers.findById(id).orElseThrow().drift()).as("found on a later page").isNull();

            Server running = fixtures.inPterodactyl(id);
            synchronized (TestPterodactyl.emulator().state()) {
                TestPterodactyl.emulator().state().servers.remove(running.id);
            }
            TestPterodactyl.emulator().faults().add(new FaultInjector.Fault("GET", "/api/application/servers", 500, 0, false, -1));
            try {
                assertThatThrownBy(reconciliation::reconcile).isInstanceOf(PterodactylFailure.class);
            } finally {
                TestPterodactyl.emulator().faults().clear();
            }
            assertThat(servers.findById(id).orElseThrow().drift()).as("an incomplete listing proves nothing").isNull();
            reconciliation.reconcile();
            assertThat(servers.findById(id).orElseThrow().drift()).isEqualTo(Reconciliation.GONE);
            administration.detach(id, 0);
        } finally {
            synchronized (TestPterodactyl.emulator().state()) {
                fillers.forEach(TestPterodactyl.emulator().state().servers::remove);
            }
        }
    }

    @Test
    void anAlertAboutAServerGoesToStaffWhoActOnServersAndNotToAnAccountant() {
        ProductView product = fixtures.product("0", ServerFixtures.monthly("2"));
        // Not named "Managed …": the reconciliation test counts the alerts about those.
        long id = fixtures.activeServer(fixtures.customer("10"), product, "Alerted " + UUID.randomUUID().toString().substring(0, 4));
        Accounts accounts = context.getBean(Accounts.class);
        AccountView support = StaffAccounts.withBuiltInRole(accounts, jdbc, "SUPPORT");
        AccountView accountant = StaffAccounts.withBuiltInRole(accounts, jdbc, "ACCOUNTANT");
        context.getBean(TransactionTemplate.class).executeWithoutResult(status ->
                context.getBean(ServerMails.class).toAdmins(id, "checked by hand"));
        BackgroundWork.awaitIdle();
        assertThat(TestMail.to(support.email())).as("Support may change servers").hasSize(1);
        assertThat(TestMail.to(accountant.email())).as("an accountant may not").isEmpty();
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
