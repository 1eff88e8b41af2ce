package io.pteroca.panel.account;

import static org.assertj.core.api.Assertions.assertThat;

import io.pteroca.panel.catalog.PeriodUnit;
import io.pteroca.panel.catalog.PriceKind;
import io.pteroca.panel.catalog.PriceTerms;
import io.pteroca.panel.catalog.ProductDefinition;
import io.pteroca.panel.catalog.ProductEditor;
import io.pteroca.panel.pterodactyl.PterodactylInventory;
import io.pteroca.panel.support.IntegrationTest;
import io.pteroca.panel.support.WebSession;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A visitor who clicks "Order" signs in or registers and is back on that order page, never on an error. */
class OrderSignInTest extends IntegrationTest {

    @Autowired
    Accounts accounts;
    @Autowired
    ProductEditor products;
    @Autowired
    PterodactylInventory inventory;

    private String orderPage;

    @BeforeEach
    void product() {
        PterodactylInventory.EggInfo paper = inventory.eggs(1).stream().filter(egg -> egg.name().equals("Paper")).findFirst()
                .orElseThrow();
        long id = products.create(new ProductDefinition(null, "Visitor plan " + UUID.randomUUID(), null, null, true, 0,
                new ProductDefinition.Resources(256, 0, 1024, 500, 100, null), new ProductDefinition.FeatureLimits(1, 1, 0, 2),
                Set.of(1), Set.of(), 1, List.of(ProductDefinition.EggChoice.defaultsOf(paper, null)), false, true, BigDecimal.ZERO,
                null, null, List.of(new PriceTerms(PriceKind.STATIC, 1, PeriodUnit.MONTHS, new BigDecimal("4.99"), null, null)))).id();
        orderPage = "/store/products/" + id + "/order";
    }

    @Test
    void aVisitorIsAskedToSignInAndComesBackToTheOrder() {
        AccountView customer = accounts.createVerified(AccountFixtures.uniqueEmail("returning"), "Re", "Turning",
                "returning customer secret", Role.USER, "test");
        WebSession visitor = browser();
        WebSession.Page order = visitor.get(orderPage);
        assertThat(order.status()).isEqualTo(302);
        assertThat(order.location()).endsWith("/login");
        assertThat(visitor.get("/login").body()).contains("id=\"sign-in-to-order\"").contains("create an account");

        WebSession.Page signedIn = visitor.post("/login", java.util.Map.of("username", customer.email(),
                "password", "returning customer secret"));
        assertThat(signedIn.location()).contains(orderPage);
        WebSession.Page back = visitor.get(signedIn.location());
        assertThat(back.status()).isEqualTo(200);
        assertThat(back.body()).contains("id=\"order-form\"").contains("4.99 USD");
    }

    @Test
    void aVisitorWhoRegistersIsSignedInAndBackOnTheOrder() {
        String email = AccountFixtures.uniqueEmail("newcomer");
        WebSession visitor = browser();
        assertThat(visitor.get(orderPage).location()).endsWith("/login");
        WebSession.Page registered = visitor.submit("/register", "/register", RegistrationTest.form(email));
        assertThat(registered.status()).isEqualTo(302);
        assertThat(registered.location()).contains(orderPage);

        WebSession.Page back = visitor.get(registered.location());
        assertThat(back.status()).isEqualTo(200);
        assertThat(back.body()).contains("id=\"order-form\"").contains("id=\"flash-success\"").contains("Welcome!");
        assertThat(visitor.get("/account").status()).as("signed in as the new account").isEqualTo(200);
        assertThat(jdbc.queryForObject("select count(*) from audit_log where action = 'login' and actor_email = ?",
                Integer.class, email)).isEqualTo(1);
    }

    @Test
    void withoutAnInterruptedOrderRegistrationEndsOnTheDashboard() {
        String email = AccountFixtures.uniqueEmail("direct");
        WebSession visitor = browser();
        assertThat(visitor.get("/login").body()).doesNotContain("sign-in-to-order");
        WebSession.Page registered = visitor.submit("/register", "/register", RegistrationTest.form(email));
        assertThat(registered.location()).endsWith("/");
        assertThat(visitor.get("/").body()).contains("id=\"greeting\"").contains("Robin");
    }

    @Test
    void theOrderSummaryAndThePurchaseAskAVisitorToSignInInsteadOfFailing() {
        assertThat(browser().get(orderPage + "/summary").location()).endsWith("/login");
        WebSession visitor = browser();
        visitor.get("/store");
        WebSession.Page purchase = visitor.post(orderPage, java.util.Map.of("name", "Sneaky"));
        assertThat(purchase.status()).isIn(302, 403);
        assertThat(jdbc.queryForObject("select count(*) from game_server where name = 'Sneaky'", Integer.class)).isZero();
    }
}
