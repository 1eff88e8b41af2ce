package io.pteroca.panel.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.pteroca.panel.account.AccountView;
import io.pteroca.panel.account.Accounts;
import io.pteroca.panel.account.Role;
import io.pteroca.panel.catalog.ProductView;
import io.pteroca.panel.mail.MailSettings;
import io.pteroca.panel.mail.Mailer;
import io.pteroca.panel.support.BackgroundWork;
import io.pteroca.panel.support.Chromium;
import io.pteroca.panel.support.IntegrationTest;
import io.pteroca.panel.support.TestMail;
import io.pteroca.panel.support.WebSession;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * The customer's and the admin's pages in Chromium, light, dark and 390 px wide, as a person reads them: no visible
 * text is a constant's or a key's name, the order button says why it cannot be pressed, and the charts have titles.
 */
class WordsOnScreenJourneyTest extends IntegrationTest {

    /**
     * Visible words that are names of constants or keys (SERVER_RENEWED, USER, bank_transfer, admin_suspend_server);
     * the few acronyms people know are words.
     */
    private static final Pattern RAW = Pattern.compile(
            "\\b([A-Z]{2,}_[A-Z_]{2,}|(?!(?:SFTP|EULA|HTTPS?|DEMO)\\b)[A-Z]{4,}|[a-z]+_[a-z]+(?:_[a-z]+)*)\\b|\\w+Exception|\\(s\\)");

    @Autowired
    ApplicationContext context;

    private final List<String> failures = new ArrayList<>();
    private WebDriver browser;
    private String base;

    @AfterEach
    void restore() {
        settings.set(settings.definition("payment.bank_transfer.enabled").orElseThrow(), "false");
        if (browser != null) {
            browser.manage().window().setSize(new Dimension(1280, 900));
            ((JavascriptExecutor) browser).executeScript("localStorage.removeItem('pteroca-theme')");
        }
    }

    /** Opens the page, waits for the element, saves a screenshot and notes raw words in what is visible. */
    private void look(String path, String waitFor, String shot) {
        browser.get(base + path);
        Chromium.waiting().until(ExpectedConditions.presenceOfElementLocated(waitFor == null ? By.tagName("footer") : By.id(waitFor)));
        Chromium.screenshot(shot);
        rawWords(browser).forEach(raw -> failures.add(path + ": " + raw));
    }

    /** The constant, key and exception names among the words the page shows a reader. */
    static List<String> rawWords(WebDriver browser) {
        // Commands, code and form values are what they are; the rest is for reading.
        String text = (String) ((JavascriptExecutor) browser).executeScript("""
                const copy = document.body.cloneNode(true);
                copy.querySelectorAll('code, pre, textarea, input, select, script, #console-terminal').forEach(e => e.remove());
                document.body.appendChild(copy); const text = copy.innerText; copy.remove(); return text;""");
        List<String> found = new ArrayList<>();
        Matcher raw = RAW.matcher(text);
        while (raw.find()) {
            found.add(raw.group());
        }
        return found;
    }

