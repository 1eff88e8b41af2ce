package io.pteroca.panel.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.pteroca.panel.account.AccountView;
import io.pteroca.panel.account.Accounts;
import io.pteroca.panel.account.Role;
import io.pteroca.panel.support.Chromium;
import io.pteroca.panel.support.IntegrationTest;
import io.pteroca.panel.support.StaffAccounts;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A Support agent signs in: the admin menu offers customers and servers but nothing about money or settings, a
 * customer's page has no wallet link, and the wallet page itself answers with a readable refusal.
 */
class SupportAgentJourneyTest extends IntegrationTest {

    @Autowired
    Accounts accounts;

    @Test
    void aSupportAgentCannotSeeOrOpenWallets() {
        AccountView agent = StaffAccounts.withBuiltInRole(accounts, jdbc, "SUPPORT");
        AccountView customer = accounts.createVerified("helped-" + UUID.randomUUID().toString().substring(0, 8) + "@example.test",
                "Hana", "Helped", StaffAccounts.PASSWORD, Role.USER, "test");
        WebDriver browser = signIn(agent);
        WebDriverWait wait = Chromium.waiting();
        String base = "http://localhost:" + port;
        browser.findElement(By.id("admin-menu")).click();
        List<String> entries = wait.until(ExpectedConditions.visibilityOfAllElementsLocatedBy(
                By.cssSelector("#admin-menu + .dropdown-menu a"))).stream().map(a -> a.getAttribute("href")).toList();
        assertThat(entries).anyMatch(href -> href.endsWith("/admin/users")).anyMatch(href -> href.endsWith("/admin/servers"))
                .noneMatch(href -> href.contains("/admin/payments") || href.contains("/admin/vouchers")
                        || href.contains("/admin/settings") || href.contains("/admin/wallets") || href.contains("/admin/roles"));
        Chromium.screenshot("support-01-admin-menu");

        browser.get(base + "/admin/users/" + customer.id());
        assertThat(browser.findElement(By.id("user-role")).getText()).isEqualTo("Customer");
        assertThat(browser.findElements(By.id("wallet-link"))).isEmpty();
        assertThat(browser.findElements(By.id("staff-role-form"))).as("Support hands out no roles")
                .noneMatch(WebElement::isDisplayed);
        assertThat(browser.findElement(By.id("block-button")).isDisplayed()).isTrue();
        Chromium.screenshot("support-02-customer-page");

        browser.get(base + "/admin/pterodactyl");
        WebElement grant = browser.findElement(By.id("grant-admin"));
        assertThat(grant.isDisplayed()).as("Support cannot make Pterodactyl administrators").isFalse();
        assertThat(grant.findElement(By.xpath("ancestor::form")).getAttribute("data-not-allowed")).isNotNull();
        Chromium.screenshot("support-03-pterodactyl-view-only");

        browser.get(base + "/admin/wallets/" + customer.id());
        WebElement message = browser.findElement(By.id("error-message"));
        assertThat(browser.findElement(By.id("error-status")).getText()).isEqualTo("403");
        assertThat(message.getText()).isEqualTo("You are not allowed to open this page.");
        Chromium.screenshot("support-04-wallet-refused");
        ((JavascriptExecutor) browser).executeScript("localStorage.setItem('pteroca-theme', 'dark')");
        browser.navigate().refresh();
        browser.manage().window().setSize(new Dimension(390, 844));
        assertThat(browser.findElement(By.id("error-message")).isDisplayed()).isTrue();
        Chromium.screenshot("support-05-wallet-refused-dark-390");
        ((JavascriptExecutor) browser).executeScript("localStorage.removeItem('pteroca-theme')");
        browser.manage().window().setSize(new Dimension(1280, 900));
    }

    @Test
    void anAccountantReadsTheSettingsButCannotSaveThem() {
        AccountView accountant = StaffAccounts.withBuiltInRole(accounts, jdbc, "ACCOUNTANT");
        WebDriver browser = signIn(accountant);
        browser.get("http://localhost:" + port + "/admin/settings/general");
        WebElement form = browser.findElement(By.id("settings-form"));
        assertThat(form.isDisplayed()).isTrue();
        assertThat(form.getAttribute("inert")).isNotNull();
        assertThat(form.findElements(By.cssSelector("button[type=submit]")).stream().noneMatch(WebElement::isDisplayed)).isTrue();
        Chromium.screenshot("accountant-01-settings-read-only");
    }

    private WebDriver signIn(AccountView account) {
        WebDriver browser = Chromium.driver();
        browser.manage().deleteAllCookies();
        browser.manage().window().setSize(new Dimension(1280, 900));
        browser.get("http://localhost:" + port + "/login?lang=en");
        browser.findElement(By.id("username")).sendKeys(account.email());
        browser.findElement(By.id("password")).sendKeys(StaffAccounts.PASSWORD);
        browser.findElement(By.cssSelector("#login-form button[type=submit]")).click();
        Chromium.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("admin-menu")));
        return browser;
    }

    @Test
    void anAdministratorSeesTheRoleEditorInWords() {
        WebDriver browser = signIn(StaffAccounts.withBuiltInRole(accounts, jdbc, "ADMINISTRATOR"));
        String base = "http://localhost:" + port;

        browser.get(base + "/admin/roles");
        assertThat(browser.findElement(By.id("roles")).getText()).contains("Administrator", "Support", "Accountant")
                .doesNotContain("ADMINISTRATOR", "ACCOUNTANT");
        Chromium.screenshot("roles-01-list");
        browser.get(base + "/admin/roles/" + StaffAccounts.builtInRoleId(jdbc, "SUPPORT"));
        String grid = browser.findElement(By.id("permission-grid")).getText();
        assertThat(grid).contains("Users", "Wallets", "Orders and invoices", "View", "Change", "Delete")
                .doesNotContain("USERS_VIEW", "WALLETS");
        assertThat(browser.findElement(By.id("permission-USERS_CHANGE")).isSelected()).isTrue();
        assertThat(browser.findElement(By.id("permission-WALLETS_VIEW")).isSelected()).isFalse();
        Chromium.screenshot("roles-02-support");
        browser.get(base + "/admin/roles/new?lang=pl");
        assertThat(browser.findElement(By.id("permission-grid")).getText()).contains("Portfele", "Podgląd");
        browser.manage().window().setSize(new Dimension(390, 844));
        Chromium.screenshot("roles-03-new-pl-390");
        browser.manage().window().setSize(new Dimension(1280, 900));
        browser.get(base + "/admin/roles?lang=en");
    }
}
