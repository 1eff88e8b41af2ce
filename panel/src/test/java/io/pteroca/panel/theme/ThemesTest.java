package io.pteroca.panel.theme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pteroca.panel.account.AccountView;
import io.pteroca.panel.account.Accounts;
import io.pteroca.panel.account.Role;
import io.pteroca.panel.mail.MailRequest;
import io.pteroca.panel.mail.MailType;
import io.pteroca.panel.mail.Mailer;
import io.pteroca.panel.shared.Refusal;
import io.pteroca.panel.support.IntegrationTest;
import io.pteroca.panel.support.TestMail;
import io.pteroca.panel.support.WebSession;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Themes in the running panel: an override is used and everything else falls back to the default, template by
 * template; a dangerous theme is refused; a failing template gives way to the default's instead of failing the page;
 * a preview shows only to the admin who asked; archives are installed, copied, exported and deleted.
 */
class ThemesTest extends IntegrationTest {

    private static final String THEMED_LOGIN = """
            <!DOCTYPE html>
            <html xmlns:th="http://www.thymeleaf.org" th:replace="~{fragments/layout :: page(~{::title}, ~{::section})}">
            <head><title>Sign in</title></head>
            <body><section><h1 id="themed-login">Themed sign-in</h1></section></body>
            </html>""";

    @Autowired
    Themes themes;
    @Autowired
    Accounts accounts;
    @Autowired
    Mailer mailer;

    private final List<String> installed = new ArrayList<>();

    @AfterEach
    void removeThemes() throws IOException {
        themes.reset();
        for (String name : installed) {
            org.springframework.util.FileSystemUtils.deleteRecursively(THEMES_DIR.resolve(name));
        }
    }

    @Test
    void aThemesTemplateIsUsedAndEverythingElseComesFromTheDefault() {
        String name = install("marker", "[panel, email]", Map.of(
                "templates/account/login.html", THEMED_LOGIN,
                "templates/landing/landing.html", "<p id=\"not-a-landing-theme\">ignored</p>"));
        settings.set(settings.definition("setup.completed").orElseThrow(), "true");
        WebSession visitor = browser();
        assertThat(visitor.get("/login").body()).doesNotContain("themed-login").contains("id=\"login-form\"");

        themes.activate(name);
        assertThat(visitor.get("/login").body()).contains("<h1 id=\"themed-login\">Themed sign-in</h1>");
        WebSession.Page register = visitor.get("/register");
        assertThat(register.status()).isEqualTo(200);
        assertThat(register.body()).contains("id=\"register-form\"").doesNotContain("themed-login");
        WebSession.Page landing = visitor.get("/");
        assertThat(landing.body()).as("landing is not among the theme's contexts").contains("id=\"landing-hero\"")
                .doesNotContain("not-a-landing-theme");

        themes.reset();
        assertThat(visitor.get("/login").body()).as("parsed templates are kept per theme").doesNotContain("themed-login");
    }

    @Test
    void aTemplateEditedInPlaceIsUsedAfterTheNextCheckOfTheFiles() throws IOException {
        String name = install("edited", "[panel]", Map.of("templates/account/login.html", THEMED_LOGIN,
                "static/css/theme.css", "p { color: red }"));
        themes.activate(name);
        WebSession visitor = browser();
        String before = visitor.get("/login").body();
        assertThat(before).contains("Themed sign-in");
        Files.writeString(THEMES_DIR.resolve(name).resolve("templates/account/login.html"), THEMED_LOGIN.replace("Themed", "Edited"));
        Files.writeString(THEMES_DIR.resolve(name).resolve("static/css/theme.css"), "p { color: blue }");
        assertThat(visitor.get("/login").body()).as("parsed and cached until the files are compared again")
                .contains("Themed sign-in");
        clock.advance(java.time.Duration.ofSeconds(6));
        String after = visitor.get("/login").body();
        assertThat(after).contains("Edited sign-in");
        java.util.function.Function<String, String> stylesheet = page -> page.replaceAll("(?s).*(/theme-assets/" + name
                + "/[0-9a-f]+/css/theme.css).*", "$1");
        assertThat(stylesheet.apply(after)).as("a changed file gets a new URL").isNotEqualTo(stylesheet.apply(before))
                .startsWith("/theme-assets/");
        assertThat(visitor.get(stylesheet.apply(after)).body()).isEqualTo("p { color: blue }");
    }

