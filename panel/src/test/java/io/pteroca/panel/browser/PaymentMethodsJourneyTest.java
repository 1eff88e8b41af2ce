package io.pteroca.panel.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.pteroca.panel.account.AccountView;
import io.pteroca.panel.account.Accounts;
import io.pteroca.panel.account.Role;
import io.pteroca.panel.payment.PaymentTestAccess;
import io.pteroca.panel.support.Chromium;
import io.pteroca.panel.support.IntegrationTest;
import io.pteroca.panel.support.StaffAccounts;
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
 * Account → payment methods: saved cards in words, choosing the one for auto-renewal, in light, dark and on a phone;
 * and the tables of the admin's customer page (saved cards, audit log) on a phone.
 */
class PaymentMethodsJourneyTest extends IntegrationTest {

    private static final String PASSWORD = "payment methods secret";

    @Autowired
    ApplicationContext context;
    @Autowired
    Accounts accounts;

    @AfterEach
    void stripeOff() {
        new PaymentTestAccess(context).stripe(false);
    }

    @Test
    void aCustomerSeesTheirCardsAndChoosesOneForAutoRenewal() {
        PaymentTestAccess payments = new PaymentTestAccess(context);
        payments.stripe(true);
        AccountView customer = accounts.createVerified("cards-" + UUID.randomUUID().toString().substring(0, 8)
                + "@example.test", "Carla", "Kart", PASSWORD, Role.USER, "test");
        payments.savedCard(customer.id(), "visa", "4242", 4, 2031);
        payments.savedCard(customer.id(), "mastercard", "4444", 11, 2029);

        WebDriver browser = signedIn(customer.email(), PASSWORD);
        Chromium.click(By.id("user-menu"));
        Chromium.click(By.id("payment-methods-link"));
        Chromium.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("cards")));
        Chromium.click(By.cssSelector("#cards li:first-child .card-choose"));
        Chromium.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("flash-success")));

        String cards = browser.findElement(By.id("cards")).getText();
        assertThat(cards).contains("Visa").contains("•••• 4242").contains("Expires 04/2031").contains("Pays auto-renewal")
                .contains("Mastercard").contains("•••• 4444").contains("Expires 11/2029");
        assertThat(browser.findElement(By.id("add-card")).getText()).isEqualTo("Add a card");
        Chromium.screenshot("payment-methods-01-light");
        ((JavascriptExecutor) browser).executeScript("document.documentElement.setAttribute('data-bs-theme', 'dark')");
        Chromium.screenshot("payment-methods-02-dark");
        browser.manage().window().setSize(new Dimension(390, 844));
        browser.navigate().refresh();
        Chromium.screenshot("payment-methods-03-phone");
        Number overflow = (Number) ((JavascriptExecutor) browser).executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth");
        assertThat(overflow.intValue()).as("no sideways scrolling at 390 px").isLessThanOrEqualTo(0);
        browser.manage().window().setSize(new Dimension(1280, 900));
        assertThat(Chromium.cspViolations()).isEmpty();
    }

    @Test
    void anAdminSeesACustomersSavedCardsOnTheCustomerPage() {
        PaymentTestAccess payments = new PaymentTestAccess(context);
        payments.stripe(true);
        AccountView customer = accounts.createVerified("admin-cards-" + UUID.randomUUID().toString().substring(0, 8)
                + "@example.test", "Carla", "Kart", PASSWORD, Role.USER, "test");
        long visa = payments.savedCard(customer.id(), "visa", "4242", 4, 2031);
        payments.savedCard(customer.id(), "amex", "0005", 12, 2030);
        payments.chooseForRenewal(customer.id(), visa);
        AccountView admin = StaffAccounts.withBuiltInRole(accounts, jdbc, "ADMINISTRATOR");

        WebDriver browser = signedIn(admin.email(), StaffAccounts.PASSWORD);
        browser.get("http://localhost:" + port + "/admin/users/" + customer.id() + "#user-cards");
        Chromium.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("user-cards")));

        String cards = browser.findElement(By.id("user-cards")).getText();
        assertThat(cards).contains("Visa").contains("•••• 4242").contains("04/2031").contains("Pays auto-renewal")
                .contains("American Express").contains("•••• 0005").contains("12/2030").doesNotContain("pm_")
                .doesNotContain("amex");
        assertThat(browser.findElements(By.cssSelector("#user-cards .user-card-remove"))).hasSize(2);
        Chromium.screenshotsInLightDarkAndPhone("admin-saved-cards");

        // On a phone the table fits: no sideways scrolling inside it, every Remove button on screen, the renewal card told.
        browser.manage().window().setSize(new Dimension(390, 844));
        try {
            browser.navigate().refresh();
            Chromium.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("user-cards")));
            JavascriptExecutor js = (JavascriptExecutor) browser;
            assertFitsInLightAndDark("user-cards", "admin-saved-cards-04-phone-table", "admin-saved-cards-05-phone-table-dark");
            Number viewport = (Number) js.executeScript("return document.documentElement.clientWidth");
            assertThat(browser.findElements(By.cssSelector("#user-cards .user-card-remove"))).hasSize(2).allSatisfy(remove -> {
                assertThat(remove.isDisplayed()).isTrue();
                assertThat(remove.getRect().getX() + remove.getRect().getWidth()).as("a Remove button ends on screen")
                        .isLessThanOrEqualTo(viewport.intValue());
            });
            assertThat(browser.findElement(By.cssSelector("#user-cards tr[data-card='" + visa + "']")).getText())
                    .contains("Pays auto-renewal");
        } finally {
            browser.manage().window().setSize(new Dimension(1280, 900));
        }
        assertThat(Chromium.cspViolations()).isEmpty();
    }

    @Test
    void anAdminReadsACustomersAuditLogOnAPhoneWithoutSidewaysScrolling() {
        AccountView customer = accounts.createVerified("audit-table-" + UUID.randomUUID().toString().substring(0, 8)
                + "@example.test", "Aldo", "Audit", PASSWORD, Role.USER, "test");
        AccountView admin = StaffAccounts.withBuiltInRole(accounts, jdbc, "ADMINISTRATOR");
        jdbc.update("INSERT INTO audit_log (action, actor_id, actor_email, subject_id, subject_email, ip, details, created_at)"
                        + " VALUES ('impersonation_started', ?, ?, ?, ?, '203.0.113.7', ?, ?)", admin.id(),
                "a-rather-long-support-address-for-night-shifts@helpdesk.example.test", customer.id(), customer.email(),
                "Ticket 4711: the customer cannot find the console of their Minecraft server after the upgrade",
                io.pteroca.panel.shared.UtcColumns.utc(clock.instant()));

        WebDriver browser = signedIn(admin.email(), StaffAccounts.PASSWORD);
        browser.manage().window().setSize(new Dimension(390, 844));
        try {
            browser.get("http://localhost:" + port + "/admin/users/" + customer.id() + "#user-audit");
            Chromium.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("user-audit")));
            assertFitsInLightAndDark("user-audit", "admin-customer-audit-01-phone-light", "admin-customer-audit-02-phone-dark");
            assertThat(browser.findElement(By.id("user-audit")).getText()).as("the actor is still told, under the action")
                    .contains("a-rather-long-support-address-for-night-shifts@helpdesk.example.test").contains("Ticket 4711");
        } finally {
            browser.manage().window().setSize(new Dimension(1280, 900));
        }
        assertThat(Chromium.cspViolations()).isEmpty();
    }

    /** The table, scrolled into view, in light and dark, and no sideways scrolling inside its responsive wrapper. */
    private static void assertFitsInLightAndDark(String tableId, String lightScreenshot, String darkScreenshot) {
        JavascriptExecutor js = (JavascriptExecutor) Chromium.driver();
        // Instant, not Bootstrap's smooth scrolling, so the screenshot shows the table and not a page half-way there.
        js.executeScript("document.getElementById(arguments[0]).scrollIntoView({block: 'center', behavior: 'instant'})", tableId);
        Chromium.screenshot(lightScreenshot);
        js.executeScript("document.documentElement.setAttribute('data-bs-theme', 'dark')");
        Chromium.screenshot(darkScreenshot);
        Number hidden = (Number) js.executeScript("const wrapper = document.getElementById(arguments[0]).parentElement;"
                + " return wrapper.scrollWidth - wrapper.clientWidth", tableId);
        assertThat(hidden.intValue()).as(tableId + " scrolls sideways at 390 px").isLessThanOrEqualTo(0);
    }

    /** A fresh, wide browser session signed in as this account (any CSP violation before is forgotten). */
    private WebDriver signedIn(String email, String password) {
        WebDriver browser = Chromium.driver();
        Chromium.cspViolations();
        browser.manage().deleteAllCookies();
        browser.manage().window().setSize(new Dimension(1280, 900));
        browser.get("http://localhost:" + port + "/login?lang=en");
        browser.findElement(By.id("username")).sendKeys(email);
        browser.findElement(By.id("password")).sendKeys(password);
        browser.findElement(By.cssSelector("#login-form button[type=submit]")).click();
        Chromium.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("user-menu")));
        return browser;
    }
}
