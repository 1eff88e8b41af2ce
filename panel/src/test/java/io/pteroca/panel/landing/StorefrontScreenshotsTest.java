package io.pteroca.panel.landing;

import static org.assertj.core.api.Assertions.assertThat;

import io.pteroca.panel.account.AccountView;
import io.pteroca.panel.account.Accounts;
import io.pteroca.panel.account.Role;
import io.pteroca.panel.catalog.CategoryView;
import io.pteroca.panel.catalog.ProductView;
import io.pteroca.panel.support.Chromium;
import io.pteroca.panel.support.IntegrationTest;
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
 * The storefront a customer walks through — store, product, "Order" → sign in → back on the order page, dashboard —
 * in the default theme and Midnight, light and dark, at 1366 and 390 px: each page shows what it must, never scrolls
 * sideways, and is saved as storefront-*.png (the landing page has its own test).
 */
class StorefrontScreenshotsTest extends IntegrationTest {

    private static final String PASSWORD = "storefront customer secret";

    @Autowired
    ApplicationContext context;
    @Autowired
    Accounts accounts;

    private WebDriver browser;
    private String base;

    @AfterEach
    void back() {
        new LandingFixtures(context).reset();
        settings.set(settings.definition("appearance.theme").orElseThrow(), "");
        Chromium.driver().manage().window().setSize(new Dimension(1280, 900));
    }

    @Test
    void storeProductOrderAfterSignInAndDashboardInBothThemesBothModesAndTwoWidths() {
        LandingFixtures store = new LandingFixtures(context);
        store.reset();
        String suffix = UUID.randomUUID().toString().substring(0, 4);
        CategoryView minecraft = store.category("Minecraft " + suffix, "Java and Bedrock worlds for you and your friends.");
        ProductView iron = store.plan(minecraft, "Iron " + suffix, "Up to 20 players, plugins welcome", 4096, "9.99");
        store.plan(minecraft, "Stone " + suffix, "Up to 8 players", 2048, "4.99");
        AccountView customer = accounts.createVerified("storefront-" + suffix + "@example.test", "Robin", "Shopper",
                PASSWORD, Role.USER, "test");

        browser = Chromium.driver();
        base = "http://localhost:" + port;
        for (String theme : List.of("default", "midnight")) {
            settings.set(settings.definition("appearance.theme").orElseThrow(), theme.equals("default") ? "" : theme);
            for (String mode : List.of("light", "dark")) {
                for (int width : List.of(1366, 390)) {
                    String name = theme + "-" + mode + "-" + width;
                    browser.manage().deleteAllCookies();
                    browser.manage().window().setSize(new Dimension(width, 900));
                    browser.get(base + "/store?lang=en");
                    ((JavascriptExecutor) browser).executeScript("localStorage.setItem('pteroca-theme', arguments[0]);", mode);

                    show("/store?lang=en", "store-categories", "storefront-store-" + name);
                    assertThat(text("store-categories")).as(name).contains("Minecraft " + suffix);
                    show("/store/categories/" + minecraft.id(), "main", "storefront-category-" + name);
                    assertThat(text("main")).as(name).contains("from 9.99 USD / month").contains("Databases: 1 · Backups: 2 · Ports: 1");
                    show("/store/products/" + iron.id(), "price-options", "storefront-product-" + name);
                    assertThat(text("price-options")).as(name).contains("≈ 9.99 USD / month").contains("9.99 USD for 1 month");

                    Chromium.click(By.id("order-button"));
                    Chromium.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("sign-in-to-order")));
                    browser.findElement(By.id("username")).sendKeys(customer.email());
                    browser.findElement(By.id("password")).sendKeys(PASSWORD);
                    Chromium.click(By.cssSelector("#login-form button[type=submit]"));
                    Chromium.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("order-form")));
                    assertThat(browser.getCurrentUrl()).as(name).contains("/store/products/" + iron.id() + "/order");
                    show(null, "order-form", "storefront-order-" + name);

                    show("/dashboard", "greeting", "storefront-dashboard-" + name);
                    assertThat(browser.findElements(By.className("midnight-header"))).as(name)
                            .hasSize(theme.equals("midnight") ? 1 : 0);
                }
            }
        }
    }

    /** Opens the page (null: the one shown), checks the colour mode and the width, and saves it whole. */
    private void show(String path, String waitFor, String shot) {
        if (path != null) {
            browser.get(base + path);
        }
        Chromium.waiting().until(ExpectedConditions.presenceOfElementLocated(
                waitFor.equals("main") ? By.tagName("main") : By.id(waitFor)));
        JavascriptExecutor script = (JavascriptExecutor) browser;
        Number overflow = (Number) script.executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        assertThat(overflow.intValue()).as(shot + " scrolls sideways by").isLessThanOrEqualTo(0);
        Dimension window = browser.manage().window().getSize();
        Number height = (Number) script.executeScript("return document.documentElement.scrollHeight;");
        browser.manage().window().setSize(new Dimension(window.getWidth(), Math.min(height.intValue() + 140, 5000)));
        Chromium.screenshot(shot);
        browser.manage().window().setSize(window);
    }

    private String text(String id) {
        return (id.equals("main") ? browser.findElement(By.tagName("main")) : browser.findElement(By.id(id))).getText();
    }
}
