package io.pteroca.panel.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.pteroca.panel.account.AccountView;
import io.pteroca.panel.account.Accounts;
import io.pteroca.panel.account.Role;
import io.pteroca.panel.support.Chromium;
import io.pteroca.panel.support.IntegrationTest;
import io.pteroca.panel.support.TestOpenIdProvider;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * In Chromium, against a real OpenID Connect provider: a newcomer registers with "Continue with …"; a customer with a
 * password links the provider from their account page (the form leads to the provider, which the page's CSP allows)
 * and then sees it listed.
 */
class ProviderSignInJourneyTest extends IntegrationTest {

    private static final String PASSWORD = "journey secret 42";

    @Autowired
    Accounts accounts;

    @BeforeEach
    void enableTheProvider() {
        TestOpenIdProvider.configure(settings, true);
    }

    @AfterEach
    void disableTheProvider() {
        TestOpenIdProvider.configure(settings, false);
        Chromium.driver().manage().window().setSize(new Dimension(1280, 900));
    }

    @Test
    void aNewcomerRegistersThroughTheProviderAndACustomerLinksIt() {
        WebDriver browser = Chromium.driver();
        browser.manage().deleteAllCookies();
        browser.manage().window().setSize(new Dimension(1280, 900));
        WebDriverWait wait = Chromium.waiting();
        String base = "http://localhost:" + port;
        String email = "journey-" + UUID.randomUUID().toString().substring(0, 8) + "@example.test";

        browser.get(base + "/login?lang=en");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("passkey-sign-in")));
        assertThat(browser.findElement(By.tagName("main")).getText().lines().filter("or"::equals).count())
                .as("one \"or\" between the password form and the other ways in").isEqualTo(1);
        Chromium.screenshot("provider-sign-in-01-sign-in-page");
        TestOpenIdProvider.nextSignIn(UUID.randomUUID().toString(),
                Map.of("email", email, "email_verified", true, "given_name", "Jo", "family_name", "Journey"));
        Chromium.click(By.id("sign-in-with-oidc"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("provider-register-form")));
        assertThat(browser.findElement(By.id("register-explain")).getText()).contains("Example SSO").contains(email);
        Chromium.screenshot("provider-sign-in-02-register");
        browser.findElement(By.cssSelector("#provider-register-form button[type=submit]")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("greeting")));
        browser.get(base + "/account/sign-in-methods");
        assertThat(browser.findElement(By.id("linked-providers")).getText()).contains("Example SSO").contains(email);
        Chromium.screenshot("provider-sign-in-03-methods-without-password");

        browser.manage().deleteAllCookies();
        AccountView customer = accounts.createVerified("linker-" + UUID.randomUUID().toString().substring(0, 8)
                + "@example.test", "Lee", "Linker", PASSWORD, Role.USER, "test");
        browser.get(base + "/login?lang=en");
        browser.findElement(By.id("username")).sendKeys(customer.email());
        browser.findElement(By.id("password")).sendKeys(PASSWORD);
        browser.findElement(By.cssSelector("#login-form button[type=submit]")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("greeting")));
        browser.get(base + "/account");
        Chromium.click(By.id("sign-in-methods-link"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("no-linked-providers")));
        Chromium.click(By.id("link-oidc"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("link-provider-form")));
        Chromium.screenshot("provider-sign-in-04-link");
        TestOpenIdProvider.nextSignIn(UUID.randomUUID().toString(), Map.of("email", customer.email(), "email_verified", true));
        browser.findElement(By.cssSelector("#link-provider-form button[type=submit]")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("linked-providers")));
        assertThat(browser.findElement(By.id("flash-success")).getText()).contains("The provider is linked");
        Chromium.screenshot("provider-sign-in-05-linked");
        ((JavascriptExecutor) browser).executeScript("document.documentElement.setAttribute('data-bs-theme', 'dark')");
        Chromium.screenshot("provider-sign-in-06-linked-dark");
        browser.manage().window().setSize(new Dimension(390, 844));
        browser.get(base + "/account/sign-in-methods?lang=de");
        Chromium.screenshot("provider-sign-in-07-phone-german");
        Number overflow = (Number) ((JavascriptExecutor) browser).executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth");
        assertThat(overflow.intValue()).as("no sideways scrolling at 390 px").isLessThanOrEqualTo(0);
        browser.get(base + "/login?lang=en");
        assertThat(Chromium.cspViolations()).isEmpty();
    }
}
