package io.pteroca.panel.account;

import static org.assertj.core.api.Assertions.assertThat;

import io.pteroca.panel.support.IntegrationTest;
import io.pteroca.panel.support.StaffAccounts;
import io.pteroca.panel.support.WebSession;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The role editor, assigning roles, and what may never happen to the last Administrator. */
class StaffRolesTest extends IntegrationTest {

    @Autowired
    Accounts accounts;

    private WebSession signedIn(AccountView account) {
        WebSession web = browser();
        web.signIn(account.email(), AccountFixtures.PASSWORD);
        web.get("/admin/roles");
        return web;
    }

    private static List<Map.Entry<String, String>> role(String name, String... permissions) {
        List<Map.Entry<String, String>> fields = new ArrayList<>();
        fields.add(Map.entry("name", name));
        for (String permission : permissions) {
            fields.add(Map.entry("permissions", permission));
        }
        return fields;
    }

    private long roleCount() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM staff_role", Long.class);
    }

    private long roleId(String name) {
        return jdbc.queryForObject("SELECT id FROM staff_role WHERE name = ?", Long.class, name);
    }

    @Test
    void badInputNamesItsFieldAndSavesNothing() {
        WebSession web = signedIn(AccountFixtures.admin(accounts));
        long before = roleCount();

        WebSession.Page blank = web.postAll("/admin/roles", role("  ", "USERS_VIEW"));
        assertThat(blank.status()).isEqualTo(400);
        assertThat(blank.body()).contains("id=\"name-error\"").contains("Give the role a name.");
        WebSession.Page tooLong = web.postAll("/admin/roles", role("x".repeat(61), "USERS_VIEW"));
        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(tooLong.body()).contains("at most 60 characters");
        WebSession.Page taken = web.postAll("/admin/roles", role("support", "USERS_VIEW"));
        assertThat(taken.status()).isEqualTo(400);
        assertThat(taken.body()).contains("Another role already has this name.");
        WebSession.Page unknown = web.postAll("/admin/roles", role("Helpers", "USERS_VIEW", "LAUNCH_ROCKETS"));
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.body()).contains("id=\"permissions-error\"").contains("value=\"Helpers\"");
        assertThat(roleCount()).isEqualTo(before);

        long administrator = StaffAccounts.builtInRoleId(jdbc, "ADMINISTRATOR");
        assertThat(web.postAll("/admin/roles/" + administrator, role("Boss", "USERS_VIEW")).status()).isEqualTo(403);
        assertThat(web.post("/admin/roles/" + StaffAccounts.builtInRoleId(jdbc, "SUPPORT") + "/delete", Map.of()).status())
                .isEqualTo(409);
        assertThat(web.post("/admin/roles/999999999/delete", Map.of()).status()).isEqualTo(404);
        assertThat(web.get("/admin/roles/not-a-number").status()).isEqualTo(400);
        assertThat(roleCount()).isEqualTo(before);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM staff_role_permission WHERE role_id = ?", Long.class, administrator))
                .as("Administrator lists nothing: it holds everything").isZero();
    }

    @Test
    void customRolesAreMadeChangedInUseAndDeletedAndChangesTakeEffectAtOnce() {
        AccountView admin = AccountFixtures.admin(accounts);
        WebSession web = signedIn(admin);
        String name = "Voucher desk " + UUID.randomUUID().toString().substring(0, 6);
        assertThat(web.postAll("/admin/roles", role(name, "VOUCHERS_VIEW")).redirectsTo("/admin/roles")).isTrue();
        long id = roleId(name);
        assertThat(web.get("/admin/roles").body()).contains(name);

        AccountView clerk = StaffAccounts.withRole(accounts, jdbc, id, "clerk");
        WebSession clerkWeb = browser();
        clerkWeb.signIn(clerk.email(), AccountFixtures.PASSWORD);
        WebSession.Page vouchers = clerkWeb.get("/admin/vouchers");
        assertThat(vouchers.status()).isEqualTo(200);
        assertThat(vouchers.body()).as("the new-voucher form is inert for a viewer").containsPattern(
                "<form[^>]*id=\"voucher-form\"[^>]*data-not-allowed");
        assertThat(web.get("/admin/vouchers").body()).doesNotContain("data-not-allowed");
        assertThat(clerkWeb.get("/admin/audit").status()).isEqualTo(403);
        String menu = clerkWeb.get("/").body();
        assertThat(menu).contains("href=\"/admin/vouchers\"").doesNotContain("href=\"/admin/audit\"")
                .doesNotContain("href=\"/admin/users\"");

        web.get("/admin/roles/" + id);
        assertThat(web.postAll("/admin/roles/" + id, role(name, "VOUCHERS_VIEW", "LOGS_VIEW")).redirectsTo("/admin/roles")).isTrue();
        assertThat(clerkWeb.get("/admin/audit").status()).as("no new sign-in needed").isEqualTo(200);
        assertThat(jdbc.queryForList("SELECT details FROM audit_log WHERE action = 'admin_changed_staff_role' AND actor_id = ?",
                String.class, admin.id())).singleElement().asString().contains(name).contains("LOGS_VIEW");

        AccountView former = StaffAccounts.withRole(accounts, jdbc, id, "former");
        web.get("/admin/users/" + former.id());
        web.post("/admin/users/" + former.id() + "/delete", Map.of());
        assertThat(accounts.find(former.id()).orElseThrow().deleted()).isTrue();
        assertThat(web.post("/admin/roles/" + id + "/delete", Map.of()).status()).as("still has a member").isEqualTo(409);
        web.get("/admin/users/" + clerk.id());
        web.post("/admin/users/" + clerk.id() + "/role", Map.of("staffRole", ""));
        assertThat(web.post("/admin/roles/" + id + "/delete", Map.of()).redirectsTo("/admin/roles"))
                .as("a deleted account is no member").isTrue();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM staff_role WHERE id = ?", Long.class, id)).isZero();
    }

    @Test
    void nobodyGrantsWhatTheyDoNotHold() {
        AccountView admin = AccountFixtures.admin(accounts);
        WebSession web = signedIn(admin);
        String name = "Role keeper " + UUID.randomUUID().toString().substring(0, 6);
        web.postAll("/admin/roles", role(name, "ROLES_VIEW", "ROLES_CHANGE", "USERS_VIEW"));
        AccountView keeper = StaffAccounts.withRole(accounts, jdbc, roleId(name), "keeper");
        WebSession keeperWeb = signedIn(keeper);
        long before = roleCount();

        assertThat(keeperWeb.postAll("/admin/roles", role("Money", "WALLETS_CHANGE")).status()).isEqualTo(403);
        assertThat(roleCount()).isEqualTo(before);
        AccountView customer = AccountFixtures.customer(accounts);
        keeperWeb.post("/admin/users/" + customer.id() + "/role",
                Map.of("staffRole", Long.toString(StaffAccounts.builtInRoleId(jdbc, "ADMINISTRATOR"))));
        assertThat(accounts.find(customer.id()).orElseThrow().staff()).isFalse();
        keeperWeb.post("/admin/users/" + admin.id() + "/role", Map.of("staffRole", ""));
        assertThat(accounts.find(admin.id()).orElseThrow().staff()).as("cannot demote someone above them").isTrue();
    }

    @Test
    void assigningARoleEndsTheAccountsSessionsAndIsAudited() {
        AccountView admin = AccountFixtures.admin(accounts);
        AccountView customer = AccountFixtures.customer(accounts);
        WebSession customerWeb = browser();
        customerWeb.signIn(customer.email(), AccountFixtures.PASSWORD);
        assertThat(customerWeb.get("/account").status()).isEqualTo(200);
        assertThat(customerWeb.get("/admin/users").status()).isEqualTo(403);

        WebSession web = signedIn(admin);
        web.get("/admin/users/" + customer.id());
        long support = StaffAccounts.builtInRoleId(jdbc, "SUPPORT");
        web.post("/admin/users/" + customer.id() + "/role", Map.of("staffRole", Long.toString(support)));

        assertThat(customerWeb.get("/account").redirectsTo("/login?ended")).as("the old session ended").isTrue();
        assertThat(jdbc.queryForObject("SELECT staff_role_id FROM users WHERE id = ?", Long.class, customer.id())).isEqualTo(support);
        assertThat(jdbc.queryForList("SELECT details FROM audit_log WHERE action = 'admin_changed_role' AND subject_id = ?",
                String.class, customer.id())).containsExactly("staff role Support");
        WebSession again = browser();
        again.signIn(customer.email(), AccountFixtures.PASSWORD);
        assertThat(again.get("/admin/users").status()).isEqualTo(200);
        assertThat(again.get("/admin/users/" + customer.id()).body()).contains("id=\"user-role\"").contains("Support");
        assertThat(web.get("/admin/users/" + customer.id()).body()).contains("Support");
    }

    @Test
    void theLastAdministratorKeepsTheRoleAndTheAccount() {
        AccountView last = AccountFixtures.admin(accounts);
        AccountView owner = AccountFixtures.admin(accounts);
        String name = "Deputy " + UUID.randomUUID().toString().substring(0, 6);
        List<String> everything = java.util.Arrays.stream(Permission.values()).map(Enum::name).toList();
        signedIn(owner).postAll("/admin/roles", role(name, everything.toArray(String[]::new)));
        AccountView deputy = StaffAccounts.withRole(accounts, jdbc, roleId(name), "deputy");
        WebSession web = signedIn(deputy);

        long administrator = StaffAccounts.builtInRoleId(jdbc, "ADMINISTRATOR");
        List<Long> others = jdbc.queryForList("SELECT id FROM users WHERE staff_role_id = ? AND blocked = FALSE "
                + "AND deleted_at IS NULL AND id <> ?", Long.class, administrator, last.id());
        try {
            others.forEach(id -> jdbc.update("UPDATE users SET blocked = TRUE WHERE id = ?", id));
            String page = "/admin/users/" + last.id();
            web.get(page);
            web.post(page + "/role", Map.of("staffRole", ""));
            web.post(page + "/block", Map.of());
            web.post(page + "/delete", Map.of());
            WebSession.Page shown = web.get(page);
            assertThat(shown.body()).contains("This is the last Administrator who can sign in");
            AccountView after = accounts.find(last.id()).orElseThrow();
            assertThat(after.staff()).isTrue();
            assertThat(after.blocked()).isFalse();
            assertThat(after.deleted()).isFalse();
            assertThat(jdbc.queryForObject("SELECT staff_role_id FROM users WHERE id = ?", Long.class, last.id())).isEqualTo(administrator);
        } finally {
            others.forEach(id -> jdbc.update("UPDATE users SET blocked = FALSE WHERE id = ?", id));
        }
        web.get("/admin/users/" + last.id());
        web.post("/admin/users/" + last.id() + "/role", Map.of("staffRole", ""));
        assertThat(accounts.find(last.id()).orElseThrow().staff()).as("with another Administrator it may go").isFalse();
    }
}
