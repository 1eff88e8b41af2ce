package io.pteroca.panel.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.pteroca.panel.account.AccountView;
import io.pteroca.panel.account.Accounts;
import io.pteroca.panel.account.Role;
import io.pteroca.panel.support.IntegrationTest;
import io.pteroca.panel.support.WebSession;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Every form, fed junk, answers with a 2xx/3xx/4xx page that leaks nothing, never a 5xx. */
class BadInputTest extends IntegrationTest {

    private static final String HUGE = "x".repeat(20_000);
    private static final List<Map<String, String>> JUNK = List.of(
            Map.of(),
            Map.of("email", HUGE, "firstName", HUGE, "lastName", HUGE, "password", HUGE, "acceptTerms", "maybe"),
            Map.of("email", "a@b", "password", "\u0000\u0001", "newEmail", "<script>", "language", "../../etc",
                    "currentPassword", "", "newPassword", HUGE, "confirmPassword", "y", "firstName", " ", "lastName", "\t"),
            Map.of("token", HUGE, "url", "ftp://x", "title", HUGE, "role", "ROOT", "page", "-1", "site.url", "::::",
                    "mail.smtp.port", "99999999999", "appearance.primary_color", "#zzzzzz", "security.captcha.provider", "evil"),
            Map.ofEntries(Map.entry("name", HUGE), Map.entry("memory", HUGE), Map.entry("sortOrder", "1e9"),
                    Map.entry("categoryId", "abc"), Map.entry("nestId", "99999999999"), Map.entry("nodeIds", "-1"),
                    Map.entry("eggIds", "x"), Map.entry("price.0.amount", "1e309"), Map.entry("price.0.kind", "FREE"),
                    Map.entry("price.1.amount", "5"), Map.entry("price.1.periodValue", "0"), Map.entry("amount", "-0.00001"),
                    Map.entry("type", "SERVER_DISCOUNT"), Map.entry("code", "\u0000"), Map.entry("version", "x"),
                    Map.entry("minimumOrderAmount", "NaN"), Map.entry("setupFee", "-1"), Map.entry("stock", "99999999999")));

    @Autowired
    Accounts accounts;

    @Test
    void customerFormsNeverAnswer5xx() {
        AccountView customer = accounts.createVerified("junk-" + UUID.randomUUID().toString().substring(0, 6) + "@example.test",
                "Jun", "Kie", "junk user secret", Role.USER, "test");
        WebSession web = browser();
        web.signIn(customer.email(), "junk user secret");
        assertNoServerErrors(web, List.of("/account/profile", "/account/email", "/account/password", "/account/language",
                "/verify-email/resend", "/store/products/1/order", "/store/products/99999/order", "/servers/abc/renew",
                "/servers/99999/renew", "/servers/99999/auto-renew", "/servers/99999/backups", "/servers/1/backups",
                "/servers/1/backups/00000000-0000-0000-0000-000000000000/restore", "/servers/1/power", "/servers/1/subusers",
                "/servers/1/open-in-pterodactyl", "/servers/1/databases", "/servers/1/databases/abc/rotate",
                "/servers/1/databases/../delete", "/servers/1/network", "/servers/1/network/abc/notes",
                "/servers/1/network/99999/delete", "/account/two-factor/setup", "/account/two-factor/confirm",
                "/account/two-factor/recovery-codes", "/account/two-factor/disable", "/account/sessions/abc/end",
                "/account/sessions/end-others", "/account/sessions/devices/abc/revoke", "/account/sessions/devices/99999/revoke",
                "/account/two-factor/passkeys/abc/name", "/account/two-factor/passkeys/99999/name",
                "/account/two-factor/passkeys/99999/delete", "/webauthn/register/options", "/webauthn/register"));
        for (String path : List.of("/servers/abc", "/servers/99999", "/servers/99999/status",
                "/store/products/1/order/summary?priceId=x&eggId=-1&slots=99999999999", "/store/products/abc/order")) {
            WebSession.Page page = web.get(path);
            assertThat(page.status()).as(path).isLessThan(500);
            assertThat(page.body()).as(path).doesNotContain("Exception").doesNotContain("at io.pteroca");
        }
        assertNoServerErrors(browser(), List.of("/register", "/reset-password", "/reset-password/" + HUGE.substring(0, 200),
                "/setup", "/login", "/login/second-factor", "/login/second-factor/cancel", "/webauthn/authenticate/options",
                "/login/webauthn", "/webauthn/register"));
    }

    @Test
    void adminFormsNeverAnswer5xx() {
        AccountView admin = accounts.createVerified("junk-admin-" + UUID.randomUUID().toString().substring(0, 6) + "@example.test",
                "Ad", "Min", "junk admin secret", Role.ADMIN, "test");
        WebSession web = browser();
        web.signIn(admin.email(), "junk admin secret");
        assertNoServerErrors(web, List.of("/admin/settings/general", "/admin/settings/security", "/admin/settings/email",
                "/admin/settings/appearance", "/admin/users/1/role", "/admin/users/abc/block", "/admin/email-log/xyz/retry",
                "/admin/email-log/99999/retry", "/admin/catalog/categories", "/admin/catalog/categories/99999",
                "/admin/catalog/categories/abc/delete", "/admin/catalog/categories/99999/image", "/admin/catalog/products",
                "/admin/catalog/products/99999", "/admin/catalog/products/abc/copy", "/admin/catalog/products/99999/delete",
                "/admin/catalog/products/99999/banner", "/admin/vouchers", "/admin/vouchers/abc/delete",
                "/admin/wallets/99999", "/admin/payments/99999/received", "/admin/servers/99999/suspend",
                "/admin/servers/99999/detach", "/admin/servers/abc/retry", "/admin/servers/99999/owner", "/admin/servers/99999/build",
                "/admin/servers/99999/expiry", "/admin/servers/import", "/admin/users/abc/second-factor/reset",
                "/admin/users/99999/second-factor/reset"));
        for (String path : List.of("/admin/servers?state=NOPE&page=-1", "/admin/orders?page=zz", "/admin/servers/abc",
                "/admin/servers/99999", "/admin/servers/import", "/admin/catalog/products/new?nestId=zz", "/admin/catalog/products/eggs?nestId=-5&productId=x",
                "/admin/catalog/products/abc", "/store/products/abc", "/store/categories/-1", "/admin/users?page=abc", "/admin/audit?page=x&from=13-13-13", "/admin/email-log?status=NOPE",
                "/verify-email?token=" + HUGE.substring(0, 500), "/account/email/confirm")) {
            WebSession.Page page = web.get(path);
            assertThat(page.status()).as(path).isLessThan(500);
            assertThat(page.body()).as(path).doesNotContain("Exception").doesNotContain("at io.pteroca");
        }
    }

    private static void assertNoServerErrors(WebSession web, List<String> actions) {
        for (String action : actions) {
            for (Map<String, String> fields : JUNK) {
                web.get("/login");
                WebSession.Page page = web.post(action, fields);
                assertThat(page.status()).as(action + " " + fields.keySet()).isLessThan(500);
                assertThat(page.body()).as(action).doesNotContain("Exception").doesNotContain("at io.pteroca");
            }
        }
    }
}
