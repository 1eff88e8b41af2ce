package io.pteroca.panel.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import io.pteroca.panel.account.AccountView;
import io.pteroca.panel.account.Accounts;
import io.pteroca.panel.support.BackgroundWork;
import io.pteroca.panel.support.Chromium;
import io.pteroca.panel.support.IntegrationTest;
import io.pteroca.panel.support.StaffAccounts;
import io.pteroca.plugin.event.VoucherCreated;
import io.pteroca.panel.support.WebSession;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

/** An Administrator registers an endpoint in the browser, copies its secret and reads its deliveries, in words. */
class WebhookPagesTest extends IntegrationTest {

    @Autowired
    Accounts accounts;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    WebhookSender sender;
    @Autowired
    io.pteroca.panel.shared.work.DurableWorkRunner work;

    @AfterEach
    void cleanUp() {
        jdbc.update("DELETE FROM webhook_endpoint");
        settings.set(WebhookSettings.ALLOW_PRIVATE_TARGETS, "false");
    }

    @Test
    void anAdministratorRegistersAnEndpointAndReadsItsDeliveries() throws Exception {
        jdbc.update("DELETE FROM webhook_endpoint");
        AccountView admin = StaffAccounts.withBuiltInRole(accounts, jdbc, "ADMINISTRATOR");
        WebDriver browser = Chromium.driver();
        browser.manage().deleteAllCookies();
        browser.manage().window().setSize(new Dimension(1280, 900));
        String base = "http://localhost:" + port;
        browser.get(base + "/login?lang=en");
        browser.findElement(By.id("username")).sendKeys(admin.email());
        browser.findElement(By.id("password")).sendKeys(StaffAccounts.PASSWORD);
        browser.findElement(By.cssSelector("#login-form button[type=submit]")).click();
        Chromium.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("admin-menu")));

        try (Receiver receiver = new Receiver()) {
            browser.get(base + "/admin/webhooks");
            assertThat(browser.findElement(By.id("webhooks-none")).isDisplayed()).isTrue();
            browser.findElement(By.id("new-webhook")).click();
            browser.findElement(By.id("url")).sendKeys(receiver.url());
            browser.findElement(By.id("description")).sendKeys("Discord bot");
            Chromium.click(By.id("event-VoucherCreated"));
            saveAndAwaitTheAnswer(browser);
            assertThat(browser.findElement(By.id("url")).getAttribute("class")).as("loopback refused by default").contains("is-invalid");
            assertThat(browser.getPageSource()).contains("private, loopback");
            Chromium.screenshot("webhooks-01-loopback-refused");

            settings.set(WebhookSettings.ALLOW_PRIVATE_TARGETS, "true");
            saveAndAwaitTheAnswer(browser);
            String secret = browser.findElement(By.id("webhook-secret-value")).getText();
            assertThat(secret).startsWith("whsec_");
            assertThat(browser.findElement(By.id("webhook-events")).getText()).contains("Voucher created", "Payment succeeded");
            Chromium.screenshot("webhooks-02-created-secret");

            receiver.answer(500);
            receiver.answerBody("{\"error\":\"database is down\"}");
            transactions.executeWithoutResult(status -> events.publishEvent(new VoucherCreated(clock.instant(), 3, "SPRING", "BALANCE")));
            BackgroundWork.awaitIdle();
            clock.advance(Duration.ofMinutes(1));
            work.sweep(sender);
            long id = jdbc.queryForObject("SELECT MAX(id) FROM webhook_endpoint", Long.class);
            browser.get(base + "/admin/webhooks/" + id);
            String deliveries = browser.findElement(By.id("webhook-deliveries")).getText();
            assertThat(deliveries).contains("Voucher created", "Delivered").doesNotContain("DELIVERED", "VOUCHER");
            Chromium.click(By.cssSelector("#webhook-deliveries details summary"));
            assertThat(browser.findElement(By.id("webhook-deliveries")).getText()).contains("500", "database is down");
            Chromium.screenshot("webhooks-03-deliveries");

            ((JavascriptExecutor) browser).executeScript("localStorage.setItem('pteroca-theme', 'dark')");
            browser.navigate().refresh();
            Chromium.click(By.cssSelector("#webhook-deliveries details summary"));
            Chromium.screenshot("webhooks-04-deliveries-dark");
            browser.manage().window().setSize(new Dimension(390, 844));
            Chromium.screenshot("webhooks-05-deliveries-dark-390");
            browser.get(base + "/admin/webhooks");
            assertThat(browser.findElement(By.id("webhooks")).getText()).contains("Discord bot", "On");
            Chromium.screenshot("webhooks-06-list-dark-390");
            ((JavascriptExecutor) browser).executeScript("localStorage.removeItem('pteroca-theme')");
            browser.manage().window().setSize(new Dimension(1280, 900));
        }
    }

    /** Submits the form and waits for the page that answers it, so nothing is read from the page being left. */
    private static void saveAndAwaitTheAnswer(WebDriver browser) {
        WebElement page = browser.findElement(By.tagName("html"));
        Chromium.click(By.id("webhook-save"));
        Chromium.waiting().until(ExpectedConditions.stalenessOf(page));
    }

    @Test
    void theFormsNeedTheirTokenAndBadInputGetsA400ThatNamesTheField() {
        jdbc.update("DELETE FROM webhook_endpoint");
        AccountView admin = StaffAccounts.withBuiltInRole(accounts, jdbc, "ADMINISTRATOR");
        WebSession web = browser();
        web.signIn(admin.email(), StaffAccounts.PASSWORD);
        assertThat(web.get("/admin/webhooks/new").status()).isEqualTo(200);
        Map<String, String> fields = Map.of("url", "https://93.184.216.34/hook", "events", "ServerReady", "enabled", "true");
        assertThat(web.postRaw("/admin/webhooks", fields).status()).as("no CSRF token").isEqualTo(403);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM webhook_endpoint", Integer.class)).isZero();

        WebSession.Page bad = web.post("/admin/webhooks", Map.of("url", "https://93.184.216.34/hook", "events", "NoSuchEvent"));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body()).contains("Choose at least one event.");
        WebSession.Page inside = web.post("/admin/webhooks", Map.of("url", "http://169.254.169.254/latest", "events", "ServerReady"));
        assertThat(inside.status()).isEqualTo(400);
        assertThat(inside.body()).contains("private, loopback or otherwise internal network");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM webhook_endpoint", Integer.class)).isZero();

        WebSession.Page created = web.post("/admin/webhooks", fields);
        assertThat(created.status()).isEqualTo(200);
        assertThat(created.body()).contains("whsec_");
        long id = jdbc.queryForObject("SELECT id FROM webhook_endpoint", Long.class);
        assertThat(jdbc.queryForObject("SELECT sealed_secret FROM webhook_endpoint", String.class)).as("stored encrypted")
                .doesNotContain("whsec_");
        assertThat(web.get("/admin/webhooks/" + id).body()).as("the secret is shown once").doesNotContain("whsec_");
        BackgroundWork.awaitIdle();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_log WHERE action = 'admin_created_webhook' AND details LIKE ?",
                Integer.class, "webhook " + id + ":%")).isEqualTo(1);
        assertThat(web.get("/admin/webhooks/999999999").status()).isEqualTo(404);
    }
}
