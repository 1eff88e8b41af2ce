package io.pteroca.panel.pterodactyl;

import static org.assertj.core.api.Assertions.assertThat;

import io.pteroca.emulator.PterodactylEmulator;
import io.pteroca.emulator.http.FaultInjector;
import io.pteroca.panel.account.AccountView;
import io.pteroca.panel.account.Accounts;
import io.pteroca.panel.account.Role;
import io.pteroca.panel.setting.SecretCipher;
import io.pteroca.panel.support.BackgroundWork;
import io.pteroca.panel.support.IntegrationTest;
import io.pteroca.panel.support.TestPterodactyl;
import io.pteroca.panel.support.WebSession;
import io.pteroca.pterodactyl.Pterodactyl;
import io.pteroca.pterodactyl.http.ClientSettings;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class AccountLinkingTest extends IntegrationTest {

    @Autowired
    Accounts accounts;
    @Autowired
    PterodactylLinkRepository links;
    @Autowired
    AccountLinking linking;
    @Autowired
    io.pteroca.panel.shared.work.DurableWorkRunner work;
    @Autowired
    SecretCipher cipher;

    private static PterodactylEmulator emulator() {
        return TestPterodactyl.emulator();
    }

    private static String email(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.test";
    }

    /** How the attempt that runs right after the account's activation commits ended. */
    private PterodactylLink.Status settled(long accountId) {
        BackgroundWork.awaitIdle();
        PterodactylLink link = links.findById(accountId).orElseThrow();
        assertThat(link.status() != PterodactylLink.Status.PENDING || link.attempts() > 0).as("account " + accountId + " was tried")
                .isTrue();
        return link.status();
    }

    /** The link once the background attempts (after commit, or the job's) are done, checked to be in this status. */
    private PterodactylLink linkIn(long accountId, PterodactylLink.Status expected) {
        BackgroundWork.awaitIdle();
        PterodactylLink link = links.findById(accountId).orElseThrow();
        assertThat(link.status()).as(link.lastError()).isEqualTo(expected);
        return link;
    }

    private static long usersWithEmail(String email) {
        synchronized (emulator().state()) {
            return emulator().state().users.values().stream().filter(u -> u.email.equalsIgnoreCase(email)).count();
        }
    }

    private static long clientKeysOf(long pterodactylUserId) {
        synchronized (emulator().state()) {
            return emulator().state().apiKeys.values().stream()
                    .filter(k -> k.userId == pterodactylUserId && k.type == io.pteroca.emulator.state.ApiKey.Type.CLIENT).count();
        }
    }

    private static String testResults(String page) {
        int start = page.indexOf("id=\"test-results\"");
        assertThat(start).as("test results shown").isPositive();
        return page.substring(start, page.indexOf("</ul>", start));
    }

    private AccountView customer(String email) {
        return accounts.createVerified(email, "Lin", "Ked", "linking secret 1", Role.USER, "test");
    }

    @Test
    void anActivatedAccountGetsItsOwnUserAndAWorkingClientKeyInTwoCalls() {
        int before = TestPterodactyl.totalCalls();
        AccountView account = customer(email("linked"));
        assertThat(settled(account.id())).isEqualTo(PterodactylLink.Status.LINKED);
        assertThat(TestPterodactyl.totalCalls() - before).isEqualTo(2);

        PterodactylLink link = links.findById(account.id()).orElseThrow();
        String stored = jdbc.queryForObject("select sealed_client_key from pterodactyl_account where user_id = ?", String.class,
                account.id());
        String clientKey = cipher.decrypt(stored);
        assertThat(stored).doesNotContain(clientKey);
        assertThat(clientKey).hasSize(48);
        synchronized (emulator().state()) {
            var user = emulator().state().user(link.pterodactylUserId());
            assertThat(user.externalId).isEqualTo(pterodactylSettings.userExternalId(account.id())).startsWith("pteroca-");
            assertThat(user.email).isEqualTo(account.email());
            assertThat(user.rootAdmin).isFalse();
        }
        var me = Pterodactyl.client(ClientSettings.builder(emulator().baseUrl(), clientKey).build()).account().get();
        assertThat(me.email()).isEqualTo(account.email());
    }

    @Test
    void anAddressPterodactylAlreadyKnowsIsNeverLinkedAutomatically() {
        String email = email("taken");
        synchronized (emulator().state()) {
            emulator().state().createUser(email, "someone" + UUID.randomUUID().toString().substring(0, 6), "Some", "One", null, false);
        }
        AccountView account = customer(email);
        assertThat(settled(account.id())).isEqualTo(PterodactylLink.Status.NEEDS_LINKING);
        assertThat(usersWithEmail(email)).isEqualTo(1);
    }

    @Test
    void aFailedUserCreationLeavesNothingBehindAndIsRetried() {
        emulator().faults().add(new FaultInjector.Fault("POST", "/api/application/users", 500, 0, false, 100));
        String email = email("retry-user");
        AccountView account = customer(email);
        assertThat(settled(account.id())).isEqualTo(PterodactylLink.Status.PENDING);
        assertThat(links.findById(account.id()).orElseThrow().lastError()).contains("500");
        assertThat(usersWithEmail(email)).isZero();

        emulator().faults().clear();
        clock.advance(Duration.ofMinutes(5));
        work.sweep(linking);
        linkIn(account.id(), PterodactylLink.Status.LINKED);
        assertThat(usersWithEmail(email)).isEqualTo(1);
    }

    @Test
    void aUserWhoseKeyFailedIsDeletedAgainAndTheRetryMakesExactlyOne() {
        emulator().faults().add(new FaultInjector.Fault("POST", "/api/application/users/\\d+/api-keys", 500, 0, false, 1));
        String email = email("retry-key");
        AccountView account = customer(email);
        assertThat(settled(account.id())).isEqualTo(PterodactylLink.Status.PENDING);
        assertThat(usersWithEmail(email)).isZero();

        clock.advance(Duration.ofMinutes(5));
        work.sweep(linking);
        PterodactylLink link = linkIn(account.id(), PterodactylLink.Status.LINKED);
        assertThat(usersWithEmail(email)).isEqualTo(1);
        assertThat(clientKeysOf(link.pterodactylUserId())).isEqualTo(1);
    }

    @Test
    void aUserLeftByACrashIsFoundByItsExternalIdInsteadOfDuplicated() {
        emulator().faults().add(new FaultInjector.Fault("POST", "/api/application/users", 0, 0, true, 100));
        String email = email("crash");
        AccountView account = customer(email);
        settled(account.id());
        emulator().faults().clear();
        synchronized (emulator().state()) {
            emulator().state().createUser(email, "crashed" + account.id(), "Lin", "Ked", null, false).externalId =
                    pterodactylSettings.userExternalId(account.id());
        }
        clock.advance(Duration.ofMinutes(5));
        work.sweep(linking);
        linkIn(account.id(), PterodactylLink.Status.LINKED);
        assertThat(usersWithEmail(email)).isEqualTo(1);
    }

    @Test
    void aUserCarryingOurExternalIdButAnotherAddressIsNeverTakenForOurs() {
        settings.set(settings.definition("pterodactyl.url").orElseThrow(), "");
        String email = email("collide");
        AccountView account = customer(email);
        BackgroundWork.awaitIdle();
        synchronized (emulator().state()) {
            emulator().state().createUser(email, "owner" + account.id(), "Real", "Owner", null, false);
            emulator().state().createUser(email("stranger"), "stranger" + account.id(), "Str", "Anger", null, false).externalId =
                    pterodactylSettings.userExternalId(account.id());
        }
        pterodactylSettings.configure(emulator().baseUrl(), emulator().applicationKey());
        work.sweep(linking);
        assertThat(linkIn(account.id(), PterodactylLink.Status.NEEDS_LINKING).pterodactylUserId()).isNull();
    }

    @Test
    void accountsActivatedBeforePterodactylWasConfiguredAreLinkedOnceItIs() {
        settings.set(settings.definition("pterodactyl.url").orElseThrow(), "");
        AccountView account = customer(email("early"));
        BackgroundWork.awaitIdle();
        assertThat(links.findById(account.id()).orElseThrow().status()).isEqualTo(PterodactylLink.Status.PENDING);
        pterodactylSettings.configure(emulator().baseUrl(), emulator().applicationKey());
        work.sweep(linking);
        linkIn(account.id(), PterodactylLink.Status.LINKED);
    }

    @Test
    void adminsLinkExistingUsersExplicitlyAndRootAdminsOnlyWithForce() {
        String email = email("root");
        synchronized (emulator().state()) {
            emulator().state().createUser(email, "rootish" + UUID.randomUUID().toString().substring(0, 6), "Root", "Ish", null, true);
        }
        AccountView account = customer(email);
        assertThat(settled(account.id())).isEqualTo(PterodactylLink.Status.NEEDS_LINKING);
        AccountView admin = accounts.createVerified(email("padmin"), "Pat", "Admin", "pterodactyl admin 1", Role.ADMIN, "test");
        WebSession web = browser();
        web.signIn(admin.email(), "pterodactyl admin 1");
        assertThat(web.get("/admin/pterodactyl").body()).contains(email);
        web.post("/admin/pterodactyl/links/" + account.id() + "/link-existing", Map.of());
        assertThat(links.findById(account.id()).orElseThrow().status()).isEqualTo(PterodactylLink.Status.NEEDS_LINKING);
        web.get("/admin/pterodactyl");
        web.post("/admin/pterodactyl/links/" + account.id() + "/link-existing", Map.of("force", "true"));
        PterodactylLink link = links.findById(account.id()).orElseThrow();
        assertThat(link.status()).isEqualTo(PterodactylLink.Status.LINKED);
        assertThat(link.rootAdmin()).isTrue();
        assertThat(jdbc.queryForObject("select count(*) from audit_log where action = 'pterodactyl_user_linked' and subject_id = ?",
                Integer.class, account.id())).isEqualTo(1);
    }

    @Test
    void pterodactylAdministratorIsOnlyEverAnExplicitAuditedGrant() {
        AccountView admin = accounts.createVerified(email("granter"), "Gra", "Nter", "granting admin 1", Role.ADMIN, "test");
        assertThat(settled(admin.id())).isEqualTo(PterodactylLink.Status.LINKED);
        long pterodactylId = links.findById(admin.id()).orElseThrow().pterodactylUserId();
        synchronized (emulator().state()) {
            assertThat(emulator().state().user(pterodactylId).rootAdmin).isFalse();
        }
        AccountView other = accounts.createVerified(email("boss"), "Bo", "Ss", "granting admin 2", Role.ADMIN, "test");
        WebSession web = browser();
        web.signIn(other.email(), "granting admin 2");
        web.get("/admin/pterodactyl");
        web.post("/admin/pterodactyl/administrators", Map.of("email", admin.email(), "grant", "true"));
        synchronized (emulator().state()) {
            assertThat(emulator().state().user(pterodactylId).rootAdmin).isTrue();
        }
        assertThat(web.get("/admin/pterodactyl").body()).contains(admin.email());
        web.post("/admin/pterodactyl/administrators", Map.of("email", admin.email(), "grant", "false"));
        synchronized (emulator().state()) {
            assertThat(emulator().state().user(pterodactylId).rootAdmin).isFalse();
        }
        assertThat(jdbc.queryForList("select action from audit_log where subject_id = ? and action like 'pterodactyl_admin%' order by id",
                String.class, admin.id())).containsExactly("pterodactyl_admin_granted", "pterodactyl_admin_revoked");
    }

    @Test
    void worksWithTheOriginalAddonToo() {
        try (PterodactylEmulator original = PterodactylEmulator.builder().host("127.0.0.1").port(0)
                .addonMode(io.pteroca.emulator.state.EmulatorSettings.AddonMode.ORIGINAL).build().start()) {
            synchronized (original.state()) {
                // Another panel: its user ids must not repeat the ones the shared emulator already handed out.
                original.state().skipIdsTo("users", 1_000_000);
            }
            pterodactylSettings.configure(original.baseUrl(), original.applicationKey());
            AccountView account = customer(email("original"));
            assertThat(settled(account.id())).isEqualTo(PterodactylLink.Status.LINKED);
            AccountView admin = accounts.createVerified(email("oadmin"), "Orig", "Admin", "original admin 1", Role.ADMIN, "test");
            WebSession web = browser();
            web.signIn(admin.email(), "original admin 1");
            web.get("/admin/pterodactyl");
            assertThat(testResults(web.post("/admin/pterodactyl/test", Map.of()).body())).contains("WARNING")
                    .contains("original PteroCA addon");
        }
    }

    @Test
    void passwordChangesArePushedToPterodactyl() {
        AccountView account = customer(email("password"));
        assertThat(settled(account.id())).isEqualTo(PterodactylLink.Status.LINKED);
        long userId = links.findById(account.id()).orElseThrow().pterodactylUserId();
        String before;
        synchronized (emulator().state()) {
            before = emulator().state().user(userId).password;
        }
        accounts.setPassword(account.email(), "pushed new secret");
        BackgroundWork.awaitIdle();
        synchronized (emulator().state()) {
            assertThat(emulator().state().user(userId).password).isNotNull().isNotEqualTo(before);
        }
    }

    @Test
    void theConnectionTestSaysWhatIsWrong() {
        AccountView admin = accounts.createVerified(email("tester"), "Tess", "Admin", "connection admin 1", Role.ADMIN, "test");
        WebSession web = browser();
        web.signIn(admin.email(), "connection admin 1");
        web.get("/admin/pterodactyl");
        String ok = testResults(web.post("/admin/pterodactyl/test", Map.of()).body());
        assertThat(ok).contains("PteroCA addon 1.").contains("OK").doesNotContain("FAILED").doesNotContain("WARNING");

        pterodactylSettings.configure(emulator().baseUrl(), "ptla_" + "x".repeat(43));
        web.get("/admin/pterodactyl");
        assertThat(testResults(web.post("/admin/pterodactyl/test", Map.of()).body())).contains("FAILED").contains("refused");

        pterodactylSettings.configure("http://127.0.0.1:9", emulator().applicationKey());
        web.get("/admin/pterodactyl");
        assertThat(testResults(web.post("/admin/pterodactyl/test", Map.of()).body())).contains("FAILED").contains("Cannot reach");
        assertThat(web.get("/admin").body()).contains("id=\"pterodactyl-tile\"");
    }

    private WebSession signedIn(AccountView account) {
        return signedIn(account.email());
    }

    private WebSession signedIn(String email) {
        WebSession web = browser();
        web.signIn(email, "linking secret 1");
        return web;
    }

    /** The customer asks for the new address on the account page and opens the link sent to it. */
    private WebSession.Page changeEmail(String currentEmail, String newEmail) {
        WebSession web = signedIn(currentEmail);
        web.get("/account");
        web.post("/account/email", Map.of("newEmail", newEmail, "currentPassword", "linking secret 1"));
        String link = io.pteroca.panel.support.TestMail.link(io.pteroca.panel.support.TestMail.await(newEmail, 1).get(0),
                "http://localhost:8080/account/email/confirm?token=");
        return web.get(link.replace("http://localhost:8080", ""));
    }

    private String pterodactylEmail(long accountId) {
        long userId = links.findById(accountId).orElseThrow().pterodactylUserId();
        synchronized (emulator().state()) {
            return emulator().state().user(userId).email;
        }
    }

    @Test
    void anEmailChangeMovesThePterodactylUserFirstOrNotAtAll() {
        AccountView account = customer(email("mover"));
        assertThat(settled(account.id())).isEqualTo(PterodactylLink.Status.LINKED);
        String moved = email("moved");
        changeEmail(account.email(), moved);
        assertThat(accounts.find(account.id()).orElseThrow().email()).isEqualTo(moved);
        assertThat(pterodactylEmail(account.id())).isEqualTo(moved);

        String taken = email("taken-there");
        synchronized (emulator().state()) {
            emulator().state().createUser(taken, "holder" + UUID.randomUUID().toString().substring(0, 6), "Hold", "Er", null, false);
        }
        WebSession.Page refused = changeEmail(moved, taken);
        assertThat(refused.location()).endsWith("/account");
        assertThat(accounts.find(account.id()).orElseThrow().email()).as("nothing changed here").isEqualTo(moved);
        assertThat(pterodactylEmail(account.id())).as("nor there").isEqualTo(moved);
    }

    @Test
    void anAdminFreesAnAddressStillHeldByAnAccountThatMovedBeforeAddressesWereKeptInStep() {
        AccountView old = customer(email("legacy"));
        assertThat(settled(old.id())).isEqualTo(PterodactylLink.Status.LINKED);
        String newAddress = email("legacy-new");
        // As it happened before: the address changed here only.
        jdbc.update("update users set email = ? where id = ?", newAddress, old.id());
        AccountView waiting = customer(old.email());
        assertThat(settled(waiting.id())).isEqualTo(PterodactylLink.Status.NEEDS_LINKING);

        AccountView admin = accounts.createVerified(email("freer"), "Fre", "Er", "linking secret 1", Role.ADMIN, "test");
        WebSession web = signedIn(admin);
        assertThat(web.get("/admin/pterodactyl").body()).contains("id=\"free-email-" + waiting.id() + "\"")
                .contains("Needs an admin").doesNotContain(">NEEDS_LINKING<");
        web.post("/admin/pterodactyl/links/" + waiting.id() + "/free-email", Map.of());
        assertThat(pterodactylEmail(old.id())).isEqualTo(newAddress);
        work.sweep(linking);
        assertThat(linkIn(waiting.id(), PterodactylLink.Status.LINKED).pterodactylUserId())
                .isNotEqualTo(links.findById(old.id()).orElseThrow().pterodactylUserId());
    }

    @Test
    void aKeyThatMayOnlyReadUsersIsCaughtByTheTestAndFailingLinksShowTheirError() {
        String readOnlyUsers;
        synchronized (emulator().state()) {
            var owner = emulator().state().users.values().stream().filter(u -> u.rootAdmin).findFirst().orElseThrow();
            var key = emulator().state().createApplicationKey(owner, "users read only",
                    io.pteroca.emulator.state.ApiKey.READ | io.pteroca.emulator.state.ApiKey.WRITE);
            key.permissions.put("users", io.pteroca.emulator.state.ApiKey.READ);
            readOnlyUsers = key.token();
        }
        pterodactylSettings.configure(emulator().baseUrl(), readOnlyUsers);
        AccountView admin = accounts.createVerified(email("keycheck"), "Key", "Check", "linking secret 1", Role.ADMIN, "test");
        WebSession web = signedIn(admin);
        web.get("/admin/pterodactyl");
        String results = testResults(web.post("/admin/pterodactyl/test", Map.of()).body());
        assertThat(results).contains("Create and change users").contains("data-outcome=\"FAILED\"").contains("may only read");
        assertThat(results).as("servers are writable").contains("Create and change servers").contains("Writable");
        synchronized (emulator().state()) {
            assertThat(emulator().state().users.values()).noneMatch(u -> u.email.isEmpty());
            assertThat(emulator().state().servers.values()).noneMatch(server -> server.name.isEmpty());
        }

        AccountView customer = customer(email("unlinkable"));
        settled(customer.id());
        assertThat(web.get("/admin/pterodactyl").body()).contains(customer.email()).contains("Waiting")
                .contains("This action is unauthorized");
    }
}
