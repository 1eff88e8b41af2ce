package io.pteroca.panel.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.pteroca.panel.account.AccountView;
import io.pteroca.panel.account.Accounts;
import io.pteroca.panel.account.Role;
import io.pteroca.panel.catalog.ProductView;
import io.pteroca.panel.pterodactyl.PterodactylAccounts;
import io.pteroca.panel.support.IntegrationTest;
import io.pteroca.panel.support.WebSession;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The admin's page of one customer, gathered from every feature, and the JSON export of their data. */
class CustomerRecordTest extends IntegrationTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    Accounts accounts;
    @Autowired
    PterodactylAccounts pterodactylAccounts;

    private ServerFixtures fixtures;

    @BeforeEach
    void fixtures() {
        fixtures = new ServerFixtures(context);
    }

    @Test
    void theCustomerPageShowsServersOrdersWalletSessionsAuditAndThePterodactylUser() {
        ProductView product = fixtures.product("0", ServerFixtures.monthly("2"));
        AccountView customer = fixtures.customer("10");
        String name = "Shown " + UUID.randomUUID().toString().substring(0, 4);
        fixtures.activeServer(customer, product, name);
        fixtures.signedIn(customer).get("/");
        int user = pterodactylAccounts.userOf(customer.id()).orElseThrow();

        String page = admin().get("/admin/users/" + customer.id()).body();
        assertThat(section(page, "user-servers")).contains(name).contains("Active");
        assertThat(section(page, "user-orders")).contains("Purchase").contains("Paid");
        assertThat(section(page, "user-ledger")).contains("Credit by an admin").contains("Purchase");
        assertThat(section(page, "user-sessions")).contains("Signed in");
        assertThat(section(page, "user-audit")).contains("Signed in");
        assertThat(section(page, "pterodactyl-user")).contains("#" + user);
        assertThat(page).doesNotContain("wallet.reason.").doesNotContain("server.state.");
    }

    @Test
    void theExportHoldsTheAccountServersOrdersWalletAndAuditButNoSecretsAndIsAudited() throws Exception {
        ProductView product = fixtures.product("0", ServerFixtures.monthly("2"));
        AccountView customer = fixtures.customer("10");
        String name = "Exported " + UUID.randomUUID().toString().substring(0, 4);
        long server = fixtures.activeServer(customer, product, name);
        WebSession admin = admin();

        WebSession.Page download = admin.get("/admin/users/" + customer.id() + "/export");
        assertThat(download.status()).isEqualTo(200);
        assertThat(download.header("Content-Disposition")).contains("attachment").contains("customer-" + customer.id() + ".json");
        JsonNode json = JsonMapper.builder().build().readTree(download.body());
        assertThat(json.get("account").get("email").asString()).isEqualTo(customer.email());
        assertThat(json.get("account").get("pterodactylUserId").asInt())
                .isEqualTo(pterodactylAccounts.userOf(customer.id()).orElseThrow());
        assertThat(json.get("servers").get(0).get("id").asLong()).isEqualTo(server);
        assertThat(json.get("servers").get(0).get("name").asString()).isEqualTo(name);
        assertThat(json.get("orders").get(0).get("kind").asString()).isEqualTo("PURCHASE");
        assertThat(json.get("wallet").get("balance").get("amount").asString()).isEqualTo("8.0000");
        assertThat(json.get("wallet").get("ledger")).hasSize(2);
        assertThat(json.get("payments").isArray()).isTrue();
        assertThat(json.get("auditLog").isArray()).isTrue();
        assertThat(download.body()).doesNotContain("password").doesNotContain("sealed").doesNotContain("clientKey");

        assertThat(jdbc.queryForList("SELECT action FROM audit_log WHERE subject_id = ? AND action = 'admin_exported_user'",
                String.class, customer.id())).hasSize(1);
        assertThat(admin.get("/admin/users/999999999/export").status()).isEqualTo(404);
        assertThat(admin.get("/admin/users/999999999").status()).isEqualTo(404);
        assertThat(fixtures.signedIn(customer).get("/admin/users/" + customer.id() + "/export").status()).isEqualTo(403);
    }

    private WebSession admin() {
        AccountView admin = accounts.createVerified("support-" + UUID.randomUUID().toString().substring(0, 6) + "@example.test",
                "Sue", "Port", ServerFixtures.PASSWORD, Role.ADMIN, "test");
        return fixtures.signedIn(admin);
    }

    private static String section(String page, String id) {
        int start = page.indexOf("id=\"" + id + "\"");
        assertThat(start).as("the page has #" + id).isGreaterThanOrEqualTo(0);
        int end = page.indexOf("</table>", start);
        int endList = page.indexOf("</ul>", start);
        int endDd = page.indexOf("</dd>", start);
        int stop = List.of(end, endList, endDd).stream().filter(i -> i > 0).min(Integer::compare).orElse(page.length());
        return page.substring(start, stop);
    }
}
