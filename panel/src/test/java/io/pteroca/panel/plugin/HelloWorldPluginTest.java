package io.pteroca.panel.plugin;

import static org.assertj.core.api.Assertions.assertThat;

import io.pteroca.panel.account.AccountView;
import io.pteroca.panel.account.Role;
import io.pteroca.panel.support.IntegrationTest;
import io.pteroca.panel.support.TestPlugins;
import io.pteroca.panel.support.WebSession;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * Every capability of the example plugin, used as a customer and an admin would, and gone again the moment the
 * plugin is disabled, then back on enabling: no restart in between.
 */
class HelloWorldPluginTest extends IntegrationTest {

    private static final String ID = "hello-world";

    @Autowired
    private ApplicationContext context;
    private PluginTestAccess plugins;
    private PluginFixtures fixtures;

    @BeforeEach
    void setUp() {
        plugins = new PluginTestAccess(context);
        fixtures = new PluginFixtures(context, port);
        plugins.removeIfPresent(ID);
    }

    @AfterEach
    void leaveThePanelWithoutIt() {
        plugins.removeIfPresent(ID);
    }

    @Test
    void everyCapabilityAppearsWhenEnabledAndDisappearsWhenDisabled() throws Exception {
        AccountView admin = fixtures.account(Role.ADMIN);
        AccountView customer = fixtures.account(Role.USER);
        WebSession adminWeb = fixtures.signedIn(admin);
        WebSession customerWeb = fixtures.signedIn(customer);

        WebSession.Page uploaded = PluginFixtures.upload(adminWeb, TestPlugins.helloWorld());
        assertThat(uploaded.location()).as(() -> flashError(adminWeb)).endsWith("/admin/plugins/" + ID);
        assertThat(plugins.state(ID)).isEqualTo("SCANNED");
        assertThat(customerWeb.get("/").body()).doesNotContain("plugin-widget-hello-world").doesNotContain("plugin-menu-hello-world");
        assertThat(customerWeb.get("/plugins/hello-world").status()).isEqualTo(404);

        adminWeb.get("/admin/plugins/" + ID);
        assertThat(adminWeb.post("/admin/plugins/" + ID + "/enable", Map.of()).redirectsTo("/admin/plugins/" + ID)).isTrue();
        assertThat(plugins.state(ID)).isEqualTo("ENABLED");
        assertThat(adminWeb.get("/admin/plugins/" + ID).body()).contains("id=\"plugin-state\">Enabled<").contains("Healthy");

        // menu item and dashboard widget
        WebSession.Page home = customerWeb.get("/");
        String dashboard = home.body();
        assertThat(dashboard).as(home.status() + " " + home.location()).contains("id=\"plugin-menu-hello-world-hello\"").contains("href=\"/plugins/hello-world\"")
                .contains("id=\"plugin-widget-hello-world-greeting\"").contains("Hello, " + customer.email() + "!");

        // a page with a form writing to the plugin's own table, escaped, CSRF-protected, bad input refused with a message
        assertThat(customerWeb.get("/plugins/hello-world").body()).contains("id=\"hello-form\"");
        WebSession.Page saved = customerWeb.post("/plugins/hello-world/greetings", Map.of("name", "<b>Ada</b>"));
        assertThat(saved.redirectsTo("/plugins/hello-world")).isTrue();
        assertThat(customerWeb.get("/plugins/hello-world").body()).contains("Hello, &lt;b&gt;Ada&lt;/b&gt;!").doesNotContain("<b>Ada</b>");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM plg_hello_world_greeting WHERE account_id = ?", Integer.class,
                customer.id())).isEqualTo(1);
        WebSession.Page empty = customerWeb.post("/plugins/hello-world/greetings", Map.of("name", " "));
        assertThat(empty.status()).isEqualTo(200);
        assertThat(empty.body()).contains("id=\"hello-error\"");
        assertThat(customerWeb.postRaw("/plugins/hello-world/greetings", Map.of("name", "forged")).status()).isEqualTo(403);

        // admin page and admin widget; customers do not get the admin page
        assertThat(adminWeb.get("/admin/plugins/hello-world/pages").body()).contains("id=\"hello-admin-events\"");
        assertThat(customerWeb.get("/admin/plugins/hello-world/pages").status()).isEqualTo(403);
        assertThat(adminWeb.get("/admin").body()).contains("id=\"plugin-widget-hello-world-events\"");
        assertThat(adminWeb.get("/").body()).contains("id=\"plugin-menu-hello-world-hello-admin\"");

        // static files
        WebSession.Page css = customerWeb.get("/plugin-assets/hello-world/hello.css");
        assertThat(css.status()).isEqualTo(200);
        assertThat(css.header("Content-Type")).startsWith("text/css");
        assertThat(customerWeb.get("/plugin-assets/hello-world/nothing.css").status()).isEqualTo(404);

        // a command
        PluginTestAccess.CommandResult greet = plugins.command("hello-world:greet", "Ada");
        assertThat(greet.exitCode()).isZero();
        assertThat(greet.out()).contains("Hello, Ada!")
                .contains("Greetings stored: " + jdbc.queryForObject("SELECT COUNT(*) FROM plg_hello_world_greeting", Integer.class));

        // a cron task: first seen, then once per due hour, once after a long gap
        int ticks = ticks();
        plugins.tickCron();
        clock.advance(Duration.ofMinutes(61));
        plugins.tickCron();
        plugins.tickCron();
        assertThat(ticks()).isEqualTo(ticks + 1);
        clock.advance(Duration.ofHours(5));
        plugins.tickCron();
        assertThat(ticks()).as("missed ticks run once").isEqualTo(ticks + 2);

        // an event listener: a sign-in is delivered after it happened
        int signIns = events("SignedIn", customer.id());
        fixtures.signedIn(customer);
        PluginFixtures.await(() -> events("SignedIn", customer.id()) == signIns + 1, "the sign-in event");

        // settings with a secret: stored encrypted, never shown back, read by the plugin
        adminWeb.get("/admin/plugins/" + ID + "/settings");
        assertThat(adminWeb.post("/admin/plugins/" + ID + "/settings", Map.of("greeting", "Howdy", "api-token",
                "tok-secret-value-2718", "hosts", "")).redirectsTo("/admin/plugins/" + ID + "/settings")).isTrue();
        String stored = jdbc.queryForObject("SELECT setting_value FROM setting WHERE setting_key = ?", String.class,
                "plugin.hello-world.api-token");
        assertThat(stored).startsWith("v1:").doesNotContain("tok-secret-value-2718");
        assertThat(adminWeb.get("/admin/plugins/" + ID + "/settings").body()).doesNotContain("tok-secret-value-2718").contains("2718");
        assertThat(customerWeb.get("/").body()).contains("Howdy, " + customer.email() + "!");

        // disabled: all gone at once
        adminWeb.get("/admin/plugins/" + ID);
        assertThat(adminWeb.post("/admin/plugins/" + ID + "/disable", Map.of()).redirectsTo("/admin/plugins/" + ID)).isTrue();
        assertThat(plugins.state(ID)).isEqualTo("DISABLED");
        String after = customerWeb.get("/").body();
        assertThat(after).doesNotContain("plugin-widget-hello-world").doesNotContain("plugin-menu-hello-world");
        assertThat(customerWeb.get("/plugins/hello-world").status()).isEqualTo(404);
        assertThat(adminWeb.get("/admin/plugins/hello-world/pages").status()).isEqualTo(404);
        assertThat(adminWeb.get("/admin").body()).doesNotContain("plugin-widget-hello-world");
        assertThat(customerWeb.get("/plugin-assets/hello-world/hello.css").status()).isEqualTo(404);
        assertThat(plugins.command("hello-world:greet", "Ada").exitCode()).isEqualTo(2);
        int ticksWhileOff = ticks();
        clock.advance(Duration.ofHours(2));
        plugins.tickCron();
        assertThat(ticks()).isEqualTo(ticksWhileOff);
        int signInsBefore = events("SignedIn", customer.id());
        fixtures.signedIn(customer);

        // enabled again: back, with its data and settings
        plugins.enable(ID);
        assertThat(customerWeb.get("/").body()).contains("Howdy, " + customer.email() + "!");
        assertThat(customerWeb.get("/plugins/hello-world").body()).contains("Howdy, &lt;b&gt;Ada&lt;/b&gt;!");
        fixtures.signedIn(customer);
        PluginFixtures.await(() -> events("SignedIn", customer.id()) == signInsBefore + 1, "the sign-in after enabling");
        assertThat(events("SignedIn", customer.id())).as("the sign-in while disabled reached nobody").isEqualTo(signInsBefore + 1);

        assertThat(jdbc.queryForList("SELECT action FROM audit_log WHERE details LIKE 'hello-world%'", String.class))
                .contains("plugin_installed", "plugin_enabled", "plugin_disabled", "plugin_settings_changed");
    }

    private static String flashError(WebSession web) {
        String page = web.get("/admin/plugins").body();
        int at = page.indexOf("id=\"flash-error\"");
        return at < 0 ? "no error shown" : page.substring(at, Math.min(page.length(), at + 400));
    }

    private int ticks() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM plg_hello_world_tick", Integer.class);
    }

    private int events(String type, long accountId) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM plg_hello_world_event WHERE event_type = ? AND account_id = ?",
                Integer.class, type, accountId);
    }
}
