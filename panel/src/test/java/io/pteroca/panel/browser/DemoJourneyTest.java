package io.pteroca.panel.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.pteroca.panel.support.Chromium;
import io.pteroca.panel.support.DemoApp;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The demo as a newcomer meets it, in a real browser: a visitor orders, registers and is back on the order, tops up
 * through the Stripe stand-in and resets a password from the demo mailbox; the demo customer finds their server
 * running; the demo admin sees the payment and every e-mail sent. Screenshots {@code demo-*.png}.
 */
class DemoJourneyTest {

    private static final String DEMO_PASSWORD = "demo-password";

    private static WebDriver fresh() {
        WebDriver browser = Chromium.driver();
        DemoApp.context();
        browser.manage().deleteAllCookies();
        return browser;
    }

    private static void signIn(WebDriver browser, String email, String password) {
        browser.get(DemoApp.url() + "/login?lang=en");
        browser.findElement(By.id("username")).sendKeys(email);
        browser.findElement(By.id("password")).sendKeys(password);
        Chromium.click(By.cssSelector("#login-form button[type=submit]"));
        Chromium.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("greeting")));
    }

    @Test
    void aVisitorOrdersRegistersTopsUpThroughStripeAndResetsThePasswordFromTheMailbox() {
        WebDriver browser = fresh();
        WebDriverWait wait = Chromium.waiting();
        String base = DemoApp.url();
        String email = "newcomer-" + UUID.randomUUID().toString().substring(0, 8) + "@example.test";

        browser.get(base + "/store?lang=en");
        assertThat(browser.findElement(By.id("demo-mailbox-link")).isDisplayed()).isTrue();
        Chromium.screenshot("demo-01-store");
        Chromium.click(By.linkText("Minecraft"));
        Chromium.click(By.linkText("Paper 2 GB"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("price-options")));
        Chromium.screenshot("demo-02-product");
        Chromium.click(By.id("footer-terms"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "Sample terms of service"));
        Chromium.screenshot("demo-03-terms");
        browser.navigate().back();

        Chromium.click(By.id("order-button"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("sign-in-to-order")));
        Chromium.screenshot("demo-04-sign-in-to-order");
        Chromium.click(By.linkText("Create an account"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("register-form")));
        browser.findElement(By.id("email")).sendKeys(email);
        browser.findElement(By.id("firstName")).sendKeys("Nova");
        browser.findElement(By.id("lastName")).sendKeys("Newcomer");
        browser.findElement(By.id("password")).sendKeys("newcomer secret 1");
        Chromium.click(By.id("acceptTerms1"));
        Chromium.screenshot("demo-05-register");
        Chromium.click(By.cssSelector("#register-form button[type=submit]"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("order-form")));
        String orderPage = browser.getCurrentUrl();
        assertThat(orderPage).contains("/store/products/").contains("/order");
        assertThat(browser.findElement(By.id("flash-success")).getText()).contains("Welcome!");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("summary-short")));
        Chromium.screenshot("demo-06-back-on-the-order");

        Chromium.click(By.cssSelector("#summary-short a"));
        browser.findElement(By.id("amount")).sendKeys("20");
        Chromium.click(By.id("method-stripe"));
        Chromium.click(By.cssSelector("#top-up-form button[type=submit]"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("stripe-checkout")));
        assertThat(browser.findElement(By.id("standin-notice")).getText()).contains("Demo stand-in");
        assertThat(browser.findElement(By.id("checkout-amount")).getText()).isEqualTo("20.00 USD");
        Chromium.screenshot("demo-07-stripe-test-checkout");
        Chromium.click(By.id("checkout-pay"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("payment-status"), "Received and credited"));
        Chromium.screenshot("demo-08-stripe-paid");
        browser.get(base + "/wallet");
        assertThat(browser.findElement(By.id("wallet-balance")).getText()).isEqualTo("20.00 USD");
        Chromium.screenshot("demo-09-wallet");

        browser.get(orderPage);
        browser.findElement(By.id("name")).sendKeys("Nova's world");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("summary-total"), "6.49 USD"));
        assertThat(browser.findElements(By.id("summary-short"))).isEmpty();
        Chromium.click(By.id("order-submit"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("server-status")));
        Chromium.screenshot("demo-10-ordered");
        // The demo's own jobs set it up; the page follows by itself.
        Chromium.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("server-address")));
        assertThat(browser.findElement(By.id("server-status")).getText()).contains("Active");
        Chromium.screenshot("demo-11-ordered-server-active");

        Chromium.click(By.id("user-menu"));
        wait.until(ExpectedConditions.elementToBeClickable(By.id("logout-button"))).click();
        wait.until(ExpectedConditions.urlContains("/login?logout"));
        Chromium.click(By.linkText("Forgot your password?"));
        browser.findElement(By.id("email")).sendKeys(email);
        Chromium.click(By.cssSelector("form button[type=submit]"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("flash-success")));
        Chromium.click(By.id("demo-mailbox-link"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("mailbox-subject"), "Reset your password"));
        assertThat(browser.findElement(By.id("mailbox-list")).getText()).contains("To " + email);
        Chromium.screenshot("demo-12-mailbox-reset");
        browser.switchTo().frame("mailbox-body");
        Chromium.click(By.linkText("Choose a new password"));
        browser.switchTo().defaultContent();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("confirmPassword")));
        assertThat(browser.getCurrentUrl()).startsWith(base + "/reset-password/");
        browser.findElement(By.id("password")).sendKeys("newcomer secret 2");
        browser.findElement(By.id("confirmPassword")).sendKeys("newcomer secret 2");
        Chromium.screenshot("demo-13-reset-from-the-mailbox");
        Chromium.click(By.cssSelector("form button[type=submit]"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("login-form")));
        signIn(browser, email, "newcomer secret 2");
    }

    @Test
    void theDemoCustomerFindsTheirServerRunningAndCanOpenItInPterodactyl() {
        WebDriver browser = fresh();
        WebDriverWait wait = Chromium.waiting();
        signIn(browser, "customer@demo.pteroca.test", DEMO_PASSWORD);
        Chromium.screenshot("demo-20-customer-dashboard");
        browser.get(DemoApp.url() + "/servers");
        Chromium.screenshot("demo-21-my-servers");
        Chromium.click(By.linkText("Demo SMP"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("server-power"), "running"));
        assertThat(browser.findElement(By.id("server-status")).getText()).contains("Active");
        assertThat(browser.findElement(By.id("sso-open")).isDisplayed()).isTrue();
        Chromium.screenshot("demo-22-running-server");
        Chromium.click(By.id("console-link"));
        wait.until(ExpectedConditions.textToBe(By.id("console-connection"), "Connected"));
        wait.until(ExpectedConditions.textToBe(By.id("console-state"), "running"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("terminal"), "Done"));
        Chromium.screenshot("demo-23-console");
        assertThat(Chromium.cspViolations()).as("htmx and xterm.js within the content security policy").isEmpty();

        browser.navigate().back();
        Chromium.click(By.cssSelector("#sso-open button"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("signed-in")));
        assertThat(browser.findElement(By.id("signed-in")).getText()).contains("customer@demo.pteroca.test");
        assertThat(browser.findElement(By.id("server-name")).getText()).isEqualTo("Demo SMP");
        Chromium.screenshot("demo-24-open-in-pterodactyl");
    }

    @Test
    void theDemoAdminSeesTheSampleSettingsAndEveryEmailSent() {
        WebDriver browser = fresh();
        WebDriverWait wait = Chromium.waiting();
        signIn(browser, "admin@demo.pteroca.test", DEMO_PASSWORD);
        browser.get(DemoApp.url() + "/admin/settings/payments");
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("IBAN");
        Chromium.screenshot("demo-30-admin-payment-settings");
        browser.get(DemoApp.url() + "/admin/email-log");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("email-log-table")));
        assertThat(browser.findElement(By.id("email-log-table")).getText()).doesNotContain("Failed").contains("Sent");
        Chromium.screenshot("demo-31-admin-email-log");
        browser.get(DemoApp.url() + "/demo/mailbox");
        Chromium.screenshot("demo-32-mailbox");
    }
}