    private void scrollTo(String id, String shot) {
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});",
                browser.findElement(By.id(id)));
        Chromium.screenshot(shot);
    }

    private void signIn(AccountView account) {
        browser.manage().deleteAllCookies();
        browser.get(base + "/login?lang=en");
        browser.findElement(By.id("username")).sendKeys(account.email());
        browser.findElement(By.id("password")).sendKeys(ServerFixtures.PASSWORD);
        Chromium.click(By.cssSelector("#login-form button[type=submit]"));
        Chromium.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("greeting")));
    }

    @Test
    void customerAndAdminPagesReadAsWordsInEveryModeAndWidth() throws IOException {
        settings.setAll(Map.of(settings.definition("payment.bank_transfer.enabled").orElseThrow(), "true",
                settings.definition("payment.min_top_up").orElseThrow(), "5"));
        ServerFixtures fixtures = new ServerFixtures(context);
        ProductView product = fixtures.product("0", ServerFixtures.monthly("3"));
        AccountView owner = fixtures.customer("3.50");
        AccountView admin = context.getBean(Accounts.class).createVerified(
                "words-admin-" + UUID.randomUUID().toString().substring(0, 6) + "@example.test", "Ada", "Admin",
                ServerFixtures.PASSWORD, Role.ADMIN, "test");
        long id = fixtures.activeServer(owner, product, "Words SMP");
        WebSession ownerWeb = fixtures.signedIn(owner);
        ownerWeb.get("/wallet/top-up");
        String paymentPath = ownerWeb.post("/wallet/top-up", Map.of("amount", "10")).location().replaceAll("^https?://[^/]+", "");
        settings.set(MailSettings.PORT, Integer.toString(TestMail.closedPort()));
        context.getBean(Mailer.class).sendTest("nobody-" + UUID.randomUUID() + "@example.test", Locale.ENGLISH);
        BackgroundWork.awaitIdle();
        browser = Chromium.driver();
        base = "http://localhost:" + port;

        signIn(owner);
        look("/", "dashboard-servers", "words-00-dashboard");
        assertThat(browser.findElement(By.id("dashboard-servers")).getText()).contains("Words SMP").contains("Paid until");
        look("/store/products/" + product.id(), "product-limits", "words-01-product");
        look("/store/products/" + product.id() + "/order", "order-form", "words-02-order-short");
        Chromium.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("summary-short")));
        assertThat(browser.findElement(By.id("order-submit")).isEnabled()).as("0.50 USD cannot pay 3.00 USD").isFalse();
        assertThat(browser.findElement(By.id("summary-short")).getText()).contains("Not enough balance").contains("Top up");
        look("/servers/" + id, "server-status", "words-03-server");
        look("/servers/" + id + "/console", "cpu-chart-title", "words-04-console");
        assertThat(browser.findElement(By.id("cpu-chart-title")).getText()).isEqualTo("CPU use (% of one core)");
        assertThat(browser.findElement(By.id("memory-chart-title")).getText()).isEqualTo("Memory use (MiB)");
        scrollTo("cpu-chart-title", "words-04-console-charts");
        look("/servers/" + id + "/startup", "startup-variables", "words-05-startup");
        assertThat(browser.findElement(By.id("startup-variables")).getText()).contains("Allowed:").doesNotContain("|");
        look(paymentPath, "payment-status", "words-06-payment");

        ((JavascriptExecutor) browser).executeScript("localStorage.setItem('pteroca-theme', 'dark')");
        look("/servers/" + id, "server-status", "words-07-server-dark");
        look("/store/products/" + product.id() + "/order", "order-form", "words-08-order-short-dark");
        browser.manage().window().setSize(new Dimension(390, 844));
        look("/", "dashboard-servers", "words-09-dashboard-dark-390");
        assertThat((Boolean) ((JavascriptExecutor) browser).executeScript(
                "return document.documentElement.scrollWidth <= window.innerWidth")).as("the dashboard fits 390 px").isTrue();
        look("/servers", "servers-table", "words-09-servers-dark-390");
        assertThat((Boolean) ((JavascriptExecutor) browser).executeScript(
                "return document.documentElement.scrollWidth <= window.innerWidth")).as("my servers fit 390 px").isTrue();
        look("/store/products/" + product.id() + "/order", "order-form", "words-09-order-short-dark-390");
        scrollTo("order-submit", "words-09-order-short-dark-390-button");
        ((JavascriptExecutor) browser).executeScript("localStorage.removeItem('pteroca-theme')");
        look("/store/products/" + product.id(), "product-limits", "words-10-product-390");
        browser.manage().window().setSize(new Dimension(1280, 900));

        signIn(admin);
        look("/admin/users?q=" + owner.email(), null, "words-11-admin-users");
        look("/admin/users/" + owner.id(), null, "words-12-admin-user");
        look("/admin/orders", "admin-orders-table", "words-13-admin-orders");
        assertThat(browser.findElement(By.id("admin-orders-table")).getText()).contains("Words SMP").contains("Bea Buyer");
        look("/admin/payments", "admin-payments-table", "words-14-admin-payments");
        look("/admin/payments/" + paymentPath.replaceAll(".*/payments/(\\d+).*", "$1"), null, "words-15-admin-payment");
        look("/admin/email-log", "email-log-table", "words-16-admin-email-log");
        look("/admin/audit", "audit-table", "words-17-admin-audit");
        look("/admin/servers/" + id, null, "words-18-admin-server");
        look("/admin/pterodactyl", null, "words-19-admin-pterodactyl");
        look("/admin", null, "words-20-admin-overview");
        assertThat(failures).as("raw keys, constant names or exception names a person would read").isEmpty();
    }
}
