package io.pteroca.panel.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.pteroca.panel.account.AccountView;
import io.pteroca.panel.account.Accounts;
import io.pteroca.panel.account.Role;
import io.pteroca.panel.catalog.PeriodUnit;
import io.pteroca.panel.catalog.PriceKind;
import io.pteroca.panel.catalog.PriceTerms;
import io.pteroca.panel.catalog.ProductView;
import io.pteroca.panel.support.Chromium;
import io.pteroca.panel.support.IntegrationTest;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * In Chromium, light, dark and 390 px wide: the store says "Free" and offers the trial in words, the order page asks
 * what the trial continues on, and the admin's create-server form says who pays; no key or constant name shows.
 */
class TrialsJourneyTest extends IntegrationTest {

    @Autowired
    ApplicationContext context;

    private final List<String> failures = new ArrayList<>();
    private WebDriver browser;
    private String base;

    @AfterEach
    void restore() {
        if (browser != null) {
            browser.manage().window().setSize(new Dimension(1280, 900));
            ((JavascriptExecutor) browser).executeScript("localStorage.removeItem('pteroca-theme')");
        }
    }

    private void look(String path, String waitForId, String shot) {
        look(path, By.id(waitForId), shot);
    }

    private void look(String path, By waitFor, String shot) {
        browser.get(base + path);
        Chromium.waiting().until(ExpectedConditions.presenceOfElementLocated(waitFor));
        Chromium.screenshot(shot);
        WordsOnScreenJourneyTest.rawWords(browser).forEach(raw -> failures.add(path + ": " + raw));
    }

    private void signIn(AccountView account) {
        browser.manage().deleteAllCookies();
        browser.get(base + "/login?lang=en");
        browser.findElement(By.id("username")).sendKeys(account.email());
        browser.findElement(By.id("password")).sendKeys(ServerFixtures.PASSWORD);
        Chromium.click(By.cssSelector("#login-form button[type=submit]"));
        Chromium.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("greeting")));
    }

    private void dark() {
        ((JavascriptExecutor) browser).executeScript("localStorage.setItem('pteroca-theme', 'dark')");
    }

    @Test
    void freePlansTrialsAndTheAdminCreateFormReadAsWords() {
        ServerFixtures fixtures = new ServerFixtures(context);
        ProductView trial = fixtures.product("0", new PriceTerms(PriceKind.TRIAL, 7, PeriodUnit.DAYS, BigDecimal.ZERO, null, null),
                ServerFixtures.monthly("5"));
        ProductView free = fixtures.product("0", new PriceTerms(PriceKind.STATIC, 1, PeriodUnit.MONTHS, BigDecimal.ZERO, null,
                null, true));
        AccountView customer = fixtures.customer("2");
        AccountView admin = context.getBean(Accounts.class).createVerified(
                "trials-admin-" + UUID.randomUUID().toString().substring(0, 6) + "@example.test", "Ada", "Admin",
                ServerFixtures.PASSWORD, Role.ADMIN, "test");
        browser = Chromium.driver();
        base = "http://localhost:" + port;

        long trialServer = context.getBean(io.pteroca.panel.order.Checkout.class).purchase(customer.id(),
                new io.pteroca.panel.order.OrderForm(trial.id(), trial.prices().get(0).id(), trial.definition().eggs().get(0).eggId(),
                        "Trial SMP", null, true, java.util.Map.of(), null, UUID.randomUUID().toString(), null, trial.prices().get(1).id()));
        fixtures.workUntil(() -> fixtures.state(trialServer) == ServerState.ACTIVE, "the trial server to become ACTIVE");

        signIn(customer);
        look("/servers/" + trialServer, "server-trial-explain", "trials-00-trial-server");
        assertThat(browser.findElement(By.id("server-facts")).getText()).contains("Free trial until").contains("5.00 USD per month");
        look("/store", By.cssSelector(".product-cards"), "trials-01-store");
        String store = browser.findElement(By.tagName("main")).getText();
        assertThat(store).contains("7 days free trial").contains("Free");
        look("/store/products/" + trial.id(), "price-options", "trials-02-trial-product");
        assertThat(browser.findElement(By.id("price-options")).getText()).contains("Free trial for 7 days")
                .contains("then the paid plan you choose when ordering").contains("5.00 USD for 1 month");
        look("/store/products/" + free.id(), "price-options", "trials-03-free-product");
        assertThat(browser.findElement(By.id("price-options")).getText()).contains("Free for 1 month").contains("once per customer");
        look("/store/products/" + trial.id() + "/order", "trial-then", "trials-04-trial-order");
        assertThat(browser.findElement(By.id("trial-then")).getText()).contains("After the free trial, continue on");
        assertThat(browser.findElement(By.id("summary-trial")).getText()).isEqualTo("Free now; afterwards 5.00 USD per month");
        assertThat(browser.findElement(By.id("order-submit")).getText()).isEqualTo("Order");
        dark();
        look("/store/products/" + trial.id() + "/order", "trial-then", "trials-05-trial-order-dark");
        browser.manage().window().setSize(new Dimension(390, 844));
        look("/store/products/" + trial.id() + "/order", "trial-then", "trials-06-trial-order-dark-390");
        ((JavascriptExecutor) browser).executeScript("localStorage.removeItem('pteroca-theme')");
        browser.manage().window().setSize(new Dimension(1280, 900));

        signIn(admin);
        look("/admin/servers", "create-server-link", "trials-07-admin-servers");
        look("/admin/servers/new?account=" + customer.id() + "&productId=" + trial.id(), "create-form", "trials-08-admin-create");
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});",
                browser.findElement(By.id("create-payment")));
        Chromium.screenshot("trials-08-admin-create-payment");
        assertThat(browser.findElement(By.id("create-payment")).getText()).contains("Free: an order of 0 is recorded")
                .contains("Charge the customer’s wallet").contains("2.00 USD");
        assertThat(browser.findElements(By.id("price-" + trial.prices().get(0).id()))).as("a trial is no admin's price").isEmpty();
        browser.findElement(By.id("name")).sendKeys("For Bea");
        Chromium.click(By.id("create-submit"));
        Chromium.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("create-error")));
        assertThat(browser.findElement(By.id("create-error")).getText()).isEqualTo("Who pays: choose free or the customer's wallet.");
        Chromium.screenshot("trials-09-admin-create-refused");
        assertThat(browser.findElements(By.cssSelector(".alert"))).as("the refusal is said once, in words").hasSize(1);
        WordsOnScreenJourneyTest.rawWords(browser).forEach(raw -> failures.add("refused create form: " + raw));
        dark();
        browser.manage().window().setSize(new Dimension(390, 844));
        look("/admin/servers/new?account=" + customer.email() + "&productId=" + trial.id(), "create-form",
                "trials-10-admin-create-dark-390");
        assertThat(failures).as("raw keys, constant names or exception names a person would read").isEmpty();
    }
}
