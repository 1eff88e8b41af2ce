package io.pteroca.panel.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.pteroca.panel.account.AccountView;
import io.pteroca.panel.account.Accounts;
import io.pteroca.panel.account.Role;
import io.pteroca.panel.support.Chromium;
import io.pteroca.panel.support.IntegrationTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

/** An admin creates a customer, signs in as them for support, sees the banner on every page and returns. */
class CustomerSupportJourneyTest extends IntegrationTest {

    private static final String PASSWORD = "journey support secret";

    @Autowired
    Accounts accounts;

    @Test
    void createACustomerSignInAsThemSeeTheBannerAndReturn() {
        AccountView admin = accounts.createVerified("support-" + UUID.randomUUID().toString().substring(0, 8) + "@example.test",
                "Sam", "Support", PASSWORD, Role.ADMIN, "test");
        String email = "helped-" + UUID.randomUUID().toString().substring(0, 8) + "@example.test";
        WebDriver browser = Chromium.driver();
        browser.manage().deleteAllCookies();
        browser.manage().window().setSize(new Dimension(1280, 900));
        WebDriverWait wait = Chromium.waiting();
        String base = "http://localhost:" + port;
        try {
            browser.get(base + "/login?lang=en");
            browser.findElement(By.id("username")).sendKeys(admin.email());
            browser.findElement(By.id("password")).sendKeys(PASSWORD);
            Chromium.click(By.cssSelector("#login-form button[type=submit]"));
            wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));

            browser.get(base + "/admin/users");
            Chromium.click(By.id("new-user-link"));
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("user-form")));
            browser.findElement(By.id("email")).sendKeys(email);
            browser.findElement(By.id("firstName")).sendKeys("Hana");
            browser.findElement(By.id("lastName")).sendKeys("Helped");
            browser.findElement(By.id("verified")).click();
            Chromium.screenshot("support-01-new-customer");
            Chromium.click(By.id("user-save"));
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("impersonation-form")));
            assertThat(browser.findElement(By.id("flash-success")).getText()).isEqualTo("The customer was created.");
            assertThat(browser.findElement(By.id("user-email")).getText()).isEqualTo(email);
            Chromium.screenshot("support-02-customer-page");

            browser.findElement(By.id("impersonation-reason")).sendKeys("Ticket 7: help with the first order");
            Chromium.click(By.id("impersonation-start"));
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("impersonation-banner")));
            assertThat(browser.findElement(By.id("impersonation-banner")).getText())
                    .contains("You are signed in as " + email).contains("Return to your account");
            Chromium.screenshot("support-03-banner-light");
            browser.get(base + "/account");
            assertThat(browser.findElement(By.id("impersonation-banner")).isDisplayed()).isTrue();
            ((JavascriptExecutor) browser).executeScript("localStorage.setItem('pteroca-theme', 'dark')");
            browser.navigate().refresh();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("impersonation-banner")));
            Chromium.screenshot("support-04-banner-dark");
            browser.manage().window().setSize(new Dimension(390, 844));
            browser.get(base + "/");
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("impersonation-banner")));
            Chromium.screenshot("support-05-banner-phone");
            Number overflow = (Number) ((JavascriptExecutor) browser).executeScript(
                    "return document.documentElement.scrollWidth - document.documentElement.clientWidth");
            assertThat(overflow.intValue()).as("no sideways scrolling at 390 px").isLessThanOrEqualTo(0);

            Chromium.click(By.id("impersonation-end"));
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("impersonation-form")));
            assertThat(browser.findElements(By.id("impersonation-banner"))).isEmpty();
            assertThat(browser.getCurrentUrl()).contains("/admin/users/");
            Chromium.screenshot("support-06-returned-phone-dark");
        } finally {
            ((JavascriptExecutor) browser).executeScript("localStorage.removeItem('pteroca-theme')");
            browser.manage().window().setSize(new Dimension(1280, 900));
        }
    }
}
