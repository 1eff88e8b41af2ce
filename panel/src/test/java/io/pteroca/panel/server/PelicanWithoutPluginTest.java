package io.pteroca.panel.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.pteroca.emulator.PterodactylEmulator;
import io.pteroca.emulator.http.FaultInjector;
import io.pteroca.emulator.state.ApiKey;
import io.pteroca.emulator.state.EmulatorSettings;
import io.pteroca.panel.account.AccountView;
import io.pteroca.panel.account.Accounts;
import io.pteroca.panel.account.Role;
import io.pteroca.panel.catalog.ProductView;
import io.pteroca.panel.support.BackgroundWork;
import io.pteroca.panel.support.IntegrationTest;
import io.pteroca.panel.support.TestPterodactyl;
import io.pteroca.panel.support.WebSession;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * Pelican without our plugin cannot give customers client keys: never silently. Without the fallback the customer's
 * server page says management is unavailable and the admin sees it; with a root admin's key set as the fallback the
 * server is managed again, under a warning that Pelican's activity log names that admin; once the plugin answers, the
 * customer gets a key of their own.
 */
class PelicanWithoutPluginTest extends IntegrationTest {

    private static final String FALLBACK_KEY = "pterodactyl.pelican_admin_client_key";
    private static final String UNAVAILABLE = "Managing this server from here is not available at the moment.";

    @Autowired
    ApplicationContext context;
    @Autowired
    Accounts accounts;

    @AfterEach
    void pluginBack() {
        TestPterodactyl.use(EmulatorSettings.Flavor.PELICAN).faults().clear();
        settings.set(settings.definition(FALLBACK_KEY).orElseThrow(), "");
    }

    @Test
    void customersAreToldAndAdminsWarnedUntilTheFallbackKeyActsForThem() {
        PterodactylEmulator pelican = TestPterodactyl.use(EmulatorSettings.Flavor.PELICAN);
        pterodactylSettings.configure(pelican.baseUrl(), pelican.applicationKey());
        // The plugin's routes answer as a Pelican without it: Laravel's 404.
        pelican.faults().add(new FaultInjector.Fault(null, "/api/application/users/\\d+/api-keys.*", 404, 0, false, -1));
        pelican.faults().add(new FaultInjector.Fault(null, "/api/application/pteroca/.*", 404, 0, false, -1));
        ServerFixtures fixtures = new ServerFixtures(context);
        ProductView product = fixtures.productPlacedFor(EmulatorSettings.Flavor.PELICAN, ServerFixtures.monthly("1"));
        AccountView customer = fixtures.customer("5");
        long id = fixtures.activeServer(customer, product, "Keyless " + UUID.randomUUID().toString().substring(0, 4));

        WebSession web = fixtures.signedIn(customer);
        assertThat(web.get("/servers/" + id).body()).as("the customer is told").contains(UNAVAILABLE);
        AccountView admin = accounts.createVerified("pelican-admin-" + UUID.randomUUID().toString().substring(0, 6)
                + "@example.test", "Ada", "Admin", ServerFixtures.PASSWORD, Role.ADMIN, "test");
        WebSession adminWeb = fixtures.signedIn(admin);
        clock.advance(Duration.ofMinutes(2));
        // A view after the minute shows the last check (an earlier test's, when one ran) and checks again in the background.
        adminWeb.get("/admin");
        BackgroundWork.awaitIdle();
        assertThat(adminWeb.get("/admin").body()).as("the admin is alerted on the overview")
                .contains("id=\"overview-pelican-unavailable\"").contains("id=\"overview-dialect\"");
        assertThat(adminWeb.get("/admin/settings/pterodactyl").body()).contains("id=\"pelican-no-plugin\"")
                .contains("Pelican").doesNotContain("id=\"pelican-fallback-warning\"");

        String rootAdminKey;
        synchronized (pelican.state()) {
            rootAdminKey = pelican.state().createKey(pelican.state().users.get(1L), ApiKey.Type.CLIENT, "fallback", List.of())
                    .token();
        }
        settings.set(settings.definition(FALLBACK_KEY).orElseThrow(), rootAdminKey);
        assertThat(adminWeb.get("/admin/settings/pterodactyl").body()).contains("id=\"pelican-fallback-warning\"")
                .doesNotContain("id=\"pelican-no-plugin\"");
        clock.advance(Duration.ofMinutes(2));
        assertThat(adminWeb.get("/admin").body()).contains("id=\"overview-pelican-fallback\"");
        web.get("/servers/" + id);
        web.post("/servers/" + id + "/power", Map.of("signal", "start"));
        assertThat(web.get("/servers/" + id).body()).doesNotContain(UNAVAILABLE);
        io.pteroca.emulator.state.Server inPelican = fixtures.inPterodactyl(id);
        synchronized (pelican.state()) {
            assertThat(pelican.wings().powerState(inPelican)).as("started with the admin's key").isIn("starting", "running");
        }

        // The plugin is installed: the customer gets a key of their own at the next look, and the admin's key rests.
        pelican.faults().clear();
        clock.advance(Duration.ofMinutes(2));
        assertThat(web.get("/servers/" + id).body()).doesNotContain(UNAVAILABLE);
        assertThat(jdbc.queryForObject("SELECT key_identifier FROM pterodactyl_account WHERE user_id = ?", String.class,
                customer.id())).as("the customer's own key").startsWith("pacc_");

        // Removed while the panel still points at Pelican, so later tests on Pterodactyl never look for it there.
        context.getBean(ServerAdministration.class).delete(id, admin.id());
        fixtures.workUntil(() -> fixtures.state(id) == ServerState.DELETED, "the server to be deleted");
    }
}