    @Test
    void aDangerousThemeIsNeitherActivatedNorPreviewed() {
        String name = install("evil", "[panel]", Map.of("templates/account/login.html",
                THEMED_LOGIN.replace("Themed sign-in", "<span th:text=\"${T(java.lang.System).getenv()}\">x</span>")));
        assertThatThrownBy(() -> themes.activate(name)).isInstanceOf(Refusal.class).hasMessage("theme.blocked");
        assertThat(themes.activeName()).isEqualTo(Theme.DEFAULT);

        WebSession admin = admin();
        admin.get("/admin/themes");
        assertThat(admin.post("/admin/themes/activate", Map.of("name", name)).location()).endsWith("/admin/themes");
        String page = admin.get("/admin/themes").body();
        assertThat(page).contains("id=\"flash-error\"").contains("cannot be used until its errors are fixed")
                .contains("Type expressions T(…) reach into Java").contains("templates/account/login.html:4");
        assertThat(themes.activeName()).isEqualTo(Theme.DEFAULT);
        assertThat(admin.post("/admin/themes/preview", Map.of("name", name)).location()).endsWith("/admin/themes");
        assertThat(admin.get("/login").body()).doesNotContain("getenv");
    }

    @Test
    void aTemplateThatFailsGivesWayToTheDefaultsInsteadOfFailingThePage() throws IOException {
        String name = install("fragile", "[panel]", Map.of(
                "templates/account/register.html", THEMED_LOGIN.replace("Themed sign-in",
                        "<span th:text=\"${#strings.noSuchHelper(layout)}\">x</span>"),
                "templates/error.html", "<p th:text=\"${status.noSuchProperty}\">x</p>"));
        themes.activate(name);
        WebSession visitor = browser();
        WebSession.Page register = visitor.get("/register");
        assertThat(register.status()).isEqualTo(200);
        assertThat(register.body()).contains("id=\"register-form\"");
        WebSession.Page missing = visitor.get("/store/products/987654321");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.body()).contains("id=\"error-status\"");

