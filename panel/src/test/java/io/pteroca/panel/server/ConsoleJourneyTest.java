package io.pteroca.panel.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.pteroca.panel.account.AccountView;
import io.pteroca.panel.catalog.ProductView;
import io.pteroca.panel.support.Chromium;
import io.pteroca.panel.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * The console in Chromium through the panel's relay: start a fresh Paper server, accept the EULA it stops for, see
 * it run, type a command and read the answer in xterm, and watch the live stats fill in.
 */
class ConsoleJourneyTest extends IntegrationTest {

    @Autowired
    ApplicationContext context;

    @Test
    void startAcceptTheEulaTypeACommandAndSeeTheStatsOnTheConsoleAndTheOverview() {
        ServerFixtures fixtures = new ServerFixtures(context);
        ProductView product = fixtures.product("0", ServerFixtures.monthly("1"));
        AccountView owner = fixtures.customer("1");
        long id = fixtures.activeServer(owner, product, "Console journey");
        WebDriver browser = Chromium.driver();
        browser.manage().deleteAllCookies();
        WebDriverWait wait = Chromium.waiting();
        String base = "http://localhost:" + port;

        browser.get(base + "/login?lang=en");
        browser.findElement(By.id("username")).sendKeys(owner.email());
        browser.findElement(By.id("password")).sendKeys(ServerFixtures.PASSWORD);
        Chromium.click(By.cssSelector("#login-form button[type=submit]"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("greeting")));

        browser.get(base + "/servers/" + id);
        Chromium.click(By.id("console-link"));
        wait.until(ExpectedConditions.textToBe(By.id("console-connection"), "Connected"));
        wait.until(ExpectedConditions.textToBe(By.id("console-state"), "offline"));
        Chromium.click(By.id("console-start"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("eula")));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("terminal"), "You need to agree to the EULA"));
        Chromium.screenshot("console-01-eula");

        Chromium.click(By.id("eula-accept"));
        wait.until(ExpectedConditions.textToBe(By.id("console-connection"), "Connected"));
        wait.until(ExpectedConditions.textToBe(By.id("console-state"), "running"));
        assertThat(browser.findElement(By.id("eula")).isDisplayed()).as("the replayed log's EULA line while running").isFalse();
        browser.findElement(By.id("command")).sendKeys("say hello from chromium", Keys.ENTER);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("terminal"), "[Server] hello from chromium"));
        wait.until(ExpectedConditions.textToBe(By.id("stat-cpu"), "12.5 %"));
        assertThat(browser.findElement(By.id("stat-memory")).getText()).isEqualTo("256.0 MiB / 256.0 MiB");
        Chromium.screenshot("console-02-running");

        // The overview's resource cards follow the same stats, from the relay's socket.
        browser.get(base + "/servers/" + id);
        wait.until(ExpectedConditions.textToBe(By.id("stat-cpu"), "12.5 %"));
        assertThat(browser.findElement(By.id("stat-memory")).getText()).isEqualTo("256.0 MiB / 256.0 MiB");
        assertThat(browser.findElement(By.id("stat-disk")).getText()).contains(" / ");
        assertThat(browser.findElement(By.id("stat-uptime")).getText()).isNotEqualTo("—");
        assertThat(browser.findElement(By.id("server-header-address")).isDisplayed()).isTrue();
        Chromium.screenshot("console-03-overview-live");

        Chromium.click(By.id("console-link"));
        wait.until(ExpectedConditions.textToBe(By.id("console-connection"), "Connected"));
        wait.until(ExpectedConditions.textToBe(By.id("console-state"), "running"));
        Chromium.click(By.id("console-stop"));
        wait.until(ExpectedConditions.textToBe(By.id("console-state"), "offline"));
        fixtures.assertMoneyAndServersConsistent();
    }
}
