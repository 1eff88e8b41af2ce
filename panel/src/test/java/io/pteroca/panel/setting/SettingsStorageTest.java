package io.pteroca.panel.setting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pteroca.panel.account.AccountView;
import io.pteroca.panel.account.Accounts;
import io.pteroca.panel.account.Role;
import io.pteroca.panel.support.IntegrationTest;
import io.pteroca.panel.support.WebSession;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class SettingsStorageTest extends IntegrationTest {

    private static final SettingDefinition SMTP_PASSWORD = SettingDefinition.of("mail.smtp.password", SettingType.SECRET,
            SettingGroup.EMAIL, "", 50);

    @Autowired
    Accounts accounts;

    private WebSession signedInAdmin() {
        AccountView admin = accounts.createVerified("settings-" + UUID.randomUUID().toString().substring(0, 6) + "@example.test",
                "Sam", "Settings", "settings admin secret", Role.ADMIN, "test");
        WebSession web = browser();
        web.signIn(admin.email(), "settings admin secret");
        return web;
    }

    @Test
    void secretsAreEncryptedAtRestAndNeverShownInFull() {
        settings.set(SMTP_PASSWORD, "smtp-very-secret-1234");
        String stored = jdbc.queryForObject("select setting_value from setting where setting_key = 'mail.smtp.password'",
                String.class);
        assertThat(stored).startsWith("v1:").doesNotContain("smtp-very-secret");
        assertThat(settings.get(SMTP_PASSWORD)).isEqualTo("smtp-very-secret-1234");

        String page = signedInAdmin().get("/admin/settings/email").body();
        assertThat(page).doesNotContain("smtp-very-secret").contains("1234");
    }

    @Test
    void anInvalidValueStoresNothingOfTheForm() {
        WebSession web = signedInAdmin();
        web.get("/admin/settings/general");
        WebSession.Page answer = web.post("/admin/settings/general", Map.of("site.url", "http://localhost:8080",
                "site.title", "Changed Title", "site.language", "en", "site.logo_url", "javascript:alert(1)"));
        assertThat(answer.status()).isEqualTo(422);
        assertThat(answer.body()).contains("id=\"settings-errors\"").contains("Changed Title");
        assertThat(settings.definition("site.title").map(settings::get)).contains("PteroCA");
    }

    @Test
    void anUnknownTimeZoneForTheInvoicesIsRefusedWithAClearMessageAndNothingOfTheFormIsStored() {
        SettingDefinition zone = settings.definition("invoice.time_zone").orElseThrow();
        SettingDefinition seller = settings.definition("invoice.seller_name").orElseThrow();
        // Other tests may have named a seller already; the refused form must leave it as it was.
        String sellerBefore = settings.get(seller);
        WebSession web = signedInAdmin();
        try {
            web.get("/admin/settings/payments");
            WebSession.Page refused = web.post("/admin/settings/payments", Map.of("invoice.time_zone", "Europe/Warsawa",
                    "invoice.seller_name", "Zone Books Ltd"));
            assertThat(refused.status()).isEqualTo(422);
            assertThat(refused.body()).contains("id=\"settings-errors\"").contains("Enter a time zone such as Europe/Warsaw")
                    .contains("Europe/Warsawa");
            assertThat(settings.get(zone)).isEqualTo("UTC");
            assertThat(settings.get(seller)).isEqualTo(sellerBefore).isNotEqualTo("Zone Books Ltd");

            web.get("/admin/settings/payments");
            assertThat(web.post("/admin/settings/payments", Map.of("invoice.time_zone", " europe/warsaw ")).status()).isEqualTo(302);
            assertThat(settings.get(zone)).as("stored as Java spells it").isEqualTo("Europe/Warsaw");
        } finally {
            settings.setAll(Map.of(zone, "UTC", seller, sellerBefore));
        }
    }

    @Test
    void aPostChangesOnlyTheFieldsItCarriesAndAnUncheckedBoxTurnsItsSettingOff() {
        SettingDefinition open = settings.definition("security.registration_open").orElseThrow();
        SettingDefinition title = settings.definition("site.title").orElseThrow();
        WebSession web = signedInAdmin();
        try {
            web.get("/admin/settings/security");
            web.post("/admin/settings/security", Map.of("security.email_verification", "optional"));
            assertThat(settings.getBoolean(open)).isTrue();
            web.get("/admin/settings/general");
            web.post("/admin/settings/general", Map.of("site.language", "en"));
            assertThat(settings.get(title)).isEqualTo("PteroCA");

            assertThat(web.get("/admin/settings/security").body()).contains("name=\"_security.registration_open\"");
            web.post("/admin/settings/security", Map.of("_security.registration_open", "on"));
            assertThat(settings.getBoolean(open)).isFalse();
        } finally {
            settings.set(open, "true");
        }
    }

    @Test
    void termsOfServiceLoseScriptsWhenSaved() {
        WebSession web = signedInAdmin();
        web.get("/admin/settings/security");
        web.post("/admin/settings/security", Map.of("security.email_verification", "optional",
                "security.registration_open", "true", "security.captcha.provider", "none",
                "security.terms_of_service", "<h2>Rules</h2><script>alert(1)</script><p onclick=\"x()\">Be nice</p>"));
        String terms = browser().get("/terms").body();
        assertThat(terms).contains("<h2>Rules</h2>").contains("Be nice").doesNotContain("<script>alert").doesNotContain("onclick");
        settings.set(settings.definition("security.terms_of_service").orElseThrow(), "");
        assertThat(browser().get("/terms").status()).isEqualTo(404);
    }

    @Test
    void logosAreUploadedCheckedByTheirBytesAndServedSandboxed() throws Exception {
        WebSession web = signedInAdmin();
        java.io.ByteArrayOutputStream png = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(new java.awt.image.BufferedImage(4, 4, java.awt.image.BufferedImage.TYPE_INT_RGB), "png", png);
        web.get("/admin/settings/general");
        assertThat(web.upload("/admin/settings/general/logo", "file", "logo.png", png.toByteArray()).location())
                .endsWith("/admin/settings/general");
        String page = web.get("/admin/settings/general").body();
        assertThat(page).contains("id=\"flash-success\"");
        java.util.regex.Matcher logo = java.util.regex.Pattern.compile("src=\"(/media/\\d+)\"").matcher(page);
        assertThat(logo.find()).isTrue();
        WebSession.Page image = browser().get(logo.group(1));
        assertThat(image.status()).isEqualTo(200);
        assertThat(image.header("Content-Type")).isEqualTo("image/png");
        assertThat(image.header("Content-Security-Policy")).contains("sandbox");

        web.upload("/admin/settings/general/favicon", "file", "evil.png", "<script>alert(1)</script>".getBytes());
        assertThat(web.get("/admin/settings/general").body()).contains("id=\"flash-error\"").contains("not a PNG");
        web.upload("/admin/settings/general/favicon", "file", "huge.png", new byte[1024 * 1024 + 10]);
        assertThat(web.get("/admin/settings/general").body()).contains("larger than 1 MB");
        web.post("/admin/settings/general/logo", java.util.Map.of("remove", "true"));
        assertThat(web.get("/admin/settings/general").body()).doesNotContain("src=\"/media/");
        assertThat(browser().get("/media/999999").status()).isEqualTo(404);
    }

    @Test
    void unknownGroupsAndHiddenSettingsAreNotReachable() {
        WebSession web = signedInAdmin();
        assertThat(web.get("/admin/settings/system").status()).isEqualTo(404);
        assertThat(web.get("/admin/settings/nope").status()).isEqualTo(404);
        assertThat(web.get("/admin/settings/general").body()).doesNotContain("setup.token_hash");
    }

    @Test
    void theValidatorRefusesWhatDoesNotFitTheType() {
        SettingDefinition port = settings.definition("mail.smtp.port").orElseThrow();
        assertThatThrownBy(() -> settings.set(port, "twenty")).isInstanceOf(InvalidSettingsException.class);
        SettingDefinition color = settings.definition("appearance.primary_color").orElseThrow();
        assertThatThrownBy(() -> settings.set(color, "red; } body { display: none")).isInstanceOf(InvalidSettingsException.class);
    }
}
