package io.pteroca.panel.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.pteroca.emulator.PterodactylEmulator;
import io.pteroca.emulator.state.EmulatorSettings;
import io.pteroca.emulator.state.Server;
import io.pteroca.panel.account.Accounts;
import io.pteroca.panel.catalog.Catalog;
import io.pteroca.panel.catalog.ProductView;
import io.pteroca.panel.shared.Money;
import io.pteroca.panel.support.Certain;
import io.pteroca.panel.support.DemoApp;
import io.pteroca.panel.support.WebSession;
import io.pteroca.panel.wallet.WalletReason;
import io.pteroca.panel.wallet.WalletReference;
import io.pteroca.panel.wallet.WalletSettings;
import io.pteroca.panel.wallet.Wallets;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * {@code ./pteroca demo --pteroca.emulator.flavor=pelican}: the same demo on an emulated Pelican Panel. Its store is
 * placed by node tag and lists Pelican's eggs with their tags (no nests, no locations), the demo customer's server runs,
 * and a visitor who buys a plan gets a server set up by the demo's own jobs and manages it. The demo profile fixes the
 * flavour at start-up, so this is a demo of its own, started for this class only and closed after it.
 */
class PelicanDemoTest {

    private static final String UNAVAILABLE = "Managing this server from here is not available at the moment.";
    private static DemoApp.Started demo;

    @BeforeAll
    static void start() {
        demo = DemoApp.onPelican();
    }

    @AfterAll
    static void stop() {
        demo.context().close();
    }

    private static <T> T bean(Class<T> type) {
        return demo.context().getBean(type);
    }

    private static long productNamed(String name) {
        return bean(JdbcTemplate.class).queryForObject("select id from catalog_product where name = ?", Long.class, name);
    }

    @Test
    void theDemoStartsOnPelicanWithTheCustomersServerRunning() {
        PterodactylEmulator pelican = bean(PterodactylEmulator.class);
        assertThat(pelican.settings().flavor).isEqualTo(EmulatorSettings.Flavor.PELICAN);
        assertThat(demo.output()).contains("Pelican     (emulated):  " + pelican.baseUrl())
                .contains("owns the Minecraft server \"" + DemoServer.NAME + "\", running");
        synchronized (pelican.state()) {
            Server server = pelican.state().servers.values().stream().filter(s -> s.name.equals(DemoServer.NAME)).findFirst()
                    .orElseThrow();
            assertThat(server.nodeId).as("placed by Pelican on the node tagged game").isEqualTo(1);
            assertThat(pelican.wings().powerState(server)).isEqualTo("running");
        }
    }

    @Test
    void theStoreAndTheProductFormSpeakPelican() {
        WebSession visitor = demo.browser();
        String store = visitor.get("/store").body();
        assertThat(store).contains("Minecraft").as("Pelican's eggs are all Minecraft: no voice plans").doesNotContain("Mumble");
        assertThat(visitor.get("/store/products/" + productNamed("Paper 2 GB")).body()).contains("Paper 2 GB");

        WebSession admin = demo.browser();
        admin.signIn(DemoSeeder.ADMIN_EMAIL, DemoSeeder.PASSWORD);
        Document form = Jsoup.parse(admin.get("/admin/catalog/products/" + productNamed("Paper 2 GB")).body());
        assertThat(form.getElementById("node-tags")).as("node tags where Pterodactyl has locations").isNotNull();
        assertThat(form.select("#node-tags input[value=game]").hasAttr("checked")).isTrue();
        assertThat(form.select("#node-tags input[value=eu]").hasAttr("checked")).isFalse();
        assertThat(form.getElementById("pelican-eggs")).as("every egg, without nests").isNotNull();
        assertThat(form.getElementById("nestId")).isNull();
        assertThat(form.select("input[name=locationIds]")).isEmpty();
        assertThat(form.select("label[for^=egg-]").eachText()).contains("Paper", "Vanilla Minecraft", "Bungeecord");
        assertThat(form.select(".egg .badge").eachText()).as("Pelican's egg tags").contains("minecraft", "proxy");
    }

    @Test
    void aVisitorBuysAPlanAndManagesTheServerPelicanSetUp() {
        String email = "pelican-visitor-" + UUID.randomUUID().toString().substring(0, 8) + "@example.test";
        WebSession web = demo.browser();
        Map<String, String> registration = new HashMap<>(Map.of("email", email, "firstName", "Pia", "lastName", "Pelican",
                "password", "a pelican visitor's secret", "acceptTerms", "true"));
        assertThat(web.submit("/register", "/register", registration).status()).isEqualTo(302);
        long customer = bean(Accounts.class).findByEmail(email).orElseThrow().id();
        bean(Wallets.class).credit(customer, Money.of("10", bean(WalletSettings.class).currency()), WalletReason.ADMIN_CREDIT,
                WalletReference.of("test", UUID.randomUUID()), "test money", null);

        ProductView plan = bean(Catalog.class).product(productNamed("Paper 2 GB")).orElseThrow();
        String order = "/store/products/" + plan.id() + "/order";
        assertThat(web.get(order).body()).as("no location to choose on Pelican").doesNotContain("id=\"locationId\"");
        WebSession.Page bought = web.post(order, Map.of("priceId", String.valueOf(plan.prices().get(0).id()),
                "eggId", String.valueOf(plan.definition().eggs().get(0).eggId()), "name", "Pia's world"));
        assertThat(bought.location()).as(bought.body()).matches(".*/servers/\\d+");
        long serverId = Long.parseLong(bought.location().replaceAll(".*/(\\d+)$", "$1"));

        // The demo's own jobs link the visitor to Pelican, create the server there and see its install finish.
        JdbcTemplate jdbc = bean(JdbcTemplate.class);
        Certain.await(() -> "ACTIVE".equals(jdbc.queryForObject("select state from game_server where id = ?", String.class,
                serverId)), "the bought server to be set up on Pelican");
        String identifier = jdbc.queryForObject("select identifier from game_server where id = ?", String.class, serverId);
        PterodactylEmulator pelican = bean(PterodactylEmulator.class);
        synchronized (pelican.state()) {
            Server there = pelican.state().serverByIdentifier(identifier).orElseThrow();
            assertThat(pelican.state().user(there.ownerId).email).as("owned by the visitor's Pelican user").isEqualTo(email);
            pelican.state().filesOf(there.uuid).put("/eula.txt", "eula=true\n");
        }
        assertThat(jdbc.queryForObject("select key_identifier from pterodactyl_account where user_id = ?", String.class,
                customer)).as("a client key of the visitor's own, made by our plugin").startsWith("pacc_");

        assertThat(web.get("/servers/" + serverId).body()).contains("Pia&#39;s world").doesNotContain(UNAVAILABLE);
        web.post("/servers/" + serverId + "/power", Map.of("signal", "start"));
        Certain.await(() -> {
            synchronized (pelican.state()) {
                return "running".equals(pelican.wings().powerState(pelican.state().serverByIdentifier(identifier).orElseThrow()));
            }
        }, "the visitor's server to run");
    }
}
