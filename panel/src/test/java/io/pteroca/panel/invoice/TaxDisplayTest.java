package io.pteroca.panel.invoice;

import static io.pteroca.panel.support.TestMoney.usd;
import static org.assertj.core.api.Assertions.assertThat;

import io.pteroca.panel.account.AccountView;
import io.pteroca.panel.account.Accounts;
import io.pteroca.panel.account.Billing;
import io.pteroca.panel.account.BillingDetails;
import io.pteroca.panel.account.BillingSettings;
import io.pteroca.panel.account.Role;
import io.pteroca.panel.catalog.PeriodUnit;
import io.pteroca.panel.catalog.PriceKind;
import io.pteroca.panel.catalog.PriceTerms;
import io.pteroca.panel.catalog.ProductDefinition;
import io.pteroca.panel.catalog.ProductEditor;
import io.pteroca.panel.catalog.ProductView;
import io.pteroca.panel.order.Checkout;
import io.pteroca.panel.order.OrderForm;
import io.pteroca.panel.pterodactyl.PterodactylInventory;
import io.pteroca.panel.support.BackgroundWork;
import io.pteroca.panel.support.IntegrationTest;
import io.pteroca.panel.support.WebSession;
import io.pteroca.panel.wallet.WalletReason;
import io.pteroca.panel.wallet.WalletReference;
import io.pteroca.panel.wallet.Wallets;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * Prices shown with or without tax: a visitor sees the seller's country's rate (Poland, 23 %), a customer from Germany
 * their own (19 %); what the checkout shows is what the wallet is charged and what the invoice says.
 */
class TaxDisplayTest extends IntegrationTest {

    private static final String PASSWORD = "tax display secret";

    @Autowired
    ApplicationContext context;
    @Autowired
    Accounts accounts;
    @Autowired
    Billing billing;
    @Autowired
    Wallets wallets;

    private ProductView product;

    @BeforeEach
    void taxesOnWithPolishSeller() {
        settings.setAll(Map.of(BillingSettings.TAXES_ENABLED, "true", InvoiceSettings.SELLER_COUNTRY, "PL"));
        jdbc.update("delete from tax_rate where country in ('PL', 'DE')");
        jdbc.update("insert into tax_rate (country, rate, updated_at) values ('PL', 23, current_timestamp)");
        jdbc.update("insert into tax_rate (country, rate, updated_at) values ('DE', 19, current_timestamp)");
        product = product("12.30");
    }

    @AfterEach
    void taxesOff() {
        settings.setAll(Map.of(BillingSettings.TAXES_ENABLED, "false", InvoiceSettings.SELLER_COUNTRY, "",
                InvoiceSettings.PRICES_SHOWN, InvoiceSettings.WITH_TAX, InvoiceSettings.ISSUE_FOR, InvoiceSettings.PER_TOP_UP));
    }

    @Test
    void pricesWithTaxAreTheChargedPricesWithTheRateOfWhoeverLooks() {
        settings.set(InvoiceSettings.PRICES_SHOWN, InvoiceSettings.WITH_TAX);
        assertThat(browser().get("/store/products/" + product.id()).body())
                .contains("12.30 USD for 1 month").contains("Prices include 23% tax.");

        WebSession german = signedIn(germanCustomer());
        assertThat(german.get("/store/products/" + product.id()).body())
                .contains("12.30 USD for 1 month").contains("Prices include 19% tax.");
        assertThat(german.get("/store/products/" + product.id() + "/order").body())
                .contains("id=\"summary-total\">12.30 USD").contains("includes 19% tax: 1.96 USD")
                .doesNotContain("summary-net");
    }

