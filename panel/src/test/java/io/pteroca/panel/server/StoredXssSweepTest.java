package io.pteroca.panel.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.pteroca.emulator.state.Backup;
import io.pteroca.emulator.state.Database;
import io.pteroca.emulator.state.EggVariable;
import io.pteroca.emulator.state.EmulatorState;
import io.pteroca.emulator.state.Server;
import io.pteroca.panel.account.AccountView;
import io.pteroca.panel.account.Accounts;
import io.pteroca.panel.account.Role;
import io.pteroca.panel.catalog.Catalog;
import io.pteroca.panel.catalog.ProductDefinition;
import io.pteroca.panel.catalog.ProductEditor;
import io.pteroca.panel.catalog.ProductView;
import io.pteroca.panel.support.IntegrationTest;
import io.pteroca.panel.support.TestMail;
import io.pteroca.panel.support.TestPterodactyl;
import io.pteroca.panel.support.WebSession;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * Stored XSS: markup put into every name and text field a customer, an admin or Pterodactyl controls comes back
 * escaped on every page (and in every HTML e-mail) that shows it, for the owner and for an admin. Each field gets
 * its own tagged payload, so a failure names the page and the field, and each page lists the fields it must show,
 * so a field that silently disappears from a page fails too.
 */
class StoredXssSweepTest extends IntegrationTest {

    /** What must never reach a page unescaped: the start of each payload's markup. */
    private static final List<String> RAW_MARKUP = List.of("<script>alert(", "<img src=x onerror", "<b onmouseover");
    /** For the one field whose rules allow only 20 characters (Paper's MINECRAFT_VERSION: nullable|string|max:20). */
    private static final String SHORT_PAYLOAD = "\"<b onmouseover=x>";

    @Autowired
    ApplicationContext context;
    @Autowired
    GameServerRepository servers;

    /** Field tag to the value stored in it. */
    private final Map<String, String> stored = new LinkedHashMap<>();
    private final List<String> failures = new ArrayList<>();

    /** A payload that closes an attribute, opens a script and an event handler, and says which field it is. */
    private static String payload(String field) {
        return "\"><script>alert('" + field + "')</script><img src=x onerror=alert(1)>";
    }

    /** As Thymeleaf escapes text and attribute values. */
    private static String escaped(String value) {
        return value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;").replace("'", "&#39;");
    }

    private String store(String field) {
        return store(field, payload(field));
    }

    private String store(String field, String value) {
        stored.put(field, value);
        return value;
    }

    /** Loads the page and notes (rather than throws) what is wrong, so one run reports every page and field. */
    private String sweep(WebSession web, String who, String path, int status, String... shownFields) {
        WebSession.Page page = web.get(path);
        if (page.status() != status) {
            failures.add(who + " GET " + path + ": status " + page.status() + " instead of " + status);
        }
        check(who + " GET " + path, page.body(), shownFields);
        return page.body();
    }

    private void check(String where, String body, String... shownFields) {
        String unexplained = body;
        for (Map.Entry<String, String> field : stored.entrySet()) {
            String markup = field.getValue().substring(field.getValue().indexOf('<'));
            int at = body.indexOf(markup);
            if (at >= 0) {
                failures.add(where + ": field '" + field.getKey() + "' unescaped: " + near(body, at));
                unexplained = unexplained.replace(markup, "");
            }
        }
        for (String markup : RAW_MARKUP) {
            int at = unexplained.indexOf(markup);
            if (at >= 0) {
                failures.add(where + ": unescaped markup: " + near(unexplained, at));
            }
        }
        for (String field : shownFields) {
            if (!body.contains(escaped(stored.get(field)))) {
                failures.add(where + ": field '" + field + "' is not shown (escaped)");
            }
        }
    }

    private static String near(String body, int at) {
        return body.substring(Math.max(0, at - 60), Math.min(body.length(), at + 80)).replaceAll("\\s+", " ");
    }


    private Server inPterodactyl(long serverId) {
        long pterodactylId = servers.findById(serverId).orElseThrow().pterodactylServerId();
        synchronized (TestPterodactyl.emulator().state()) {
            return TestPterodactyl.emulator().state().servers.get(pterodactylId);
        }
    }

