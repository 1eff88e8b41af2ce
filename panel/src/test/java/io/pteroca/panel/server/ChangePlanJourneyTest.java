package io.pteroca.panel.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.pteroca.panel.account.AccountView;
import io.pteroca.panel.catalog.Catalog;
import io.pteroca.panel.catalog.ProductDefinition;
import io.pteroca.panel.catalog.ProductEditor;
import io.pteroca.panel.catalog.ProductView;
import io.pteroca.panel.support.BackgroundWork;
import io.pteroca.panel.support.Chromium;
import io.pteroca.panel.support.IntegrationTest;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** The owner opens "Change plan", picks a bigger plan, reads the prorated quote and confirms; light, dark and a phone. */
class ChangePlanJourneyTest extends IntegrationTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    GameServerRepository servers;

    @Test
    void theOwnerSeesTheQuoteInWordsAndChangesThePlan() {
        ServerFixtures fixtures = new ServerFixtures(context);
        long category = context.getBean(Catalog.class).saveCategory(null, "Survival " + UUID.randomUUID(), null, 0).id();
        ProductView small = plan(fixtures, category, "Survival S", 1024, "5");
        plan(fixtures, category, "Survival M", 2048, "8");
        plan(fixtures, category, "Survival XS", 512, "3");
        AccountView customer = fixtures.customer("20");
        long serverId = fixtures.activeServer(customer, small, "Family world");
        clock.advance(Duration.ofDays(10));

        WebDriver browser = Chromium.driver();
        browser.manage().deleteAllCookies();
        browser.manage().window().setSize(new Dimension(1280, 900));
        browser.get("http://localhost:" + port + "/login?lang=en");
        browser.findElement(By.id("username")).sendKeys(customer.email());
        browser.findElement(By.id("password")).sendKeys(ServerFixtures.PASSWORD);
        browser.findElement(By.cssSelector("#login-form button[type=submit]")).click();
        Chromium.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("user-menu")));
        browser.get("http://localhost:" + port + "/servers/" + serverId);
        Chromium.click(By.id("change-plan-link"));
        Chromium.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("plan-options")));
        Chromium.click(By.xpath("//label[contains(., 'Survival M')]"));
        Chromium.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("plan-quote-new"), "Survival M"));
        String quote = browser.findElement(By.id("plan-quote")).getText();
        assertThat(quote).contains("Current plan").contains("Survival S").contains("Charged now").contains("renews at 8.00 USD")
                .doesNotContain("planChange.").doesNotContain("PENDING");
        Chromium.screenshotsInLightDarkAndPhone("plan-change-quote");

        // The screenshots reloaded the page, which chose the first plan again: choose again, then confirm.
        Chromium.click(By.xpath("//label[contains(., 'Survival M')]"));
        Chromium.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("plan-quote-new"), "Survival M"));
        Chromium.click(By.id("plan-confirm"));
        Chromium.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("flash-success")));
        BackgroundWork.awaitIdle();
        browser.navigate().refresh();
        String history = browser.findElement(By.id("plan-changes-table")).getText();
        assertThat(history).contains("Survival S → Survival M").contains("Applied");
        assertThat(servers.findById(serverId).orElseThrow().plan().product().resources().memory()).isEqualTo(2048);
        Chromium.screenshot("plan-change-04-done");
        browser.get("http://localhost:" + port + "/servers/" + serverId + "/cancel");
        Chromium.screenshot("plan-change-05-cancel");
        fixtures.assertMoneyAndServersConsistent();
    }

    private ProductView plan(ServerFixtures fixtures, long category, String name, int memory, String monthly) {
        return context.getBean(ProductEditor.class).create(new ProductDefinition(category, name, null, null, true, memory,
                new ProductDefinition.Resources(memory, 0, 4096, 500, 100, null), new ProductDefinition.FeatureLimits(1, 1, 0, 2),
                Set.of(1), Set.of(), 1, List.of(ProductDefinition.EggChoice.defaultsOf(fixtures.egg("Paper"), null)), false, true,
                BigDecimal.ZERO, null, null, List.of(ServerFixtures.monthly(monthly))));
    }

}
