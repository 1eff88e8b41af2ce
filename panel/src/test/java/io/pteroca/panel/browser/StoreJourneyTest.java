package io.pteroca.panel.browser;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import io.pteroca.panel.account.AccountView;
import io.pteroca.panel.account.Accounts;
import io.pteroca.panel.account.Role;
import io.pteroca.panel.order.Checkout;
import io.pteroca.panel.support.Chromium;
import io.pteroca.panel.support.IntegrationTest;
import io.pteroca.panel.support.TestMail;
import io.pteroca.panel.support.TestStripe;
import io.pteroca.panel.support.WebSession;
import java.util.Map;
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
 * In a real browser: an admin builds a category and a product from the emulator's eggs; a visitor finds it in the
 * store, clicks Order, registers and is back on the order page; then tops up through a stub Stripe checkout page, the
 * test delivers Stripe's signed webhook, and the customer sees the payment confirmed, the balance and the receipt.
 */
class StoreJourneyTest extends IntegrationTest {

    @Autowired
    Accounts accounts;

    @AfterEach
    void stripeOff() {
        settings.set(settings.definition("payment.stripe.enabled").orElseThrow(), "false");
    }

    @Test
    void adminBuildsAProductCustomerSeesItAndTopsUpThroughStripe() {
        WebDriver browser = Chromium.driver();
        browser.manage().deleteAllCookies();
        WebDriverWait wait = Chromium.waiting();
        String base = "http://localhost:" + port;
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        AccountView admin = accounts.createVerified("shop-admin-" + suffix + "@example.test", "Shop", "Keeper",
                "journey admin secret", Role.ADMIN, "test");

        signIn(browser, wait, base, admin.email(), "journey admin secret");
        String category = "Minecraft " + suffix;
        browser.get(base + "/admin/catalog/categories");
        browser.findElement(By.id("name")).sendKeys(category);
        Chromium.click(By.cssSelector("#category-form button[type=submit]"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("flash-success")));

        browser.get(base + "/admin/catalog/products/new");
        String product = "Paper Journey " + suffix;
        browser.findElement(By.id("name")).sendKeys(product);
        new Select(browser.findElement(By.id("categoryId"))).selectByVisibleText(category);
        new Select(browser.findElement(By.id("nestId"))).selectByVisibleText("Minecraft");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("egg-5")));
        Chromium.click(By.id("egg-5"));
        Chromium.click(By.id("node-1"));
        browser.findElement(By.name("price.0.amount")).sendKeys("4.99");
        Chromium.screenshot("store-01-admin-product-form");
        Chromium.click(By.id("save-product"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("flash-success")));
        Chromium.screenshot("store-02-admin-product-saved");

        browser.manage().deleteAllCookies();
        browser.get(base + "/store?lang=en");
        Chromium.click(By.linkText(category));
        Chromium.click(By.linkText(product));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("price-options")));
        assertThat(browser.findElement(By.id("price-options")).getText()).contains("4.99 USD for 1 month")
                .contains("≈ 0.17 USD per day");
        assertThat(browser.findElement(By.id("product-limits")).getText()).contains("Paper");
        Chromium.screenshot("store-03-visitor-product");

        Chromium.click(By.id("order-button"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("sign-in-to-order")));
        Chromium.screenshot("store-04-sign-in-to-order");
        Chromium.click(By.linkText("Create an account"));
        String email = "shopper-" + suffix + "@example.test";
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("register-form")));
        browser.findElement(By.id("email")).sendKeys(email);
        browser.findElement(By.id("firstName")).sendKeys("Sam");
        browser.findElement(By.id("lastName")).sendKeys("Shopper");
        browser.findElement(By.id("password")).sendKeys("journey shopper secret");
        Chromium.click(By.cssSelector("#register-form button[type=submit]"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("order-form")));
        assertThat(browser.getCurrentUrl()).contains("/store/products/").contains("/order");
        assertThat(browser.findElement(By.id("flash-success")).getText()).contains("Welcome!");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("summary-total"), "4.99 USD"));
        assertThat(browser.findElement(By.id("summary-short")).getText()).contains("Not enough balance");
        assertThat(browser.findElement(By.id("order-submit")).isEnabled()).as("nothing to submit before a top-up").isFalse();
        Chromium.screenshot("store-05-registered-back-on-order");

        String sessionId = stubStripeCheckout();
        browser.get(base + "/wallet/top-up");
        browser.findElement(By.id("amount")).sendKeys("19.99");
        Chromium.click(By.id("method-stripe"));
        Chromium.click(By.cssSelector("#top-up-form button[type=submit]"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("stub-checkout")));
        Chromium.screenshot("store-06-stripe-checkout-stub");

        long paymentId = jdbc.queryForObject("SELECT id FROM payment WHERE external_id = ?", Long.class, sessionId);
        browser.get(base + "/payments/" + paymentId);
        assertThat(browser.findElement(By.id("payment-status")).getText()).doesNotContain("Paid");
        String event = TestStripe.sessionEvent("checkout.session.completed", sessionId, "paid");
        WebSession.Page delivered = browser().postJson("/payments/stripe/webhook", event,
                Map.of("Stripe-Signature", TestStripe.signature(event)));
        assertThat(delivered.status()).isEqualTo(200);
        Chromium.waiting().until(ExpectedConditions.textToBePresentInElementLocated(
                By.id("payment-status"), "19.99 USD"));
        Chromium.waiting().until(driver ->
                driver.findElement(By.cssSelector("#payment-status .alert-success")) != null);
        Chromium.screenshot("store-07-payment-confirmed");

        browser.get(base + "/wallet");
        assertThat(browser.findElement(By.id("wallet-balance")).getText()).isEqualTo("19.99 USD");
        assertThat(TestMail.await(email, 2).stream().map(TestMail::body)).anyMatch(body -> body.contains("19.99"));
        Chromium.screenshot("store-08-wallet");
    }

    private static void signIn(WebDriver browser, WebDriverWait wait, String base, String email, String password) {
        browser.get(base + "/login?lang=en");
        browser.findElement(By.id("username")).sendKeys(email);
        browser.findElement(By.id("password")).sendKeys(password);
        Chromium.click(By.cssSelector("#login-form button[type=submit]"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("greeting")));
    }

    /** Stripe's API answers from the local stub; its checkout page is a stub page on the same server. */
    private String stubStripeCheckout() {
        settings.setAll(Map.of(settings.definition("payment.stripe.enabled").orElseThrow(), "true",
                settings.definition("payment.stripe.secret_key").orElseThrow(), "sk_test_journey",
                settings.definition("payment.stripe.webhook_secret").orElseThrow(), TestStripe.WEBHOOK_SECRET,
                settings.definition("payment.min_top_up").orElseThrow(), "1"));
        String sessionId = "cs_test_journey_" + UUID.randomUUID().toString().replace("-", "");
        TestStripe.server().resetAll();
        TestStripe.server().stubFor(post(urlEqualTo("/v1/checkout/sessions")).willReturn(okJson("""
                {"id": "%s", "object": "checkout.session", "url": "%s/checkout/pay/%s",
                 "payment_status": "unpaid", "status": "open"}""".formatted(sessionId, TestStripe.url(), sessionId))));
        TestStripe.server().stubFor(get(urlEqualTo("/checkout/pay/" + sessionId)).willReturn(aResponse()
                .withHeader("Content-Type", "text/html").withBody("""
                        <!DOCTYPE html><html><head><title>Stripe Checkout (stub)</title></head>
                        <body><h1 id="stub-checkout">Pay 19.99 USD</h1><p>The test plays Stripe's part.</p></body></html>""")));
        return sessionId;
    }
}
