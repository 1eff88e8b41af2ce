package io.pteroca.panel.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.pteroca.panel.account.AccountView;
import io.pteroca.panel.account.Accounts;
import io.pteroca.panel.account.Role;
import io.pteroca.panel.catalog.ProductView;
import io.pteroca.panel.support.BackgroundWork;
import io.pteroca.panel.support.Chromium;
import io.pteroca.panel.support.IntegrationTest;
import io.pteroca.panel.support.TestPterodactyl;
import io.pteroca.panel.support.WebSession;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * In a real browser with a movable clock: register, top up by bank transfer, buy a server, see it become active,
 * renew it, let it expire and be suspended, renew it and see it back.
 */
class ServerJourneyTest extends IntegrationTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    Accounts accounts;
    @Autowired
    Lifecycle lifecycle;
    @Autowired
    ServerWork work;
    @Autowired
    GameServerRepository servers;

    @AfterEach
    void defaults() {
        settings.set(settings.definition("security.email_verification").orElseThrow(), "optional");
        settings.set(settings.definition("payment.bank_transfer.enabled").orElseThrow(), "false");
    }

    @Test
    void registerTopUpBuyRenewExpireAndComeBack() {
        settings.set(settings.definition("security.email_verification").orElseThrow(), "disabled");
        settings.setAll(Map.of(settings.definition("payment.bank_transfer.enabled").orElseThrow(), "true",
                settings.definition("payment.min_top_up").orElseThrow(), "1"));
        ServerFixtures fixtures = new ServerFixtures(context);
        ProductView product = fixtures.product("0", ServerFixtures.monthly("4.99"));
        WebDriver browser = Chromium.driver();
        browser.manage().deleteAllCookies();
        WebDriverWait wait = Chromium.waiting();
        String base = "http://localhost:" + port;
        String email = "gamer-" + UUID.randomUUID().toString().substring(0, 8) + "@example.test";

        browser.get(base + "/register?lang=en");
        browser.findElement(By.id("email")).sendKeys(email);
        browser.findElement(By.id("firstName")).sendKeys("Gale");
        browser.findElement(By.id("lastName")).sendKeys("Gamer");
        browser.findElement(By.id("password")).sendKeys("journey gamer secret");
        Chromium.click(By.cssSelector("#register-form button[type=submit]"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("greeting")));
        long customerId = accounts.findByEmail(email).orElseThrow().id();
        BackgroundWork.awaitIdle();
        assertThat(context.getBean(io.pteroca.panel.pterodactyl.PterodactylAccounts.class).userOf(customerId))
                .as("the customer's Pterodactyl account").isPresent();

        browser.get(base + "/wallet/top-up");
        browser.findElement(By.id("amount")).sendKeys("15");
        Chromium.click(By.cssSelector("#top-up-form button[type=submit]"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("payment-reference")));
        long paymentId = Long.parseLong(browser.getCurrentUrl().replaceAll(".*/payments/(\\d+).*", "$1"));
        AccountView admin = accounts.createVerified("cashier-" + UUID.randomUUID().toString().substring(0, 6) + "@example.test",
                "Cash", "Ier", "journey cashier secret", Role.ADMIN, "test");
        WebSession cashier = browser();
        cashier.signIn(admin.email(), "journey cashier secret");
        cashier.get("/admin/payments");
        assertThat(cashier.post("/admin/payments/" + paymentId + "/received", Map.of()).status()).isEqualTo(302);
        Chromium.screenshot("server-01-topped-up");

        browser.get(base + "/store/products/" + product.id());
        Chromium.click(By.id("order-button"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("order-form")));
        browser.findElement(By.id("name")).sendKeys("Journey SMP");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("summary-total"), "4.99 USD"));
        Chromium.screenshot("server-02-order");
        Chromium.click(By.id("order-submit"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("server-status")));
        long serverId = Long.parseLong(browser.getCurrentUrl().replaceAll(".*/servers/(\\d+).*", "$1"));
        Chromium.screenshot("server-03-setting-up");
        fixtures.workUntil(() -> fixtures.state(serverId) == ServerState.ACTIVE, "the server to become ACTIVE");
        Chromium.waiting().until(
                ExpectedConditions.presenceOfElementLocated(By.id("server-address")));
        assertThat(browser.findElement(By.id("server-status")).getText()).contains("Active");
        Chromium.screenshot("server-04-active");

        String firstExpiry = browser.findElement(By.id("server-expiry")).getText();
        Chromium.click(By.id("renew-button"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("flash-success")));
        assertThat(browser.findElement(By.id("server-expiry")).getText()).isNotEqualTo(firstExpiry);

        clock.advance(Duration.ofDays(63));
        lifecycle.runOnce();
        work.runDue();
        browser.navigate().refresh();
        assertThat(browser.findElement(By.id("server-status")).getText()).contains("Suspended");
        assertThat(suspendedInPterodactyl(serverId)).as("Pterodactyl to suspend the server").isTrue();
        Chromium.screenshot("server-05-suspended");

        Chromium.click(By.id("renew-button"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("flash-success")));
        assertThat(browser.findElement(By.id("server-status")).getText()).contains("Active");
        assertThat(suspendedInPterodactyl(serverId)).as("Pterodactyl to unsuspend the server").isFalse();
        browser.get(base + "/wallet");
        assertThat(browser.findElement(By.id("wallet-balance")).getText()).isEqualTo("0.03 USD");
        Chromium.screenshot("server-06-renewed-wallet");
        fixtures.assertMoneyAndServersConsistent();
    }

    /** Whether Pterodactyl has the server suspended, once the panel's background sync is done. */
    private boolean suspendedInPterodactyl(long serverId) {
        BackgroundWork.awaitIdle();
        long pterodactylId = servers.findById(serverId).orElseThrow().pterodactylServerId();
        synchronized (TestPterodactyl.emulator().state()) {
            return TestPterodactyl.emulator().state().servers.get(pterodactylId).suspended();
        }
    }
}
