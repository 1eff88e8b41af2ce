package io.pteroca.panel.account;

import static org.assertj.core.api.Assertions.assertThat;

import io.pteroca.panel.pterodactyl.PterodactylAccounts;
import io.pteroca.panel.support.BackgroundWork;
import io.pteroca.panel.support.IntegrationTest;
import io.pteroca.panel.support.TestMail;
import io.pteroca.panel.support.TestPterodactyl;
import io.pteroca.panel.support.WebSession;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Admins create customers (with an invitation to choose a password) and edit them; bad input saves nothing. */
class AdminCustomerFormTest extends IntegrationTest {

    private static final String SITE = "http://localhost:8080";

    @Autowired
    Accounts accounts;
    @Autowired
    PterodactylAccounts pterodactyl;

    private WebSession admin() {
        WebSession web = browser();
        web.signIn(AccountFixtures.admin(accounts).email(), AccountFixtures.PASSWORD);
        return web;
    }

    private static Map<String, String> fields(String email, String first, String last, String language, boolean verified,
                                              boolean invite) {
        Map<String, String> fields = new HashMap<>(Map.of("email", email, "firstName", first, "lastName", last,
                "language", language, "_verified", "on", "_invite", "on"));
        if (verified) {
            fields.put("verified", "true");
        }
        if (invite) {
            fields.put("invite", "true");
        }
        return fields;
    }

    @Test
    void aCustomerMadeByAnAdminGetsAPterodactylUserAndAnInvitationThatSetsTheirPassword() throws Exception {
        WebSession web = admin();
        String email = AccountFixtures.uniqueEmail("invited");
        WebSession.Page created = web.submit("/admin/users/new", "/admin/users/new",
                fields(email, "Ivy", "Invited", "pl", true, true));
        assertThat(created.status()).isEqualTo(302);
        AccountView customer = accounts.findByEmail(email).orElseThrow();
        assertThat(created.location()).endsWith("/admin/users/" + customer.id());
        assertThat(customer.role()).isEqualTo(Role.USER);
        assertThat(customer.emailVerified()).isTrue();
        assertThat(customer.language()).isEqualTo("pl");

        var mails = TestMail.await(email, 1);
        assertThat(mails.get(0).getSubject()).contains("Twoje konto");
        String link = TestMail.link(mails.get(0), SITE + "/reset-password/").substring(SITE.length());
        assertThat(pterodactyl.userOf(customer.id())).as("made as on registration").isPresent();
        synchronized (TestPterodactyl.emulator().state()) {
            assertThat(TestPterodactyl.emulator().state().users.values()).anyMatch(user -> user.email.equalsIgnoreCase(email));
        }

        WebSession invited = browser();
        invited.get(link);
        assertThat(invited.post(link, Map.of("password", "my own new secret", "confirmPassword", "my own new secret")).status())
                .isEqualTo(302);
        assertThat(browser().signIn(email, "my own new secret").location()).endsWith("/");
        assertThat(jdbc.queryForList("SELECT action FROM audit_log WHERE subject_id = ? ORDER BY id", String.class, customer.id()))
                .contains("admin_created_user");
    }

    @Test
    void withoutAnInvitationNoMailIsSentAndTheAddressStaysUnverified() {
        WebSession web = admin();
        String email = AccountFixtures.uniqueEmail("quiet");
        assertThat(web.submit("/admin/users/new", "/admin/users/new", fields(email, "Quinn", "Quiet", "", false, false)).status())
                .isEqualTo(302);
        BackgroundWork.awaitIdle();
        AccountView customer = accounts.findByEmail(email).orElseThrow();
        assertThat(customer.emailVerified()).isFalse();
        assertThat(customer.language()).isNull();
        assertThat(TestMail.to(email)).isEmpty();
    }

    @Test
    void badInputNamesTheFieldAnswersA400AndSavesNothing() {
        WebSession web = admin();
        AccountView existing = AccountFixtures.customer(accounts);
        long before = jdbc.queryForObject("SELECT COUNT(*) FROM users", Long.class);

        WebSession.Page taken = web.submit("/admin/users/new", "/admin/users/new",
                fields(existing.email(), "Dup", "Licate", "", false, false));
        assertThat(taken.status()).isEqualTo(400);
        assertThat(taken.body()).contains("id=\"user-errors\"").contains("is-invalid").contains("already");
        WebSession.Page noName = web.submit("/admin/users/new", "/admin/users/new",
                fields(AccountFixtures.uniqueEmail("noname"), " ", "Last", "", false, false));
        assertThat(noName.status()).isEqualTo(400);
        assertThat(noName.body()).contains("Enter a first name");
        WebSession.Page badAddress = web.submit("/admin/users/new", "/admin/users/new",
                fields("not-an-address", "A", "B", "", false, false));
        assertThat(badAddress.status()).isEqualTo(400);
        WebSession.Page badLanguage = web.submit("/admin/users/new", "/admin/users/new",
                fields(AccountFixtures.uniqueEmail("klingon"), "A", "B", "tlh", false, false));
        assertThat(badLanguage.status()).isEqualTo(400);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM users", Long.class)).isEqualTo(before);

        String edit = "/admin/users/" + existing.id() + "/edit";
        AccountView other = AccountFixtures.customer(accounts);
        WebSession.Page clash = web.submit(edit, edit, fields(other.email(), "New", "Name", "en", true, false));
        assertThat(clash.status()).isEqualTo(400);
        assertThat(clash.body()).contains("is-invalid");
        AccountView unchanged = accounts.find(existing.id()).orElseThrow();
        assertThat(unchanged.email()).isEqualTo(existing.email());
        assertThat(unchanged.firstName()).as("nothing half-saved").isEqualTo(existing.firstName());
        assertThat(web.get("/admin/users/999999999/edit").status()).isEqualTo(404);
    }

    @Test
    void editingChangesNamesLanguageVerifiedFlagAndAddressAndTheOldAddressSessionsEnd() {
        WebSession web = admin();
        AccountView customer = AccountFixtures.customer(accounts);
        BackgroundWork.awaitIdle();
        WebSession customerWeb = browser();
        customerWeb.signIn(customer.email(), AccountFixtures.PASSWORD);
        assertThat(customerWeb.get("/account").status()).isEqualTo(200);

        String edit = "/admin/users/" + customer.id() + "/edit";
        assertThat(web.get(edit).body()).contains(customer.email());
        String newEmail = AccountFixtures.uniqueEmail("moved");
        WebSession.Page saved = web.submit(edit, edit, fields(newEmail, "Carla", "Changed", "pl", false, false));
        assertThat(saved.status()).isEqualTo(302);
        AccountView changed = accounts.find(customer.id()).orElseThrow();
        assertThat(changed.email()).isEqualTo(newEmail);
        assertThat(changed.displayName()).isEqualTo("Carla Changed");
        assertThat(changed.language()).isEqualTo("pl");
        assertThat(changed.emailVerified()).isFalse();
        assertThat(customerWeb.get("/account").location()).contains("/login");
        int user = pterodactyl.userOf(customer.id()).orElseThrow();
        synchronized (TestPterodactyl.emulator().state()) {
            assertThat(TestPterodactyl.emulator().state().users.get((long) user).email).isEqualTo(newEmail);
        }
        assertThat(jdbc.queryForList("SELECT details FROM audit_log WHERE subject_id = ? AND action = 'admin_changed_user'",
                String.class, customer.id())).containsExactly("e-mail from " + customer.email());
    }
}