    /** A plan with one of everything, Paper with its startup command shown, in a category named with markup. */
    private ProductView markedUpProduct(ServerFixtures fixtures, long categoryId) {
        ProductDefinition.EggChoice paper = ProductDefinition.EggChoice.defaultsOf(fixtures.egg("Paper"), null);
        ProductDefinition.EggChoice shownStartup = new ProductDefinition.EggChoice(paper.eggId(), paper.eggName(), null, true, null,
                false, paper.variables());
        return context.getBean(ProductEditor.class).create(new ProductDefinition(categoryId, store("product"),
                store("product-summary"), null, true, 0, new ProductDefinition.Resources(256, 0, 1024, 500, 100, null),
                new ProductDefinition.FeatureLimits(2, 1, 2, 1), Set.of(1), Set.of(), 1, List.of(shownStartup), false, true,
                BigDecimal.ZERO, null, null, List.of(ServerFixtures.monthly("1"))));
    }

    @Test
    void markupInEveryNameFieldIsEscapedOnEveryPageThatShowsIt() throws Exception {
        ServerFixtures fixtures = new ServerFixtures(context);
        AccountView admin = context.getBean(Accounts.class).createVerified(
                "xss-admin-" + UUID.randomUUID().toString().substring(0, 6) + "@example.test", "Ad", "Min",
                ServerFixtures.PASSWORD, Role.ADMIN, "test");
        WebSession adminWeb = fixtures.signedIn(admin);

        // Admin-side names: the category through its form, the product through the editor.
        adminWeb.get("/admin/catalog/categories");
        assertThat(adminWeb.post("/admin/catalog/categories", Map.of("name", store("category"), "sortOrder", "1",
                "description", "")).status()).isEqualTo(302);
        long categoryId = context.getBean(Catalog.class).categories().stream()
                .filter(c -> c.name().equals(stored.get("category"))).findFirst().orElseThrow().id();
        ProductView product = markedUpProduct(fixtures, categoryId);

        // The customer's own names, before anything is ordered so the e-mails greet them by it.
        AccountView owner = fixtures.customer("10");
        WebSession web = fixtures.signedIn(owner);
        web.get("/account");
        assertThat(web.post("/account/profile", Map.of("firstName", store("first-name"), "lastName", store("last-name")))
                .status()).isEqualTo(302);

        // Server name at order time, through the configure page; a refused order shows the typed name again.
        String order = "/store/products/" + product.id() + "/order";
        Matcher key = Pattern.compile("name=\"key\" value=\"([^\"]+)\"").matcher(web.get(order).body());
        assertThat(key.find()).isTrue();
        Map<String, String> orderForm = new HashMap<>(Map.of("key", key.group(1), "name", store("order-name"),
                "priceId", String.valueOf(product.prices().get(0).id()), "eggId", String.valueOf(product.definition().eggs().get(0).eggId())));
        Map<String, String> refusedForm = new HashMap<>(orderForm);
        refusedForm.put("priceId", "999999999");
        WebSession.Page refused = web.post(order, refusedForm);
        assertThat(refused.status()).isEqualTo(422);
        check("owner POST " + order + " (refused)", refused.body(), "order-name", "product");
        WebSession.Page ordered = web.post(order, orderForm);
        assertThat(ordered.status()).as(ordered.body()).isEqualTo(302);
        long orderedId = Long.parseLong(ordered.location().replaceAll(".*/servers/(\\d+)$", "$1"));
        fixtures.workUntil(() -> fixtures.state(orderedId) == ServerState.ACTIVE, "the ordered server to become ACTIVE");

        // A second server carries the names typed on its tabs.
        long id = fixtures.activeServer(owner, product, "Plain");
        String base = "/servers/" + id;
        web.get(base + "/settings");
        web.post(base + "/settings/rename", Map.of("name", store("renamed")));
        assertThat(servers.findById(id).orElseThrow().name()).isEqualTo(stored.get("renamed"));
        assertThat(inPterodactyl(id).name).isEqualTo(stored.get("renamed"));

        web.get(base + "/backups");
        web.post(base + "/backups", Map.of("name", store("backup")));
        long pterodactylId = servers.findById(id).orElseThrow().pterodactylServerId();
        EmulatorState state = TestPterodactyl.emulator().state();
        synchronized (state) {
            assertThat(state.backupsOf(state.server(pterodactylId))).extracting(b -> b.name).contains(stored.get("backup"));
        }

        // Database names and remotes have their own character rules: refused before Pterodactyl, nothing written.
        web.get(base + "/databases");
        web.post(base + "/databases", Map.of("name", payload("database"), "remote", "%"));
        assertThat(web.get(base + "/databases").body()).contains("Use letters, digits");
        web.post(base + "/databases", Map.of("name", "main", "remote", payload("remote")));
        check("owner " + base + "/databases (remote refused)", web.get(base + "/databases").body());
        synchronized (state) {
            assertThat(state.databasesOf(state.server(pterodactylId))).as("refused databases are not made").isEmpty();
        }
        web.post(base + "/databases", Map.of("name", "main", "remote", "%"));

        web.get(base + "/network");
        web.post(base + "/network", Map.of());
        long extra;
        synchronized (state) {
            Server server = state.server(pterodactylId);
            extra = state.allocationsOf(server).stream().filter(a -> a.id != server.allocationId).findFirst().orElseThrow().id;
        }
        web.get(base + "/network");
        web.post(base + "/network/" + extra + "/notes", Map.of("notes", store("port-notes")));
        synchronized (state) {
            assertThat(state.allocations.get(extra).notes).isEqualTo(stored.get("port-notes"));
        }

        String schedules = base + "/schedules";
        web.get(schedules);
        Map<String, String> cron = new HashMap<>(Map.of("name", store("schedule"), "minute", "0", "hour", "4", "dayOfMonth", "*",
                "month", "*", "dayOfWeek", "*", "active", "true"));
        Map<String, String> badCron = new HashMap<>(cron);
        badCron.put("minute", "61");
        WebSession.Page badSchedule = web.post(schedules, badCron);
        assertThat(badSchedule.status()).isEqualTo(400);
        check("owner POST " + schedules + " (refused)", badSchedule.body(), "schedule");
        web.get(schedules);
        web.post(schedules, cron);
        long scheduleId;
        synchronized (state) {
            scheduleId = state.schedules.values().stream().filter(s -> s.serverId == pterodactylId).findFirst().orElseThrow().id;
        }
        String schedule = schedules + "/" + scheduleId;
        web.get(schedule);
        web.post(schedule + "/tasks", Map.of("action", "command", "payload", store("task-command"), "timeOffset", "0"));
        synchronized (state) {
            assertThat(state.schedules.get(scheduleId).name).isEqualTo(stored.get("schedule"));
            assertThat(state.schedules.get(scheduleId).tasks).extracting(t -> t.payload).containsExactly(stored.get("task-command"));
        }

        web.get(base + "/startup");
        web.post(base + "/startup/variable", Map.of("key", "MINECRAFT_VERSION", "value", store("variable-value", SHORT_PAYLOAD)));
        assertThat(inPterodactyl(id).variables.get("MINECRAFT_VERSION")).isEqualTo(SHORT_PAYLOAD);

        // A server made in Pterodactyl directly, offered for import under its Pterodactyl name.
        long foreign = fixtures.activeServer(owner, fixtures.product("0", ServerFixtures.monthly("1")), "Foreign");
        long foreignPterodactylId = servers.findById(foreign).orElseThrow().pterodactylServerId();
        jdbc.update("UPDATE game_server SET state = 'DETACHED', pterodactyl_server_id = NULL WHERE id = ?", foreign);
        synchronized (state) {
            state.server(foreignPterodactylId).name = store("ptero-server-name");
        }
        Runnable restoreEgg = storeInPterodactyl(pterodactylId, extra);
        try {
            sweep(web, "owner", "/", 200, "first-name");
            sweep(web, "owner", "/servers", 200, "order-name", "renamed", "product");
            sweep(web, "owner", "/servers/" + orderedId, 200, "order-name", "product");
            sweep(web, "owner", base, 200, "renamed", "product", "backup", "schedule", "task-command", "variable-value");
            sweep(web, "owner", base + "/console", 200, "renamed");
            sweep(web, "owner", base + "/backups", 200, "renamed", "backup", "ptero-backup");
            sweep(web, "owner", base + "/databases", 200, "renamed", "ptero-database", "ptero-remote");
            sweep(web, "owner", base + "/network", 200, "renamed", "port-notes", "ptero-alias");
            sweep(web, "owner", schedules, 200, "renamed", "schedule");
            sweep(web, "owner", schedule, 200, "renamed", "schedule", "task-command");
            sweep(web, "owner", base + "/activity", 200, "renamed", "backup", "port-notes", "schedule", "task-command",
                    "variable-value", "ptero-activity");
            sweep(web, "owner", base + "/startup", 200, "renamed", "variable-value", "ptero-startup", "ptero-variable-name",
                    "ptero-variable-description");
            sweep(web, "owner", base + "/settings", 200, "renamed");
            sweep(web, "owner", "/store", 200, "category");
            sweep(web, "owner", "/store/categories/" + categoryId, 200, "category", "product", "product-summary");
            sweep(web, "owner", "/store/products/" + product.id(), 200, "category", "product", "product-summary");
            sweep(web, "owner", order, 200, "product");
            sweep(web, "owner", "/wallet", 200, "order-name");
            sweep(web, "owner", "/payments", 200);
            sweep(web, "owner", "/account", 200, "first-name", "last-name");

            sweep(adminWeb, "admin", "/", 200);
            sweep(adminWeb, "admin", "/admin", 200);
            sweep(adminWeb, "admin", "/admin/servers", 200, "order-name", "renamed", "product");
            sweep(adminWeb, "admin", "/admin/servers/" + orderedId, 200, "order-name", "product");
            sweep(adminWeb, "admin", "/admin/servers/" + id, 200, "renamed", "product", "backup", "schedule", "task-command",
                    "variable-value");
            sweep(adminWeb, "admin", "/admin/servers/import", 200, "ptero-server-name", "product");
            sweep(adminWeb, "admin", "/admin/orders", 200);
            sweep(adminWeb, "admin", "/admin/users?q=" + owner.email(), 200, "first-name", "last-name");
            sweep(adminWeb, "admin", "/admin/users/" + owner.id(), 200, "first-name", "last-name");
            sweep(adminWeb, "admin", "/admin/wallets/" + owner.id(), 200, "order-name");
            sweep(adminWeb, "admin", "/admin/audit?email=" + admin.email(), 200, "category");
            sweep(adminWeb, "admin", "/admin/email-log?recipient=" + owner.email(), 200, "order-name");
            sweep(adminWeb, "admin", "/admin/catalog/products", 200, "product", "category");
            sweep(adminWeb, "admin", "/admin/catalog/products/" + product.id(), 200, "product", "product-summary", "category",
                    "ptero-variable-name");
            sweep(adminWeb, "admin", "/admin/catalog/categories", 200, "category");
            sweep(adminWeb, "admin", "/admin/catalog/categories/" + categoryId, 200, "category");
            sweep(adminWeb, "admin", "/store/products/" + product.id(), 200, "category", "product", "product-summary");

            // The plain-text part may carry the name as typed; the HTML part must escape it.
            List<MimeMessage> aboutOrdered = TestMail.await(owner.email(), 6).stream()
                    .filter(mail -> subject(mail).contains(stored.get("order-name"))).toList();
            assertThat(aboutOrdered).as("order confirmation and server ready").hasSize(2);
            for (MimeMessage mail : aboutOrdered) {
                check("e-mail '" + mail.getSubject() + "'", htmlPart(mail), "order-name", "first-name");
            }
            assertThat(failures).as("pages showing markup unescaped or not showing a field").isEmpty();
        } finally {
            restoreEgg.run();
        }
        fixtures.assertMoneyAndServersConsistent();
    }

