package io.pteroca.panel.setup;

import static org.assertj.core.api.Assertions.assertThat;

import io.pteroca.panel.account.Accounts;
import io.pteroca.panel.account.Role;
import io.pteroca.panel.setting.SiteSettings;
import io.pteroca.panel.support.IntegrationTest;
import io.pteroca.panel.support.TestPterodactyl;
import io.pteroca.panel.support.WebSession;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class SetupWizardTest extends IntegrationTest {

    @Autowired
    SetupState state;
    @Autowired
    Accounts accounts;
    @Autowired
    SiteSettings site;

    private String token;

    @BeforeEach
    void freshSetup() {
        settings.set(SetupState.COMPLETED, "false");
        token = state.newToken();
    }

    @AfterEach
    void finished() {
        settings.set(SetupState.COMPLETED, "true");
    }

    @Test
    void withoutTheTokenNothingButTheTokenPageOpens() {
        WebSession web = browser();
        assertThat(web.get("/").location()).endsWith("/setup");
        assertThat(web.get("/setup").status()).isEqualTo(200);
        for (String step : new String[] {"/setup/site", "/setup/mail", "/setup/pterodactyl", "/setup/payments", "/setup/admin"}) {
            assertThat(web.get(step).status()).as(step).isEqualTo(404);
        }
        web.get("/setup");
        assertThat(web.post("/setup/admin", Map.of("email", "hijack@example.test", "firstName", "Evil", "lastName", "Person",
                "password", "hijacker secret", "confirmPassword", "hijacker secret")).status()).isEqualTo(404);
        assertThat(accounts.findByEmail("hijack@example.test")).isEmpty();
        web.get("/setup");
        WebSession.Page wrong = web.post("/setup", Map.of("token", "not-the-token"));
        assertThat(wrong.body()).contains("id=\"setup-error\"");
        assertThat(web.get("/setup/site").status()).isEqualTo(404);
    }

    @Test
    void theMailStepShowsWhatWasTestedSoContinuingKeepsIt() {
        WebSession web = browser();
        web.get("/setup");
        web.post("/setup", Map.of("token", token));
        web.get("/setup/mail");
        Map<String, String> form = Map.of("host", "127.0.0.1", "port", Integer.toString(io.pteroca.panel.support.TestMail.port()),
                "security", "none", "username", "", "fromAddress", "wizard@pteroca.test", "fromName", "Wizard Hosting",
                "testRecipient", "wizard-test@example.test", "test", "true");
        String tested = web.post("/setup/mail", form).body();
        assertThat(tested).contains("value=\"127.0.0.1\"").contains("value=\"" + io.pteroca.panel.support.TestMail.port() + "\"")
                .contains("value=\"wizard@pteroca.test\"").contains("value=\"Wizard Hosting\"");
        assertThat(io.pteroca.panel.support.TestMail.await("wizard-test@example.test", 1)).hasSize(1);
        String again = web.get("/setup/mail").body();
        assertThat(again).contains("value=\"wizard@pteroca.test\"").contains("value=\"Wizard Hosting\"");
        java.util.Map<String, String> resubmitted = new java.util.HashMap<>(form);
        resubmitted.remove("test");
        assertThat(web.post("/setup/mail", resubmitted).location()).endsWith("/setup/pterodactyl");
        assertThat(settings.get(io.pteroca.panel.mail.MailSettings.FROM_NAME)).isEqualTo("Wizard Hosting");
        settings.setAll(Map.of(io.pteroca.panel.mail.MailSettings.FROM_NAME, "PteroCA",
                io.pteroca.panel.mail.MailSettings.FROM_ADDRESS, "panel@pteroca.test"));
    }

    @Test
    void theWizardCreatesTheAdminAndThenVanishes() {
        String email = "owner-" + UUID.randomUUID().toString().substring(0, 6) + "@example.test";
        WebSession web = browser();
        web.get("/setup");
        assertThat(web.post("/setup", Map.of("token", token)).location()).endsWith("/setup/site");

        web.get("/setup/site");
        assertThat(web.post("/setup/site", Map.of("url", "not a url", "title", "Hosting", "language", "en")).body())
                .contains("is-invalid");
        assertThat(web.post("/setup/site", Map.of("url", "https://panel.example.test", "title", "Best Hosting",
                "language", "pl")).location()).endsWith("/setup/mail");
        assertThat(site.title()).isEqualTo("Best Hosting");

        web.get("/setup/mail");
        assertThat(web.post("/setup/mail", Map.of("skip", "true")).location()).endsWith("/setup/pterodactyl");

        web.get("/setup/pterodactyl");
        WebSession.Page refused = web.post("/setup/pterodactyl", Map.of("url", TestPterodactyl.emulator().baseUrl(),
                "applicationKey", "ptla_" + "n".repeat(43)));
        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.body()).contains("id=\"setup-pterodactyl-results\"")
                .as("in the language the site was just set to").contains("Klucz aplikacji został odrzucony");
        assertThat(web.post("/setup/pterodactyl", Map.of("url", TestPterodactyl.emulator().baseUrl(),
                "applicationKey", TestPterodactyl.emulator().applicationKey())).location()).endsWith("/setup/payments");

        web.get("/setup/payments");
        assertThat(web.post("/setup/payments", Map.of("wallet.currency", "EUR", "payment.stripe.secret_key", "sk_test_wizard",
                "payment.stripe.webhook_secret", "whsec_wizard", "payment.bank_transfer.enabled", "true")).location())
                .endsWith("/setup/admin");
        String storedKey = jdbc.queryForObject("select setting_value from setting where setting_key = 'payment.stripe.secret_key'",
                String.class);
        assertThat(storedKey).startsWith("v1:").doesNotContain("sk_test_wizard");
        assertThat(settings.get(settings.definition("wallet.currency").orElseThrow())).isEqualTo("EUR");

        web.get("/setup/admin");
        assertThat(web.post("/setup/admin", Map.of("email", email, "firstName", "Olive", "lastName", "Owner",
                "password", "short", "confirmPassword", "short")).body()).contains("id=\"setup-error\"");
        assertThat(web.post("/setup/admin", Map.of("email", email, "firstName", "Olive", "lastName", "Owner",
                "password", "owner long secret", "confirmPassword", "owner long secret")).location())
                .endsWith("/login?setupDone");

        assertThat(accounts.findByEmail(email).orElseThrow().role()).isEqualTo(Role.ADMIN);
        assertThat(state.completed()).isTrue();
        for (String path : new String[] {"/setup", "/setup/site", "/setup/mail", "/setup/pterodactyl", "/setup/payments",
                "/setup/admin"}) {
            assertThat(web.get(path).status()).as(path).isEqualTo(404);
        }
        assertThat(state.accepts(token)).isFalse();
        assertThat(browser().signIn(email, "owner long secret").location()).doesNotContain("error");
        site.configure("http://localhost:8080", "PteroCA", "en");
        settings.setAll(Map.of(settings.definition("wallet.currency").orElseThrow(), "USD",
                settings.definition("payment.stripe.enabled").orElseThrow(), "false",
                settings.definition("payment.bank_transfer.enabled").orElseThrow(), "false"));
    }
}