        // Edited on disk after activation into something that does not parse: set aside as it is loaded.
        Files.writeString(THEMES_DIR.resolve(name).resolve("templates/account/reset-request.html"), "<p th:text=\"${\">broken</p>");
        WebSession.Page reset = visitor.get("/reset-password");
        assertThat(reset.status()).isEqualTo(200);
        assertThat(reset.body()).doesNotContain("broken").contains("name=\"email\"");
    }

    @Test
    void aPreviewShowsOnlyToTheAdminWhoAskedForIt() {
        WebSession admin = admin();
        WebSession visitor = browser();
        admin.get("/admin/themes");
        assertThat(admin.post("/admin/themes/preview", Map.of("name", "midnight")).location()).endsWith("/");
        assertThat(admin.get("/store").body()).contains("class=\"midnight-header\"").contains("id=\"theme-preview-bar\"");
        assertThat(visitor.get("/store").body()).doesNotContain("midnight-header").doesNotContain("theme-preview-bar");
        String themesPage = admin.get("/admin/themes").body();
        assertThat(themesPage).as("the theme pages stay in the active theme").doesNotContain("midnight-header")
                .contains("id=\"previewing\"");
        admin.post("/admin/themes/preview/stop", Map.of());
        assertThat(admin.get("/store").body()).doesNotContain("midnight-header");
        assertThat(themes.activeName()).isEqualTo(Theme.DEFAULT);
    }

    @Test
    void customersCannotManageThemes() {
        AccountView customer = accounts.createVerified(unique("customer") + "@example.test", "Cas", "Tomer", "theme test secret",
                Role.USER, "test");
        WebSession web = browser();
        web.signIn(customer.email(), "theme test secret");
        assertThat(web.get("/admin/themes").status()).isEqualTo(403);
        assertThat(web.post("/admin/themes/activate", Map.of("name", "midnight")).status()).isEqualTo(403);
        assertThat(themes.activeName()).isEqualTo(Theme.DEFAULT);
    }

    @Test
    void archivesAreInstalledCopiedExportedAndDeleted() throws IOException {
        WebSession admin = admin();
        String name = unique("uploaded");
        installed.add(name);
        admin.get("/admin/themes");
        WebSession.Page uploaded = admin.upload("/admin/themes/upload", "file", name + ".zip", zip(Map.of(
                name + "/theme.yaml", "name: " + name + "\nversion: 2.0.0\nauthor: Tester\ncontexts: [panel]\n",
                name + "/templates/account/login.html", THEMED_LOGIN)));
        assertThat(uploaded.location()).endsWith("/admin/themes");
        String list = admin.get("/admin/themes").body();
        assertThat(list).contains("id=\"flash-success\"").contains("id=\"theme-" + name + "\"").contains("2.0.0").contains("Tester");
        assertThat(Files.readString(THEMES_DIR.resolve(name).resolve("templates/account/login.html"))).isEqualTo(THEMED_LOGIN);

        String slip = unique("slip");
        admin.upload("/admin/themes/upload", "file", "slip.zip", zip(Map.of(
                slip + "/theme.yaml", "name: " + slip + "\nversion: 1.0.0\ncontexts: [panel]\n",
                slip + "/../../escaped.html", "<p>escaped</p>")));
        assertThat(admin.get("/admin/themes").body()).contains("id=\"flash-error\"").contains("would be written outside the theme folder");
        assertThat(THEMES_DIR.resolve(slip)).doesNotExist();
        assertThat(THEMES_DIR.getParent().resolve("escaped.html")).doesNotExist();
        assertThat(Files.exists(THEMES_DIR.resolveSibling("escaped.html"))).isFalse();

        String copy = unique("copy");
        installed.add(copy);
        admin.post("/admin/themes/midnight/copy", Map.of("newName", copy));
        assertThat(Files.readString(THEMES_DIR.resolve(copy).resolve("theme.yaml"))).contains("name: " + copy);
        assertThat(THEMES_DIR.resolve(copy).resolve("templates/landing/landing.html")).exists();
        admin.get("/admin/themes");
        admin.post("/admin/themes/midnight/copy", Map.of("newName", copy));
        assertThat(admin.get("/admin/themes").body()).contains("already exists");

        WebSession.Page export = admin.get("/admin/themes/midnight/export");
        assertThat(export.status()).isEqualTo(200);
        assertThat(export.header("Content-Disposition")).contains("midnight.zip");
        assertThat(entries("midnight")).containsKey("midnight/theme.yaml").containsKey("midnight/templates/fragments/layout.html");
        Map<String, String> defaults = entries(Theme.DEFAULT);
        assertThat(defaults.get("default-copy/theme.yaml")).contains("name: default-copy");
        assertThat(defaults).containsKey("default-copy/templates/fragments/layout.html").containsKey("default-copy/templates/account/mail/welcome.txt");

        themes.activate(copy);
        admin.get("/admin/themes");
        admin.post("/admin/themes/" + copy + "/delete", Map.of());
        assertThat(admin.get("/admin/themes").body()).contains("is active; activate another one before deleting it");
        admin.post("/admin/themes/midnight/delete", Map.of());
        assertThat(admin.get("/admin/themes").body()).contains("comes with the panel and cannot be deleted");
        admin.post("/admin/themes/reset", Map.of());
        admin.get("/admin/themes");
        admin.post("/admin/themes/" + name + "/delete", Map.of());
        assertThat(THEMES_DIR.resolve(name)).doesNotExist();

        for (String action : List.of("admin_uploaded_theme", "admin_copied_theme", "admin_exported_theme", "admin_deleted_theme",
                "admin_activated_theme")) {
            assertThat(jdbc.queryForObject("SELECT count(*) FROM audit_log WHERE action = ?", Integer.class, action)).as(action)
                    .isPositive();
        }
    }

    @Test
    void onlyTheThemeUploadTakesLargeFiles() {
        WebSession admin = admin();
        admin.get("/admin/settings/general");
        assertThat(admin.upload("/admin/settings/general/logo", "file", "logo.png", new byte[4 * 1024 * 1024]).status())
                .as("the usual limit").isEqualTo(413);
        admin.get("/admin/themes");
        WebSession.Page notAZip = admin.upload("/admin/themes/upload", "file", "big.zip", new byte[4 * 1024 * 1024]);
        assertThat(notAZip.location()).endsWith("/admin/themes");
        assertThat(admin.get("/admin/themes").body()).contains("The file is not a ZIP archive.");
        assertThat(admin.upload("/admin/themes/upload", "file", "huge.zip", new byte[21 * 1024 * 1024]).status()).isEqualTo(413);
    }

    @Test
    void assetsAreServedWithVersionedUrlsAndLongCaching() {
        themes.activate("midnight");
        WebSession visitor = browser();
        String page = visitor.get("/login").body();
        java.util.regex.Matcher link = java.util.regex.Pattern.compile("/theme-assets/midnight/([0-9a-f]{12})/css/theme.css").matcher(page);
        assertThat(link.find()).isTrue();
        WebSession.Page css = visitor.get(link.group());
        assertThat(css.status()).isEqualTo(200);
        assertThat(css.header("Content-Type")).startsWith("text/css");
        assertThat(css.header("Cache-Control")).contains("max-age=31536000").contains("immutable");
        assertThat(css.body()).contains(".midnight-header");
        WebSession.Page stale = visitor.get("/theme-assets/midnight/000000000000/css/theme.css");
        assertThat(stale.status()).isEqualTo(200);
        assertThat(stale.header("Cache-Control")).contains("no-cache");
        assertThat(visitor.get("/theme-assets/midnight/" + link.group(1) + "/img/stars.svg").header("Content-Type")).startsWith("image/svg+xml");
        for (String outside : List.of("/theme-assets/midnight/v/../theme.yaml", "/theme-assets/midnight/v/%2e%2e/theme.yaml",
                "/theme-assets/midnight/v/templates/landing/landing.html", "/theme-assets/nothing/v/css/theme.css")) {
            assertThat(visitor.get(outside).status()).as(outside).isIn(400, 404);
        }
    }

    @Test
    void emailsAreRenderedFromTheActiveTheme() {
        String recipient = unique("mail") + "@example.test";
        MailRequest welcome = new MailRequest(recipient, null, MailType.WELCOME, "account/mail/welcome", "mail.welcome.subject",
                new Object[] {"PteroCA"}, Map.of("name", "Ada", "siteTitle", "PteroCA", "loginUrl", "http://localhost/login"),
                Locale.ENGLISH);
        assertThat(mailer.deliverNow(welcome)).isTrue();
        themes.activate("midnight");
        assertThat(mailer.deliverNow(welcome)).isTrue();
        List<jakarta.mail.internet.MimeMessage> messages = TestMail.await(recipient, 2);
        String plain = TestMail.body(messages.get(0));
        String themed = TestMail.body(messages.get(1));
        assertThat(plain).doesNotContain("#0b1020");
        assertThat(themed).contains("background: #0b1020").contains("Welcome to PteroCA").contains("http://localhost/login");
    }

    private WebSession admin() {
        AccountView admin = accounts.createVerified(unique("theme-admin") + "@example.test", "Ada", "Admin", "theme admin secret",
                Role.ADMIN, "test");
        WebSession web = browser();
        web.signIn(admin.email(), "theme admin secret");
        return web;
    }

    /** A theme folder put straight into the themes directory, as an admin with a shell would. */
    private String install(String prefix, String contexts, Map<String, String> files) {
        String name = unique(prefix);
        installed.add(name);
        try {
            Path folder = Files.createDirectories(THEMES_DIR.resolve(name));
            Files.writeString(folder.resolve("theme.yaml"), "name: " + name + "\nversion: 1.0.0\ncontexts: " + contexts + "\n");
            for (Map.Entry<String, String> file : files.entrySet()) {
                Path path = folder.resolve(file.getKey());
                Files.createDirectories(path.getParent());
                Files.writeString(path, file.getValue());
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return name;
    }

    private Map<String, String> entries(String theme) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        themes.export(theme, out);
        Map<String, String> entries = new java.util.HashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(out.toByteArray()))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                entries.put(entry.getName(), new String(zip.readAllBytes(), StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return entries;
    }

    private static byte[] zip(Map<String, String> files) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, String> file : files.entrySet()) {
                zip.putNextEntry(new ZipEntry(file.getKey()));
                zip.write(file.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    private static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