    @Test
    void pricesWithoutTaxAddTheTaxAtCheckoutAsTheInvoiceDoes() {
        settings.setAll(Map.of(InvoiceSettings.PRICES_SHOWN, InvoiceSettings.WITHOUT_TAX, InvoiceSettings.ISSUE_FOR,
                InvoiceSettings.PER_ORDER));
        String visitorSees = browser().get("/store/products/" + product.id()).body();
        assertThat(visitorSees).contains("10.00 USD for 1 month").contains("Prices are shown without tax: + 23% tax.")
                .doesNotContain("12.30");

        AccountView customer = germanCustomer();
        WebSession german = signedIn(customer);
        assertThat(german.get("/store/products/" + product.id()).body())
                .contains("10.34 USD for 1 month").contains("+ 19% tax.");
        assertThat(german.get("/store").body()).contains("10.34 USD").contains("+ 19% tax.");
        String checkout = german.get("/store/products/" + product.id() + "/order").body();
        assertThat(checkout).contains("id=\"summary-period\">10.34 USD").contains("id=\"summary-net\">10.34 USD")
                .contains("Tax 19%").contains("id=\"summary-tax\">1.96 USD").contains("id=\"summary-total\">12.30 USD");

        long serverId = context.getBean(Checkout.class).purchase(customer.id(), new OrderForm(product.id(),
                product.prices().get(0).id(), product.definition().eggs().get(0).eggId(), "Taxed", null, false, Map.of(),
                null, UUID.randomUUID().toString(), null));
        BackgroundWork.awaitIdle();
        InvoiceTestAccess invoices = new InvoiceTestAccess(context);
        invoices.issueDue();
        long orderId = jdbc.queryForObject("select id from server_order where server_id = ?", Long.class, serverId);
        Map<String, Object> invoice = jdbc.queryForMap("select net_total, tax_total, gross_total, tax_rate from invoice"
                + " where kind = 'INVOICE' and source_type = 'order' and source_id = ?", orderId);
        assertThat((BigDecimal) invoice.get("net_total")).isEqualByComparingTo("10.34");
        assertThat((BigDecimal) invoice.get("tax_total")).isEqualByComparingTo("1.96");
        assertThat((BigDecimal) invoice.get("gross_total")).isEqualByComparingTo("12.30");
        assertThat(wallets.balance(customer.id()).amount()).as("charged what the checkout said").isEqualByComparingTo("7.70");
    }

    @Test
    void withTaxesOffNothingIsSaidAboutTax() {
        settings.setAll(Map.of(BillingSettings.TAXES_ENABLED, "false", InvoiceSettings.PRICES_SHOWN, InvoiceSettings.WITHOUT_TAX));
        assertThat(browser().get("/store/products/" + product.id()).body()).contains("12.30 USD for 1 month")
                .doesNotContain("tax-note");
    }

    private AccountView germanCustomer() {
        AccountView customer = accounts.createVerified("steuer-" + UUID.randomUUID().toString().substring(0, 8) + "@example.test",
                "Greta", "Gast", PASSWORD, Role.USER, "test");
        billing.save(customer.id(), new BillingDetails("Greta Gast", null, "Hauptstraße 1", "10115", "Berlin", "DE", null));
        wallets.credit(customer.id(), usd("20"), WalletReason.ADMIN_CREDIT, WalletReference.of("test", UUID.randomUUID()),
                "test money", null);
        BackgroundWork.awaitIdle();
        return customer;
    }

    private WebSession signedIn(AccountView account) {
        WebSession web = browser();
        web.signIn(account.email(), PASSWORD);
        return web;
    }

    private ProductView product(String monthly) {
        PterodactylInventory.EggInfo paper = context.getBean(PterodactylInventory.class).eggs(1).stream()
                .filter(egg -> egg.name().equals("Paper")).findFirst().orElseThrow();
        return context.getBean(ProductEditor.class).create(new ProductDefinition(null, "Taxed plan " + UUID.randomUUID(), null,
                null, true, 0, new ProductDefinition.Resources(256, 0, 1024, 500, 100, null),
                new ProductDefinition.FeatureLimits(1, 1, 0, 2), Set.of(1), Set.of(), 1,
                List.of(ProductDefinition.EggChoice.defaultsOf(paper, null)), false, true, BigDecimal.ZERO, null, null,
                List.of(new PriceTerms(PriceKind.STATIC, 1, PeriodUnit.MONTHS, new BigDecimal(monthly), null, null))));
    }
}
