package io.pteroca.panel.theme;

import static org.assertj.core.api.Assertions.assertThat;

import io.pteroca.panel.account.AccountView;
import io.pteroca.panel.account.Accounts;
import io.pteroca.panel.account.Role;
import io.pteroca.panel.support.Chromium;
import io.pteroca.panel.support.IntegrationTest;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * In a real browser, as an admin: Settings → Appearance → choose Midnight → Preview shows it to the admin, the bar on
 * top activates it, and Admin → Themes lists it as active. Screenshots theme-*.png.
 */
class ThemeJourneyTest extends IntegrationTest {

    @Autowired
    Accounts accounts;
    @Autowired
    Themes themes;

    @AfterEach
    void backToDefault() {
        themes.reset();
    }

    @Test
    void anAdminPreviewsAndActivatesMidnight() {
        WebDriver browser = Chromium.driver();
        browser.manage().deleteAllCookies();
        browser.manage().window().setSize(new Dimension(1366, 900));
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(10));
        String base = "http://localhost:" + port;
        AccountView admin = accounts.createVerified("theme-journey-" + UUID.randomUUID().toString().substring(0, 6) + "@example.test",
                "Tess", "Themer", "theme journey secret", Role.ADMIN, "test");
        browser.get(base + "/login?lang=en");
        browser.findElement(By.id("username")).sendKeys(admin.email());
        browser.findElement(By.id("password")).sendKeys("theme journey secret");
        Chromium.click(By.cssSelector("#login-form button[type=submit]"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("greeting")));

        browser.get(base + "/admin/settings/appearance");
        new Select(browser.findElement(By.id("theme-choice"))).selectByValue("midnight");
        Chromium.screenshot("theme-01-appearance");
        Chromium.click(By.id("theme-preview"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("theme-preview-bar")));
        assertThat(browser.findElements(By.className("midnight-header"))).hasSize(1);
        assertThat(browser.findElement(By.id("greeting")).isDisplayed()).isTrue();
        assertThat(themes.activeName()).as("a preview changes nothing for others").isEqualTo(Theme.DEFAULT);
        Chromium.screenshot("theme-02-preview-dashboard");

        Chromium.click(By.id("preview-activate"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("flash-success")));
        assertThat(themes.activeName()).isEqualTo("midnight");
        assertThat(browser.findElement(By.id("theme-midnight")).getText()).contains("active").contains("No problems found");
        Chromium.screenshot("theme-03-admin-themes");

        browser.get(base + "/store");
        assertThat(browser.findElements(By.className("midnight-header"))).hasSize(1);
        assertThat(browser.findElements(By.id("theme-preview-bar"))).isEmpty();
        Chromium.screenshot("theme-04-midnight-store");
        browser.get(base + "/this-page-does-not-exist");
        assertThat(browser.findElement(By.id("error-status")).getText()).isEqualTo("404");
        Chromium.screenshot("theme-05-midnight-error");
    }
}
