package io.pteroca.panel.account;

import static org.assertj.core.api.Assertions.assertThat;

import io.pteroca.panel.support.IntegrationTest;
import io.pteroca.panel.support.WebSession;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** "Sign in as" a customer: a reason, a banner, one way back, money and credentials refused, everything audited. */
class ImpersonationTest extends IntegrationTest {

    /** Changes refused while impersonating; as the customer themselves, none of them is refused. */
    private static final List<String> REFUSED = List.of("/wallet/top-up", "/wallet/voucher", "/servers/1/renew",
            "/servers/1/auto-renew", "/store/products/1/order", "/account/password", "/account/email",
            "/servers/1/settings/sftp-password", "/account/two-factor/disable",
            "/account/two-factor/passkeys/1/name", "/account/two-factor/passkeys/1/delete",
            "/account/sign-in-methods/oidc/link", "/account/sign-in-methods/1/unlink");

    @Autowired
    Accounts accounts;

    private WebSession signedIn(AccountView account) {
        WebSession web = browser();
        web.signIn(account.email(), AccountFixtures.PASSWORD);
        return web;
    }

    @Test
    void anAdminSignsInAsACustomerSeesTheBannerAndReturnsToTheirOwnSession() {
        AccountView admin = AccountFixtures.admin(accounts);
        AccountView customer = AccountFixtures.customer(accounts);
        WebSession web = signedIn(admin);
        String page = "/admin/users/" + customer.id();
        assertThat(web.get(page).body()).contains("id=\"impersonation-form\"");

        WebSession.Page started = web.post(page + "/sign-in-as", Map.of("reason", "Ticket 42: cannot find the console"));
        assertThat(started.status()).isEqualTo(302);
        String home = web.get("/").body();
        assertThat(home).contains("id=\"impersonation-banner\"").contains("You are signed in as " + customer.email());
        assertThat(web.get("/account").body()).contains("id=\"impersonation-banner\"").contains(customer.email());
        assertThat(web.get("/admin/users").status()).as("the customer may not open admin pages").isEqualTo(403);
        web.get("/account");
        assertThat(web.post("/account/language", Map.of("language", "en")).status()).as("an action taken as the customer")
                .isLessThan(500);

        WebSession.Page ended = web.post("/impersonation/end", Map.of());
        assertThat(ended.location()).endsWith(page);
        assertThat(web.get(page).body()).doesNotContain("id=\"impersonation-banner\"").contains(customer.email());
        assertThat(web.get("/admin/users").status()).isEqualTo(200);

        List<Map<String, Object>> audit = jdbc.queryForList("SELECT action, actor_id, subject_id, details FROM audit_log "
                + "WHERE subject_id = ? AND action LIKE 'impersonat%' ORDER BY id", customer.id());
        assertThat(audit).extracting(row -> row.get("ACTION")).startsWith("impersonation_started")
                .contains("impersonated_request").endsWith("impersonation_ended");
        assertThat(audit).allSatisfy(row -> assertThat(((Number) row.get("ACTOR_ID")).longValue()).isEqualTo(admin.id()));
        assertThat(audit.get(0).get("DETAILS")).isEqualTo("Ticket 42: cannot find the console");
        assertThat(audit).extracting(row -> (String) row.get("DETAILS")).as("actions are audited, page views are not")
                .anyMatch(details -> details != null && details.startsWith("POST /account/language → "))
                .noneMatch(details -> details != null && (details.startsWith("GET ") || details.startsWith("HEAD ")));
    }

    @Test
    void moneyPasswordAndEmailChangesAreRefusedWhileImpersonatingAndTheRefusalIsAudited() {
        AccountView admin = AccountFixtures.admin(accounts);
        AccountView customer = AccountFixtures.customer(accounts);
        WebSession web = signedIn(admin);
        web.get("/admin/users/" + customer.id());
        web.post("/admin/users/" + customer.id() + "/sign-in-as", Map.of("reason", "Checking the wallet page"));
        web.get("/account");
        for (String path : REFUSED) {
            WebSession.Page refused = web.post(path, Map.of("amount", "10", "code", "X", "currentPassword", "x",
                    "newPassword", "something long enough", "email", "new@example.test", "password", "something long"));
            assertThat(refused.status()).as(path).isEqualTo(403);
            assertThat(refused.body()).as(path).contains("Not while you are signed in as a customer");
        }
        assertThat(accounts.find(customer.id()).orElseThrow().pendingEmail()).isNull();
        assertThat(jdbc.queryForList("SELECT details FROM audit_log WHERE subject_id = ? AND action = 'impersonated_request'",
                String.class, customer.id())).contains("POST /wallet/top-up → 403", "POST /account/password → 403");

        // The customer themselves is not refused (the guard is about who is behind the session, not the paths).
        WebSession own = signedIn(customer);
        own.get("/account");
        WebSession.Page emailChange = own.post("/account/email", Map.of("newEmail", AccountFixtures.uniqueEmail("own"),
                "currentPassword", AccountFixtures.PASSWORD));
        assertThat(emailChange.status()).isNotEqualTo(403);
        assertThat(accounts.find(customer.id()).orElseThrow().pendingEmail()).isNotNull();
    }

    @Test
    void aReasonIsRequiredAndStaffOrYourselfCannotBeImpersonated() {
        AccountView admin = AccountFixtures.admin(accounts);
        AccountView otherAdmin = AccountFixtures.admin(accounts);
        AccountView customer = AccountFixtures.customer(accounts);
        WebSession web = signedIn(admin);
        web.get("/admin/users/" + customer.id());
        WebSession.Page noReason = web.post("/admin/users/" + customer.id() + "/sign-in-as", Map.of("reason", "   "));
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.body()).contains("Give a reason");
        assertThat(web.post("/admin/users/" + otherAdmin.id() + "/sign-in-as", Map.of("reason", "curious")).status())
                .isEqualTo(403);
        assertThat(web.post("/admin/users/" + admin.id() + "/sign-in-as", Map.of("reason", "curious")).status())
                .isEqualTo(403);
        assertThat(web.post("/admin/users/999999999/sign-in-as", Map.of("reason", "curious")).status()).isEqualTo(404);
        assertThat(web.get("/").body()).doesNotContain("id=\"impersonation-banner\"");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_log WHERE actor_id = ? AND action = 'impersonation_started'",
                Long.class, admin.id())).isZero();

        // A customer cannot start one, and ending one that does not exist is refused.
        WebSession customerWeb = signedIn(customer);
        customerWeb.get("/account");
        assertThat(customerWeb.post("/admin/users/" + otherAdmin.id() + "/sign-in-as", Map.of("reason", "x")).status())
                .isEqualTo(403);
        assertThat(customerWeb.post("/impersonation/end", Map.of()).status()).isEqualTo(409);
    }
}