    /**
     * Values only Pterodactyl (its admins, its users, its eggs) controls, put straight into the emulator. The egg is
     * shared by every test, so its variable's texts are changed for this test only: run the returned restore.
     */
    private Runnable storeInPterodactyl(long pterodactylId, long port) {
        EmulatorState state = TestPterodactyl.emulator().state();
        synchronized (state) {
            Server server = state.server(pterodactylId);
            server.startup = "java -jar " + store("ptero-startup");
            state.log("server:console.command", null, server, false, p -> p.put("command", store("ptero-activity")));
            Backup backup = new Backup();
            backup.id = state.nextId("backups");
            backup.serverId = pterodactylId;
            backup.uuid = state.uuid();
            backup.name = store("ptero-backup");
            backup.successful = true;
            backup.createdAt = state.now();
            backup.completedAt = state.now();
            backup.bytes = 1024;
            state.backups.put(backup.id, backup);
            Database database = state.databasesOf(server).get(0);
            database.database = store("ptero-database");
            database.remote = store("ptero-remote");
            state.allocations.get(port).alias = store("ptero-alias");
            EggVariable version = state.egg(server.eggId).variables.stream()
                    .filter(v -> v.envVariable.equals("MINECRAFT_VERSION")).findFirst().orElseThrow();
            String name = version.name;
            String description = version.description;
            version.name = store("ptero-variable-name");
            version.description = store("ptero-variable-description");
            return () -> {
                synchronized (state) {
                    version.name = name;
                    version.description = description;
                }
            };
        }
    }

    private static String subject(MimeMessage mail) {
        try {
            return mail.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The HTML alternative of an e-mail, decoded. */
    private static String htmlPart(Part part) throws Exception {
        if (part.isMimeType("text/html")) {
            return (String) part.getContent();
        }
        if (part.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart child = multipart.getBodyPart(i);
                String html = htmlPart(child);
                if (html != null) {
                    return html;
                }
            }
        }
        return null;
    }
}
