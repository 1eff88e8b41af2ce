package io.pteroca.panel.account;

import static org.assertj.core.api.Assertions.assertThat;

import io.pteroca.panel.support.IntegrationTest;
import io.pteroca.panel.support.WebSession;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class AdminUsersTest extends IntegrationTest {

    @Autowired
    Accounts accounts;

    private WebSession admin(AccountView admin) {
        WebSession web = browser();
        web.signIn(admin.email(), AccountFixtures.PASSWORD);
        return web;
    }

    @Test
    void adminsFindBlockPromoteAndDeleteAccountsAndEveryActionIsAudited() {
        AccountView admin = AccountFixtures.admin(accounts);
        AccountView customer = AccountFixtures.customer(accounts);
        WebSession web = admin(admin);

        assertThat(web.get("/admin/users?q=" + customer.email().substring(0, 14)).body()).contains(customer.email());
        String page = "/admin/users/" + customer.id();
        assertThat(web.get(page).body()).contains(customer.email());

        web.post(page + "/block", Map.of());
        assertThat(accounts.find(customer.id()).orElseThrow().blocked()).isTrue();
        web.get(page);
        web.post(page + "/unblock", Map.of());
        assertThat(accounts.find(customer.id()).orElseThrow().blocked()).isFalse();
        web.get(page);
        web.post(page + "/role", Map.of("staffRole", Long.toString(
                io.pteroca.panel.support.StaffAccounts.builtInRoleId(jdbc, "ADMINISTRATOR"))));
        assertThat(accounts.find(customer.id()).orElseThrow().role()).isEqualTo(Role.ADMIN);
        web.get(page);
        web.post(page + "/delete", Map.of());
        assertThat(accounts.find(customer.id()).orElseThrow().deleted()).isTrue();

        assertThat(jdbc.queryForList("select action from audit_log where subject_id = ? order by id", String.class, customer.id()))
                .containsExactly("admin_blocked_user", "admin_unblocked_user", "admin_changed_role", "admin_deleted_user");
        assertThat(web.get("/admin/audit?email=" + customer.email()).body()).contains("Account deleted");
    }

    @Test
    void adminsCannotLockThemselvesOut() {
        AccountView admin = AccountFixtures.admin(accounts);
        WebSession web = admin(admin);
        web.get("/admin/users/" + admin.id());
        WebSession.Page answer = web.post("/admin/users/" + admin.id() + "/block", Map.of());
        assertThat(answer.status()).isEqualTo(302);
        assertThat(accounts.find(admin.id()).orElseThrow().blocked()).isFalse();
    }

    @Test
    void badInputIsAClientError() {
        AccountView admin = AccountFixtures.admin(accounts);
        WebSession web = admin(admin);
        web.get("/admin/users");
        assertThat(web.get("/admin/users/999999999").status()).isEqualTo(404);
        assertThat(web.get("/admin/users/not-a-number").status()).isEqualTo(400);
        assertThat(web.post("/admin/users/" + admin.id() + "/role", Map.of("staffRole", "EMPEROR")).status()).isEqualTo(400);
        assertThat(web.post("/admin/users/" + admin.id() + "/role", Map.of()).status()).isEqualTo(400);
        assertThat(web.get("/admin/users?page=-5").status()).isEqualTo(200);
        assertThat(web.get("/admin/audit?from=yesterday").status()).isEqualTo(400);
    }
}
