package io.pteroca.panel.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.pteroca.panel.account.AccountView;
import io.pteroca.panel.account.Accounts;
import io.pteroca.panel.account.Role;
import io.pteroca.panel.catalog.ProductView;
import io.pteroca.panel.plugin.PluginTestAccess;
import io.pteroca.panel.support.IntegrationTest;
import io.pteroca.panel.support.TestMail;
import io.pteroca.panel.support.TestPlugins;
import io.pteroca.panel.support.WebSession;
import io.pteroca.panel.wallet.WalletReason;
import io.pteroca.panel.wallet.WalletReference;
import io.pteroca.panel.wallet.Wallets;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** Plugins next to the money and the servers: listeners that fail never touch a purchase; server tabs come and go. */
class PluginsAndServersTest extends IntegrationTest {

    @Autowired
    private ApplicationContext context;
    @Autowired
    private Wallets wallets;
    private ServerFixtures fixtures;
    private PluginTestAccess plugins;

    @BeforeEach
    void setUp() {
        fixtures = new ServerFixtures(context);
        plugins = new PluginTestAccess(context);
    }

    @AfterEach
    void cleanUp() {
        for (String id : List.of("thrower", "sleeper", "hello-world")) {
            plugins.removeIfPresent(id);
        }
        settings.set(settingOf("plugins.listener_timeout_seconds"), "");
        settings.set(settingOf("plugins.failures_before_fault"), "");
    }

    private io.pteroca.panel.setting.SettingDefinition settingOf(String key) {
        return settings.definition(key).orElseThrow();
    }

    private static String listener(String pkg, String body) {
        return """
                package %s;
                import io.pteroca.plugin.*;
                import io.pteroca.plugin.event.WalletDebited;
                public class Main implements PanelPlugin {
                    @Override public void start(PluginContext context) {
                        PluginDatabase db = context.database();
                        context.subscribe(WalletDebited.class, event -> { %s });
                    }
                }
                """.formatted(pkg, body);
    }

    private String install(String id, String body) {
        String table = "plg_" + id + "_seen";
        plugins.install(TestPlugins.Jar.plugin(id).pluginClass(id + ".Main")
                .yaml("name: " + id + "\ncapabilities: [event-listeners, migrations]\n")
                .file("db/migration/V1__seen.sql", "CREATE TABLE " + table + " (what VARCHAR(20), account_id BIGINT);")
                .source(id + ".Main", listener(id, body)).build());
        plugins.enable(id);
        return table;
    }

