package io.pteroca.panel.overview;

import static org.assertj.core.api.Assertions.assertThat;

import io.pteroca.panel.account.AccountView;
import io.pteroca.panel.account.Accounts;
import io.pteroca.panel.account.Role;
import io.pteroca.panel.server.ServerState;
import io.pteroca.panel.support.Chromium;
import io.pteroca.panel.support.IntegrationTest;
import io.pteroca.panel.support.WebSession;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.springframework.beans.factory.annotation.Autowired;

/** The admin overview counts what happened: a new customer, a bank transfer waiting, then the money in. */
class AdminOverviewTest extends IntegrationTest {

    private static final String PASSWORD = "overview secret 42";

    @Autowired
    Accounts accounts;
    @Autowired
    BusinessOverview overview;

    @AfterEach
    void bankTransfersOff() {
        settings.set(settings.definition("payment.bank_transfer.enabled").orElseThrow(), "false");
        Chromium.driver().manage().window().setSize(new Dimension(1280, 900));
    }

    private AccountView account(Role role) {
        return accounts.createVerified("overview-" + UUID.randomUUID().toString().substring(0, 8) + "@example.test",
                "Olivia", "Overview", PASSWORD, role, "test");
    }

    @Test
    void figuresFollowCustomersAndPaymentsAndThePageLinksToTheirLists() {
        settings.setAll(Map.of(settings.definition("payment.bank_transfer.enabled").orElseThrow(), "true",
                settings.definition("payment.min_top_up").orElseThrow(), "0"));
        BusinessOverview.Figures before = overview.figures(Locale.ENGLISH);

        AccountView customer = account(Role.USER);
        WebSession customerWeb = browser();
        customerWeb.signIn(customer.email(), PASSWORD);
        customerWeb.get("/wallet/top-up");
        WebSession.Page started = customerWeb.post("/wallet/top-up", Map.of("amount", "12.50"));
        Matcher id = Pattern.compile("/payments/(\\d+)$").matcher(started.location());
        assertThat(id.find()).as(started.location()).isTrue();

        BusinessOverview.Figures waiting = overview.figures(Locale.ENGLISH);
        assertThat(waiting.customers()).isEqualTo(before.customers() + 1);
        assertThat(waiting.newCustomers30Days()).isEqualTo(before.newCustomers30Days() + 1);
        assertThat(waiting.pendingBankTransfers()).isEqualTo(before.pendingBankTransfers() + 1);
        assertThat(waiting.revenueToday()).isEqualTo(before.revenueToday());

        AccountView admin = account(Role.ADMIN);
        WebSession adminWeb = browser();
        adminWeb.signIn(admin.email(), PASSWORD);
        adminWeb.get("/admin/payments?status=PENDING");
        adminWeb.post("/admin/payments/" + id.group(1) + "/received", Map.of());

        BusinessOverview.Figures paid = overview.figures(Locale.ENGLISH);
        assertThat(paid.pendingBankTransfers()).isEqualTo(before.pendingBankTransfers());
        assertThat(paid.revenueToday().minus(before.revenueToday()).amount()).isEqualByComparingTo("12.50");
        assertThat(paid.revenue30Days().minus(before.revenue30Days()).amount()).isEqualByComparingTo("12.50");
        assertThat(paid.revenue12Months().minus(before.revenue12Months()).amount()).isEqualByComparingTo("12.50");
        assertThat(paid.byGateway()).anySatisfy(g -> assertThat(g.gateway()).isEqualTo("Bank transfer"));
        assertThat(paid.servers()).containsKeys(ServerState.values());

        String page = adminWeb.get("/admin").body();
        assertThat(page).contains("id=\"figure-revenue-today\"").contains("href=\"/admin/payments?status=PENDING\"")
                .contains("href=\"/admin/servers?state=SUSPENDED\"").contains("href=\"/admin/email-log?status=FAILED\"")
                .contains("Servers: Suspended").contains("id=\"chart-revenue-day\"").doesNotContain("bank_transfer")
                .doesNotContain("??");
        assertThat(customerWeb.get("/admin").status()).isEqualTo(403);

        WebDriver browser = Chromium.driver();
        browser.manage().deleteAllCookies();
        browser.get("http://localhost:" + port + "/login?lang=en");
        browser.findElement(By.id("username")).sendKeys(admin.email());
        browser.findElement(By.id("password")).sendKeys(PASSWORD);
        browser.findElement(By.cssSelector("#login-form button[type=submit]")).click();
        browser.get("http://localhost:" + port + "/admin");
        Chromium.waiting().until(d -> ((JavascriptExecutor) d).executeScript(
                "return window.Chart && Chart.getChart(document.getElementById('chart-revenue-day')) != null"));
        Chromium.screenshot("overview-01-light");
        browser.manage().window().setSize(new Dimension(1280, 2000));
        Chromium.screenshot("overview-02-whole");
        browser.manage().window().setSize(new Dimension(1280, 900));
        ((JavascriptExecutor) browser).executeScript("document.documentElement.setAttribute('data-bs-theme', 'dark')");
        Chromium.screenshot("overview-03-dark");
        browser.manage().window().setSize(new Dimension(390, 844));
        browser.navigate().refresh();
        Chromium.screenshot("overview-04-phone");
        Number overflow = (Number) ((JavascriptExecutor) browser).executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth");
        assertThat(overflow.intValue()).as("no sideways scrolling at 390 px").isLessThanOrEqualTo(0);
    }
}
