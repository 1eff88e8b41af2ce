package io.pteroca.panel.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.pteroca.panel.account.AccountView;
import io.pteroca.panel.catalog.ProductView;
import io.pteroca.panel.payment.PaymentTestAccess;
import io.pteroca.panel.support.IntegrationTest;
import io.pteroca.panel.support.WebSession;
import java.sql.Timestamp;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** The start page of a signed-in customer: balance, their servers with the ones that need them first, latest payments. */
class CustomerDashboardTest extends IntegrationTest {

    @Autowired
    ApplicationContext context;

    @Test
    void theDashboardShowsBalanceServersNeedingAttentionFirstAndLatestPayments() {
        ServerFixtures fixtures = new ServerFixtures(context);
        ProductView product = fixtures.product("0", ServerFixtures.monthly("5"));
        AccountView customer = fixtures.customer("100");
        long alpha = fixtures.activeServer(customer, product, "Alpha SMP");
        long bravo = fixtures.activeServer(customer, product, "Bravo SMP");
        // Bravo's paid time ends in two days and it will not renew by itself.
        jdbc.update("update game_server set expires_at = ?, auto_renew = ? where id = ?",
                Timestamp.from(clock.instant().plus(Duration.ofDays(2))), false, bravo);
        jdbc.update("update game_server set expires_at = ? where id = ?", Timestamp.from(clock.instant().plus(Duration.ofDays(25))), alpha);
        new PaymentTestAccess(context).startBankTransfer(customer.id(), "25");

        WebSession web = fixtures.signedIn(customer);
        String page = web.get("/").body();

        assertThat(page).contains("id=\"greeting\"").contains("90.00").contains("id=\"dashboard-top-up\"");
        assertThat(page).contains("Servers that need you: 1");
        assertThat(page.indexOf("Bravo SMP")).as("the server that needs the customer comes first")
                .isLessThan(page.indexOf("Alpha SMP")).isPositive();
        String bravoLine = page.substring(page.indexOf("id=\"dashboard-server-" + bravo + "\""));
        assertThat(bravoLine.substring(0, bravoLine.indexOf("</li>"))).contains("Expires soon").contains("Renew");
        String alphaLine = page.substring(page.indexOf("id=\"dashboard-server-" + alpha + "\""));
        assertThat(alphaLine.substring(0, alphaLine.indexOf("</li>"))).doesNotContain("Expires soon").doesNotContain("Renew");
        assertThat(page.substring(page.indexOf("id=\"dashboard-payments\""))).contains("25.00").contains("Waiting for the payment");
        assertThat(page).doesNotContain("??").doesNotContain("ACTIVE").doesNotContain("PENDING");
        assertThat(web.get("/dashboard").body()).contains("Bravo SMP");

        AccountView newcomer = fixtures.customer("0");
        String empty = fixtures.signedIn(newcomer).get("/").body();
        assertThat(empty).contains("id=\"dashboard-no-servers\"").doesNotContain("Bravo SMP").doesNotContain("25.00")
                .doesNotContain("id=\"attention-alert\"");
    }

    @Test
    void visitorsAreSentToSignInFromTheDashboard() {
        WebSession.Page page = browser().get("/dashboard");
        assertThat(page.status()).isEqualTo(302);
        assertThat(page.location()).endsWith("/login");
    }
}
