package io.pteroca.panel.setup;

import static org.assertj.core.api.Assertions.assertThat;

import io.pteroca.panel.support.Chromium;
import io.pteroca.panel.support.IntegrationTest;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * In a real browser: the setup wizard with the printed token creates the admin, who signs in, changes a setting
 * and reads the audit and e-mail logs.
 */
class AdminJourneyTest extends IntegrationTest {

    @Autowired
    SetupState state;
    @Autowired
    io.pteroca.panel.setting.SiteSettings site;

    @AfterEach
    void finished() {
        settings.set(SetupState.COMPLETED, "true");
    }

    @Test
    void setupSignInSettingsAndLogs() {
        settings.set(SetupState.COMPLETED, "false");
        String token = state.newToken();
        WebDriver browser = Chromium.driver();
        browser.manage().deleteAllCookies();
        WebDriverWait wait = Chromium.waiting();
        String base = "http://localhost:" + port;
        String email = "owner-" + UUID.randomUUID().toString().substring(0, 6) + "@example.test";

        browser.get(base + "/?lang=en");
        wait.until(ExpectedConditions.urlContains("/setup"));
        browser.findElement(By.id("token")).sendKeys(token);
        Chromium.click(By.cssSelector("#setup-token-form button"));
        wait.until(ExpectedConditions.urlContains("/setup/site"));
        browser.findElement(By.id("title")).clear();
        browser.findElement(By.id("title")).sendKeys("Journey Hosting");
        Chromium.screenshot("admin-01-setup-site");
        Chromium.click(By.cssSelector("#setup-site-form button[type=submit]"));
        wait.until(ExpectedConditions.urlContains("/setup/mail"));
        Chromium.click(By.id("skip-mail"));
        wait.until(ExpectedConditions.urlContains("/setup/pterodactyl"));
        Chromium.click(By.id("skip-pterodactyl"));
        wait.until(ExpectedConditions.urlContains("/setup/payments"));
        Chromium.click(By.id("skip-payments"));
        wait.until(ExpectedConditions.urlContains("/setup/admin"));
        browser.findElement(By.id("email")).sendKeys(email);
        browser.findElement(By.id("firstName")).sendKeys("Olivia");
        browser.findElement(By.id("lastName")).sendKeys("Owner");
        browser.findElement(By.id("password")).sendKeys("journey owner secret");
        browser.findElement(By.id("confirmPassword")).sendKeys("journey owner secret");
        Chromium.click(By.cssSelector("#setup-admin-form button[type=submit]"));
        wait.until(ExpectedConditions.urlContains("/login"));

        browser.findElement(By.id("username")).sendKeys(email);
        browser.findElement(By.id("password")).sendKeys("journey owner secret");
        Chromium.click(By.cssSelector("#login-form button[type=submit]"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("greeting")));
        assertThat(browser.getTitle()).contains("Journey Hosting");

        browser.get(base + "/admin/settings/appearance");
        new Select(browser.findElement(By.id("s-appearance-default_mode"))).selectByValue("dark");
        Chromium.click(By.id("settings-save"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("flash-success")));
        Chromium.screenshot("admin-02-settings-saved");

        browser.get(base + "/admin/audit?email=" + email);
        assertThat(browser.findElement(By.id("audit-table")).getText()).contains("Signed in").contains("Account created");
        Chromium.screenshot("admin-03-audit");
        browser.get(base + "/admin/email-log");
        assertThat(browser.findElements(By.id("email-log-table"))).hasSize(1);
        Chromium.screenshot("admin-04-email-log");
        browser.get(base + "/admin");
        assertThat(browser.findElement(By.id("pterodactyl-tile")).getText()).contains("Pterodactyl");
        Chromium.screenshot("admin-05-overview");
        site.configure("http://localhost:8080", "PteroCA", "en");
        settings.set(settings.definition("appearance.default_mode").orElseThrow(), "");
    }
}
