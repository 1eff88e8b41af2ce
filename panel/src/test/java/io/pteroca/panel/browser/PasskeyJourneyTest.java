package io.pteroca.panel.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.pteroca.panel.account.AccountView;
import io.pteroca.panel.account.Accounts;
import io.pteroca.panel.account.Role;
import io.pteroca.panel.setting.SettingDefinition;
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
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.openqa.selenium.virtualauthenticator.HasVirtualAuthenticator;
import org.openqa.selenium.virtualauthenticator.VirtualAuthenticator;
import org.openqa.selenium.virtualauthenticator.VirtualAuthenticatorOptions;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * An admin who must use two-factor sign-in adds a passkey on the security page (Chromium's virtual authenticator
 * plays the phone), signs out, signs in with the passkey alone and gets past the staff requirement, renames the
 * passkey and removes it.
 */
class PasskeyJourneyTest extends IntegrationTest {

    private static final String PASSWORD = "passkey journey secret";

    @Autowired
    Accounts accounts;

    private VirtualAuthenticator authenticator;
    private String siteUrlBefore;

    @AfterEach
    void putBack() {
        WebDriver browser = Chromium.driver();
        if (authenticator != null) {
            ((HasVirtualAuthenticator) browser).removeVirtualAuthenticator(authenticator);
        }
        browser.manage().window().setSize(new Dimension(1280, 900));
        settings.set(settings.definition("security.two_factor_required_for_staff").orElseThrow(), "false");
        settings.set(siteUrl(), siteUrlBefore);
    }

    private SettingDefinition siteUrl() {
        return settings.definition("site.url").orElseThrow();
    }

    @Test
    void addAPasskeySignInWithItAloneRenameAndRemoveIt() {
        String base = "http://localhost:" + port;
        // The relying party is the panel's public address: here, where the browser finds it.
        siteUrlBefore = settings.isSet(siteUrl()) ? settings.get(siteUrl()) : "";
        settings.set(siteUrl(), base);
        settings.set(settings.definition("security.two_factor_required_for_staff").orElseThrow(), "true");
        AccountView admin = accounts.createVerified("passkey-" + UUID.randomUUID().toString().substring(0, 8) + "@example.test",
                "Pia", "Passkey", PASSWORD, Role.ADMIN, "test");
        WebDriver browser = Chromium.driver();
        browser.manage().deleteAllCookies();
        authenticator = ((HasVirtualAuthenticator) browser).addVirtualAuthenticator(new VirtualAuthenticatorOptions()
                .setProtocol(VirtualAuthenticatorOptions.Protocol.CTAP2)
                .setTransport(VirtualAuthenticatorOptions.Transport.INTERNAL)
                .setHasResidentKey(true).setHasUserVerification(true).setIsUserVerified(true));
        WebDriverWait wait = Chromium.waiting();

        browser.get(base + "/login?lang=en");
        browser.findElement(By.id("username")).sendKeys(admin.email());
        browser.findElement(By.id("password")).sendKeys(PASSWORD);
        browser.findElement(By.cssSelector("#login-form button[type=submit]")).click();
        wait.until(ExpectedConditions.urlContains("/account/two-factor?required"));
        wait.until(ExpectedConditions.elementToBeClickable(By.id("passkey-add")));
        Chromium.screenshot("passkeys-01-required-no-passkeys");

        browser.findElement(By.id("passkey-name")).sendKeys("Test phone");
        Chromium.click(By.id("passkey-add"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("passkey-list")));
        assertThat(browser.findElements(By.cssSelector("#passkey-list > li"))).hasSize(1);
        assertThat(browser.findElement(By.id("passkey-list")).getText()).contains("Test phone").contains("never used");
        assertThat(browser.findElement(By.id("flash-success")).getText()).contains("The passkey was added.");
        assertThat(authenticator.getCredentials()).hasSize(1);
        assertThat(authenticator.getCredentials().get(0).isResidentCredential()).isTrue();
        Chromium.screenshot("passkeys-02-added");

        browser.findElement(By.id("user-menu")).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.id("logout-button"))).click();
        wait.until(ExpectedConditions.urlContains("/login?logout"));
        clock.advance(Duration.ofMinutes(5));

        WebElement passkeySignIn = wait.until(ExpectedConditions.elementToBeClickable(By.id("passkey-sign-in")));
        Chromium.screenshot("passkeys-03-sign-in-page");
        passkeySignIn.click();
        wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
        assertThat(browser.getCurrentUrl()).doesNotContain("two-factor");
        browser.get(base + "/admin/users");
        assertThat(browser.getCurrentUrl()).as("the passkey counts as two factors for staff").endsWith("/admin/users");

        browser.get(base + "/account/two-factor?lang=en");
        WebElement row = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#passkey-list > li")));
        assertThat(row.getText()).contains("last used").doesNotContain("never used");
        assertThat(browser.findElements(By.id("two-factor-required"))).as("met by the passkey").isEmpty();
        WebElement newName = row.findElement(By.cssSelector(".passkey-rename input[name=name]"));
        newName.clear();
        newName.sendKeys("Work laptop");
        Chromium.click(By.cssSelector("#passkey-list > li .passkey-rename button"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#passkey-list .passkey-name"), "Work laptop"));
        Chromium.screenshot("passkeys-04-renamed");
        ((JavascriptExecutor) browser).executeScript("document.documentElement.setAttribute('data-bs-theme', 'dark')");
        Chromium.screenshot("passkeys-05-dark");
        browser.manage().window().setSize(new Dimension(390, 844));
        browser.navigate().refresh();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("passkey-list")));
        ((JavascriptExecutor) browser).executeScript("document.getElementById('passkeys').scrollIntoView({behavior: 'instant'})");
        Chromium.screenshot("passkeys-06-phone");
        Number overflow = (Number) ((JavascriptExecutor) browser).executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth");
        assertThat(overflow.intValue()).as("no sideways scrolling at 390 px").isLessThanOrEqualTo(0);
        browser.manage().window().setSize(new Dimension(1280, 900));

        Chromium.click(By.cssSelector("#passkey-list > li .passkey-remove"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("no-passkeys")));
        assertThat(browser.findElement(By.id("flash-success")).getText()).contains("The passkey was removed.");
        assertThat(jdbc.queryForList("SELECT action FROM audit_log WHERE actor_id = ? AND (action LIKE 'passkey%' OR details = 'passkey')"
                + " ORDER BY id", String.class, admin.id())).containsExactly("passkey_registered", "login", "passkey_removed");
        browser.get(base + "/account/two-factor?lang=de");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("passkey-add-form")));
        Chromium.screenshot("passkeys-07-german");
        assertThat(Chromium.cspViolations()).isEmpty();

        // The authenticator still holds the passkey, but the panel forgot it: signing in with it is refused.
        browser.findElement(By.id("user-menu")).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.id("logout-button"))).click();
        wait.until(ExpectedConditions.urlContains("/login?logout"));
        wait.until(ExpectedConditions.elementToBeClickable(By.id("passkey-sign-in"))).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("passkey-sign-in-error")));
        assertThat(browser.getCurrentUrl()).contains("/login");
    }
}
