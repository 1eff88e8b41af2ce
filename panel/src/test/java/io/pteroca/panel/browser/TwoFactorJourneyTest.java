package io.pteroca.panel.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.pteroca.panel.account.AccountTestAccess;
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
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A customer turns on two-factor sign-in with the QR page (the test plays the authenticator app from the key shown),
 * keeps the recovery codes, signs out, and signs in again with password and code; then looks at their sessions.
 */
class TwoFactorJourneyTest extends IntegrationTest {

    private static final String PASSWORD = "journey secret 42";

    @Autowired
    Accounts accounts;

    @AfterEach
    void wideWindow() {
        Chromium.driver().manage().window().setSize(new Dimension(1280, 900));
    }

    @Test
    void setUpTwoFactorSignOutAndSignInWithACode() {
        String email = "totp-" + UUID.randomUUID().toString().substring(0, 8) + "@example.test";
        AccountView customer = accounts.createVerified(email, "Tess", "Totp", PASSWORD, Role.USER, "test");
        WebDriver browser = Chromium.driver();
        browser.manage().deleteAllCookies();
        browser.manage().window().setSize(new Dimension(1280, 900));
        WebDriverWait wait = Chromium.waiting();
        String base = "http://localhost:" + port;

        signIn(browser, base, customer.email());
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("greeting")));
        browser.get(base + "/account?lang=en");
        Chromium.click(By.id("two-factor-link"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("two-factor-start")));
        Chromium.click(By.id("two-factor-start"));
        String secret = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("two-factor-secret"))).getText();
        wait.until(driver -> ((Number) ((JavascriptExecutor) driver).executeScript(
                "return document.getElementById('two-factor-qr').naturalWidth")).intValue() > 0);
        Chromium.screenshot("two-factor-01-set-up");

        browser.findElement(By.id("confirmCode")).sendKeys(AccountTestAccess.authenticatorCode(secret, clock.instant()));
        Chromium.click(By.id("two-factor-confirm"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("recovery-codes")));
        assertThat(browser.findElements(By.cssSelector("#recovery-codes li"))).hasSize(10);
        Chromium.screenshot("two-factor-02-recovery-codes");
        Chromium.click(By.id("recovery-codes-done"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("two-factor-disable-form")));
        Chromium.screenshot("two-factor-03-on");

        browser.findElement(By.id("user-menu")).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.id("logout-button"))).click();
        wait.until(ExpectedConditions.urlContains("/login?logout"));
        // The code used for set-up is spent; the app shows the next one half a minute later.
        clock.advance(Duration.ofSeconds(30));

        signIn(browser, base, customer.email());
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("second-factor-form")));
        Chromium.screenshot("two-factor-04-second-step");
        ((JavascriptExecutor) browser).executeScript("document.documentElement.setAttribute('data-bs-theme', 'dark')");
        Chromium.screenshot("two-factor-05-second-step-dark");
        browser.manage().window().setSize(new Dimension(390, 844));
        browser.navigate().refresh();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("second-factor-form")));
        Chromium.screenshot("two-factor-06-second-step-phone");
        assertNoSidewaysScrolling(browser);

        browser.findElement(By.id("code")).sendKeys(AccountTestAccess.authenticatorCode(secret, clock.instant()));
        Chromium.click(By.id("second-factor-submit"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("greeting")));
        assertThat(browser.getCurrentUrl()).doesNotContain("login");

        browser.get(base + "/account/sessions");
        assertThat(browser.findElements(By.cssSelector("#sessions tbody tr"))).hasSize(1);
        assertThat(browser.findElement(By.id("sessions")).getText()).contains("Chrome").contains("this browser");
        Chromium.screenshot("two-factor-07-sessions-phone");
        assertNoSidewaysScrolling(browser);
        browser.manage().window().setSize(new Dimension(1280, 900));
        browser.get(base + "/account/two-factor?lang=pl");
        Chromium.screenshot("two-factor-08-on-polish");
        browser.get(base + "/account?lang=en");
        assertThat(Chromium.cspViolations()).isEmpty();
    }

    private static void signIn(WebDriver browser, String base, String email) {
        browser.get(base + "/login");
        browser.findElement(By.id("username")).sendKeys(email);
        browser.findElement(By.id("password")).sendKeys(PASSWORD);
        browser.findElement(By.cssSelector("#login-form button[type=submit]")).click();
    }

    private static void assertNoSidewaysScrolling(WebDriver browser) {
        Number overflow = (Number) ((JavascriptExecutor) browser).executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth");
        assertThat(overflow.intValue()).as("no sideways scrolling at 390 px").isLessThanOrEqualTo(0);
    }
}