    @Test
    void aThrowingListenerNeitherStopsNorRollsBackAPurchaseAndAHangingOneDoesNotHoldTheRequest() {
        settings.set(settingOf("plugins.listener_timeout_seconds"), "2");
        settings.set(settingOf("plugins.failures_before_fault"), "2");
        AccountView admin = context.getBean(Accounts.class).createVerified("plugin-admin-" + UUID.randomUUID().toString()
                .substring(0, 8) + "@example.test", "Ad", "Min", ServerFixtures.PASSWORD, Role.ADMIN, "test");
        install("thrower", "throw new IllegalStateException(\"listener bug\");");
        String seen = install("sleeper", """
                db.update("INSERT INTO plg_sleeper_seen (what, account_id) VALUES ('started', ?)", event.accountId());
                Thread.sleep(600_000);
                db.update("INSERT INTO plg_sleeper_seen (what, account_id) VALUES ('finished', ?)", event.accountId());
                """);

        ProductView product = fixtures.product("0", ServerFixtures.monthly("4.99"));
        AccountView customer = fixtures.customer("10");
        WebSession web = fixtures.signedIn(customer);
        String form = web.get("/store/products/" + product.id() + "/order").body();
        Matcher key = Pattern.compile("name=\"key\" value=\"([^\"]+)\"").matcher(form);
        assertThat(key.find()).isTrue();
        WebSession.Page ordered = web.post("/store/products/" + product.id() + "/order", Map.of("key", key.group(1),
                "name", "Plugin proof", "priceId", String.valueOf(product.prices().get(0).id()), "eggId", "5",
                "var.5.MINECRAFT_VERSION", "1.21.4"));
        assertThat(ordered.status()).as(ordered.body()).isEqualTo(302);
        Matcher server = Pattern.compile("/servers/(\\d+)$").matcher(ordered.location());
        assertThat(server.find()).isTrue();
        long serverId = Long.parseLong(server.group(1));

        // The order answered while the sleeping listener still holds its event: it never waited for it.
        io.pteroca.panel.support.Certain.await(() -> count(seen, "started", customer.id()) == 1, "the sleeping listener to receive the charge");
        assertThat(count(seen, "finished", customer.id())).as("the listener is still asleep").isZero();
        assertThat(wallets.balance(customer.id()).amount()).as("the charge committed").isEqualByComparingTo("5.01");
        fixtures.workUntil(() -> fixtures.state(serverId) == ServerState.ACTIVE, "the server to become ACTIVE");

        // A second failure in a row stops each plugin and tells the admins; the money is untouched.
        wallets.debit(customer.id(), io.pteroca.panel.support.TestMoney.usd("1.00"), WalletReason.ADMIN_DEBIT, WalletReference.of("test", UUID.randomUUID()),
                "second event", null);
        io.pteroca.panel.support.Certain.await(() -> plugins.state("thrower").equals("FAULTED"), "the throwing plugin to be stopped");
        io.pteroca.panel.support.Certain.await(() -> plugins.state("sleeper").equals("FAULTED"), "the hanging plugin to be stopped");
        assertThat(plugins.running("thrower")).isFalse();
        assertThat(TestMail.await(admin.email(), 2)).extracting(TestMail::body).anyMatch(body -> body.contains("thrower"))
                .anyMatch(body -> body.contains("sleeper"));
        assertThat(count(seen, "finished", customer.id())).as("the hanging listener was interrupted").isZero();
        WebSession adminWeb = new WebSession(web.baseUrl());
        adminWeb.signIn(admin.email(), ServerFixtures.PASSWORD);
        assertThat(adminWeb.get("/admin").body()).contains("id=\"plugins-faulted\"").contains("thrower");
        assertThat(adminWeb.get("/admin/plugins/sleeper").body()).contains("ran over its time limit 2 times in a row");
        assertThat(wallets.balance(customer.id()).amount()).isEqualByComparingTo("4.01");
        fixtures.assertMoneyAndServersConsistent();
    }

    @Test
    void aPluginServerTabIsShownToThoseWhoMaySeeTheServerWhileThePluginIsEnabled() {
        plugins.install(TestPlugins.helloWorld());
        plugins.enable("hello-world");
        ProductView product = fixtures.product("0", ServerFixtures.monthly("1.00"));
        AccountView owner = fixtures.customer("5");
        long serverId = fixtures.activeServer(owner, product, "Tabbed <i>server</i>");
        WebSession web = fixtures.signedIn(owner);
        String tabLink = "/servers/" + serverId + "/plugins/hello-world/hello";
        assertThat(web.get("/servers/" + serverId).body()).contains("id=\"plugin-tab-hello-world-hello\"").contains(tabLink);
        assertThat(web.get(tabLink).body()).contains("This is Tabbed &lt;i&gt;server&lt;/i&gt;.");
        WebSession.Page waved = web.post(tabLink, Map.of());
        assertThat(waved.status()).isEqualTo(200);
        assertThat(waved.body()).contains("id=\"hello-tab-waved\"");

        WebSession stranger = fixtures.signedIn(fixtures.customer("0"));
        assertThat(stranger.get(tabLink).status()).isEqualTo(404);

        plugins.disable("hello-world");
        assertThat(web.get("/servers/" + serverId).body()).doesNotContain("plugin-tab-hello-world");
        assertThat(web.get(tabLink).status()).isEqualTo(404);
    }

    private int count(String table, String what, long accountId) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM " + table + " WHERE what = ? AND account_id = ?", Integer.class, what,
                accountId);
    }
}
