package io.pteroca.panel.landing;

import static org.assertj.core.api.Assertions.assertThat;

import io.pteroca.panel.catalog.CategoryView;
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
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * The landing page in a real browser, in the default theme and in Midnight, light and dark, on a laptop (1366 px)
 * and a phone (390 px): it shows its sections, never scrolls sideways, and is saved as landing-*.png.
 */
class LandingScreenshotsTest extends IntegrationTest {

    @Autowired
    ApplicationContext context;

    @AfterEach
    void back() {
        new LandingFixtures(context).reset();
        Chromium.driver().manage().window().setSize(new Dimension(1280, 900));
    }

    @Test
    void landingPageInBothThemesBothModesAndTwoWidths() {
        LandingFixtures store = new LandingFixtures(context);
        store.reset();
        String suffix = UUID.randomUUID().toString().substring(0, 4);
        CategoryView minecraft = store.category("Minecraft " + suffix, "Java and Bedrock worlds for you and your friends.");
        store.category("Valheim " + suffix, "Dedicated servers for your Viking clan.");
        store.feature(store.plan(minecraft, "Stone " + suffix, "Up to 8 players", 2048, "4.99"),
                store.plan(minecraft, "Iron " + suffix, "Up to 20 players, plugins welcome", 4096, "9.99"),
                store.plan(minecraft, "Diamond " + suffix, "Big worlds and modpacks", 8192, "19.99"));

        WebDriver browser = Chromium.driver();
        browser.manage().deleteAllCookies();
        String base = "http://localhost:" + port;
        for (String theme : List.of("default", "midnight")) {
            settings.set(settings.definition("appearance.theme").orElseThrow(), theme.equals("default") ? "" : theme);
            for (String mode : List.of("light", "dark")) {
                for (int width : List.of(1366, 390)) {
                    browser.manage().window().setSize(new Dimension(width, 900));
                    browser.get(base + "/?lang=en");
                    ((JavascriptExecutor) browser).executeScript("localStorage.setItem('pteroca-theme', arguments[0]);", mode);
                    browser.get(base + "/?lang=en");
                    String name = "landing-" + theme + "-" + mode + "-" + width;
                    assertThat(browser.findElement(By.tagName("html")).getAttribute("data-bs-theme")).as(name).isEqualTo(mode);
                    assertThat(browser.findElement(By.id("landing-headline")).getText()).as(name)
                            .isEqualTo("Game servers, ready a minute after you order");
                    assertThat(browser.findElement(By.id("landing-featured")).getText()).as(name).contains("Iron " + suffix);
                    assertThat(browser.findElements(By.cssSelector("#landing-faq, #landing-points"))).as(name).hasSize(2);
                    assertThat(browser.findElements(By.className("midnight-header"))).as(name)
                            .hasSize(theme.equals("midnight") ? 1 : 0);
                    Number overflow = (Number) ((JavascriptExecutor) browser).executeScript(
                            "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
                    assertThat(overflow.intValue()).as(name + " scrolls sideways by").isLessThanOrEqualTo(0);
                    Number height = (Number) ((JavascriptExecutor) browser).executeScript(
                            "return document.documentElement.scrollHeight;");
                    browser.manage().window().setSize(new Dimension(width, Math.min(height.intValue() + 140, 5000)));
                    Chromium.screenshot(name);
                    browser.manage().window().setSize(new Dimension(width, 900));
                }
            }
        }
    }
}
