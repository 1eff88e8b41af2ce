package io.pteroca.panel.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.pteroca.panel.account.AccountView;
import io.pteroca.panel.account.Accounts;
import io.pteroca.panel.account.Role;
import io.pteroca.panel.plugin.PluginTestAccess;
import io.pteroca.panel.support.Chromium;
import io.pteroca.panel.support.IntegrationTest;
import io.pteroca.panel.support.TestPlugins;
import java.time.Duration;
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
 * In a real browser: an admin uploads the example plugin, reads its scan, enables it and sees its widget; a
 * customer uses its page. Screenshots {@code plugins-*.png}.
 */
class PluginJourneyTest extends IntegrationTest {

    @Autowired
    private Accounts accounts;
    @Autowired
    private ApplicationContext context;

    @AfterEach
    void removeIt() {
        new PluginTestAccess(context).removeIfPresent("hello-world");
    }

    @Test
    void anAdminInstallsAndEnablesAPluginAndACustomerUsesIt() {
        WebDriver browser = Chromium.driver();
        browser.manage().deleteAllCookies();
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(10));
        String base = "http://localhost:" + port;
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        AccountView admin = accounts.createVerified("plugin-admin-" + suffix + "@example.test", "Pia", "Admin",
                "journey admin secret", Role.ADMIN, "test");
        AccountView customer = accounts.createVerified("plugin-user-" + suffix + "@example.test", "Cy", "Customer",
                "journey customer secret", Role.USER, "test");

        signIn(browser, wait, base, admin.email(), "journey admin secret");
        browser.get(base + "/admin/plugins");
        browser.findElement(By.id("plugin-file")).sendKeys(TestPlugins.helloWorld().toAbsolutePath().toString());
        Chromium.click(By.id("plugin-upload"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("plugin-facts")));
        Chromium.screenshot("plugins-01-installed");
        Chromium.click(By.id("plugin-enable"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("plugin-state"), "Enabled"));
        Chromium.screenshot("plugins-02-enabled");
        browser.get(base + "/admin/plugins");
        assertThat(browser.findElement(By.id("plugin-hello-world")).getText()).contains("Hello world").contains("Enabled");
        Chromium.screenshot("plugins-03-list");
        browser.get(base + "/admin");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("plugin-widget-hello-world-events")));
        Chromium.screenshot("plugins-04-admin-widget");

        browser.manage().deleteAllCookies();
        signIn(browser, wait, base, customer.email(), "journey customer secret");
        assertThat(browser.findElement(By.id("plugin-widget-hello-world-greeting")).getText()).contains("Hello, " + customer.email());
        Chromium.screenshot("plugins-05-dashboard-widget");
        Chromium.click(By.id("plugin-menu-hello-world-hello"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("hello-form")));
        browser.findElement(By.id("hello-name")).sendKeys("Cy");
        Chromium.click(By.cssSelector("#hello-form button[type=submit]"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("hello-greetings")));
        assertThat(browser.findElement(By.id("hello-greetings")).getText()).contains("Hello, Cy!");
        Chromium.screenshot("plugins-06-page");
    }

    private static void signIn(WebDriver browser, WebDriverWait wait, String base, String email, String password) {
        browser.get(base + "/login?lang=en");
        browser.findElement(By.id("username")).sendKeys(email);
        browser.findElement(By.id("password")).sendKeys(password);
        Chromium.click(By.cssSelector("#login-form button[type=submit]"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("greeting")));
    }
}
