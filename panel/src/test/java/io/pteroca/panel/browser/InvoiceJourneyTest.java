package io.pteroca.panel.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.pteroca.panel.account.AccountView;
import io.pteroca.panel.account.Accounts;
import io.pteroca.panel.account.Billing;
import io.pteroca.panel.account.BillingDetails;
import io.pteroca.panel.account.BillingSettings;
import io.pteroca.panel.account.Role;
import io.pteroca.panel.payment.PaymentTestAccess;
import io.pteroca.panel.support.BackgroundWork;
import io.pteroca.panel.support.Chromium;
import io.pteroca.panel.support.IntegrationTest;
import io.pteroca.panel.support.StaffAccounts;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** A taxed customer's invoice list and the accountant's list of every invoice, in light, dark and on a phone. */
class InvoiceJourneyTest extends IntegrationTest {

    private static final String PASSWORD = "invoice journey secret";

    @Autowired
    ApplicationContext context;
    @Autowired
    Accounts accounts;
    @Autowired
    Billing billing;

    @AfterEach
    void taxesOff() {
        settings.set(BillingSettings.TAXES_ENABLED, "false");
    }

    @Test
    void aCustomerAndAnAccountantSeeTheInvoicesInWords() {
        settings.set(BillingSettings.TAXES_ENABLED, "true");
        jdbc.update("delete from tax_rate where country = 'DE'");
        jdbc.update("insert into tax_rate (country, rate, updated_at) values ('DE', 19, current_timestamp)");
        AccountView customer = accounts.createVerified("invoiced-" + UUID.randomUUID().toString().substring(0, 8)
                + "@example.test", "Jürgen", "Groß", PASSWORD, Role.USER, "test");
        billing.save(customer.id(), new BillingDetails("Jürgen Groß", null, "Hauptstraße 1", "10115", "Berlin", "DE", null));
        PaymentTestAccess payments = new PaymentTestAccess(context);
        for (String amount : new String[] {"11.90", "23.80"}) {
            payments.confirm(payments.startBankTransfer(customer.id(), amount));
        }
        BackgroundWork.awaitIdle();

        WebDriver browser = Chromium.driver();
        browser.manage().deleteAllCookies();
        browser.manage().window().setSize(new Dimension(1280, 900));
        browser.get("http://localhost:" + port + "/login?lang=en");
        browser.findElement(By.id("username")).sendKeys(customer.email());
        browser.findElement(By.id("password")).sendKeys(PASSWORD);
        browser.findElement(By.cssSelector("#login-form button[type=submit]")).click();
        Chromium.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("user-menu")));
        browser.get("http://localhost:" + port + "/invoices");
        String table = browser.findElement(By.id("invoices-table")).getText();
        assertThat(table).contains("Invoice").contains("10.00 USD").contains("1.90 USD").contains("23.80 USD");
        Chromium.screenshotsInLightDarkAndPhone("invoices-customer");

        browser.manage().deleteAllCookies();
        browser.manage().window().setSize(new Dimension(1280, 900));
        AccountView accountant = StaffAccounts.withBuiltInRole(accounts, jdbc, "ACCOUNTANT");
        browser.get("http://localhost:" + port + "/login?lang=en");
        browser.findElement(By.id("username")).sendKeys(accountant.email());
        browser.findElement(By.id("password")).sendKeys(StaffAccounts.PASSWORD);
        browser.findElement(By.cssSelector("#login-form button[type=submit]")).click();
        Chromium.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("admin-menu")));
        browser.get("http://localhost:" + port + "/admin/invoices?q=" + customer.email());
        assertThat(browser.findElement(By.id("admin-invoices-table")).getText()).contains("Jürgen Groß").contains("Standard rate");
        Chromium.screenshotsInLightDarkAndPhone("invoices-admin");
        browser.get("http://localhost:" + port + "/admin/invoices/taxes");
        assertThat(browser.findElement(By.id("tax-rates-table")).getText()).contains("Germany (DE)").contains("19 %");
        Chromium.screenshot("invoices-admin-taxes");
    }

}
