package io.pteroca.panel.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.pteroca.panel.support.Chromium;
import io.pteroca.panel.support.IntegrationTest;
import io.pteroca.panel.support.TestMail;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A visitor accepts the provider's terms and registers (and is signed in), verifies the address from the e-mail,
 * switches to Polish, signs out and signs in again.
 */
class AccountJourneyTest extends IntegrationTest {

    @AfterEach
    void noTerms() {
        settings.set(settings.definition("security.terms_of_service").orElseThrow(), "");
    }

    @Test
    void registerVerifySignInChangeLanguageSignOut() {
        settings.set(settings.definition("security.terms_of_service").orElseThrow(), "<p>Play fair.</p>");
        WebDriver browser = Chromium.driver();
        browser.manage().deleteAllCookies();
        WebDriverWait wait = Chromium.waiting();
        String base = "http://localhost:" + port;
        String email = "journey-" + UUID.randomUUID().toString().substring(0, 8) + "@example.test";

        browser.get(base + "/register?lang=en");
        browser.findElement(By.id("email")).sendKeys(email);
        browser.findElement(By.id("firstName")).sendKeys("Jordan");
        browser.findElement(By.id("lastName")).sendKeys("Journey");
        browser.findElement(By.id("password")).sendKeys("journey secret 42");
        browser.findElement(By.id("acceptTerms1")).click();
        Chromium.screenshot("01-register");
        browser.findElement(By.cssSelector("#register-form button[type=submit]")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("greeting")));
        assertThat(browser.findElement(By.id("flash-success")).getText()).contains("confirm your address");
        assertThat(browser.findElement(By.id("verify-alert")).isDisplayed()).isTrue();

        String link = TestMail.link(TestMail.await(email, 1).get(0), "http://localhost:8080/verify-email?token=");
        browser.get(base + link.substring("http://localhost:8080".length()));
        assertThat(browser.findElement(By.id("verify-ok")).isDisplayed()).isTrue();
        Chromium.screenshot("02-verified");

        browser.get(base + "/");
        assertThat(browser.findElement(By.id("greeting")).getText()).contains("Jordan");
        assertThat(browser.findElements(By.id("verify-alert"))).isEmpty();
        Chromium.screenshot("03-dashboard");

        browser.get(base + "/account");
        new Select(browser.findElement(By.id("language"))).selectByValue("pl");
        browser.findElement(By.id("language-save")).click();
        wait.ignoring(StaleElementReferenceException.class)
                .until(driver -> "pl".equals(driver.findElement(By.tagName("html")).getAttribute("lang")));
        assertThat(browser.findElement(By.id("flash-success")).getText()).isNotBlank();
        Chromium.screenshot("04-account-polish");

        browser.findElement(By.id("user-menu")).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.id("logout-button"))).click();
        wait.until(ExpectedConditions.urlContains("/login?logout"));
        Chromium.screenshot("05-signed-out");
        browser.get(base + "/account");
        assertThat(browser.getCurrentUrl()).endsWith("/login");

        browser.findElement(By.id("username")).sendKeys(email);
        browser.findElement(By.id("password")).sendKeys("journey secret 42");
        browser.findElement(By.cssSelector("#login-form button[type=submit]")).click();
        wait.until(ExpectedConditions.urlContains("/account"));
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("pl");
    }
}
