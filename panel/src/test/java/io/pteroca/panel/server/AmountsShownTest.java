package io.pteroca.panel.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.pteroca.panel.account.AccountView;
import io.pteroca.panel.account.Accounts;
import io.pteroca.panel.account.Role;
import io.pteroca.panel.catalog.ProductView;
import io.pteroca.panel.order.Checkout;
import io.pteroca.panel.order.OrderForm;
import io.pteroca.panel.support.IntegrationTest;
import io.pteroca.panel.support.TestMail;
import io.pteroca.panel.support.WebSession;
import jakarta.mail.internet.MimeMessage;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * Money as people read it, on every page and e-mail that shows an amount, in English and Polish: amounts at the
 * minor unit (2 decimals, rounded half-even), never the ledger's "6.4900" or "0.0000"; a price that needs more places
 * (an hourly 0.0099) keeps them; every amount carries the currency. The wallet is left at a 4-decimal balance on
 * purpose, with a sub-cent hourly charge in its history.
 */
class AmountsShownTest extends IntegrationTest {

    /** A number followed by the currency, as pages and e-mails write amounts (grouping by ',' or a space). */
    private static final Pattern AMOUNT = Pattern.compile("(\\d[\\d,.\\u00a0\\u202f]*)[ \\u00a0]USD");
    /** The ledger's 4 places leaking through, with or without a currency after them. */
    private static final Pattern LEDGER_FIGURE = Pattern.compile("\\b\\d+[.,]\\d{2}00\\b");
    /** The only amounts allowed more than 2 decimals: the catalog's hourly price, as written in either language. */
    private static final Set<String> PRECISE_PRICES = Set.of("0.0099", "0,0099");

    @Autowired
    ApplicationContext context;

    private final List<String> failures = new ArrayList<>();

    @AfterEach
    void bankTransfersOff() {
        settings.set(settings.definition("payment.bank_transfer.enabled").orElseThrow(), "false");
    }

    /** Notes every amount on the page that shows more than 2 decimals, unless it is the hourly price itself. */
    private String check(String where, String body) {
        Matcher amount = AMOUNT.matcher(body);
        while (amount.find()) {
            String number = amount.group(1);
            int separator = Math.max(number.lastIndexOf('.'), number.lastIndexOf(','));
            if (separator >= 0 && number.length() - separator - 1 > 2 && !PRECISE_PRICES.contains(number)) {
                failures.add(where + ": " + near(body, amount.start()));
            }
        }
        Matcher ledger = LEDGER_FIGURE.matcher(body);
        while (ledger.find()) {
            failures.add(where + " (ledger figure): " + near(body, ledger.start()));
        }
        if (body.contains("{0}") || body.contains("{1}")) {
            failures.add(where + ": a raw placeholder: " + near(body, Math.max(body.indexOf("{0}"), body.indexOf("{1}"))));
        }
        return body;
    }

    private String sweep(WebSession web, String path) {
        WebSession.Page page = web.get(path);
        assertThat(page.status()).as(path).isEqualTo(200);
        return check(path, page.body());
    }

    private static String near(String body, int at) {
        return body.substring(Math.max(0, at - 60), Math.min(body.length(), at + 60)).replaceAll("\\s+", " ");
    }

    @Test
    void everyAmountAPersonReadsHasTwoDecimalsAndItsCurrencyExceptAPriceThatNeedsMore() throws Exception {
        settings.setAll(Map.of(settings.definition("payment.bank_transfer.enabled").orElseThrow(), "true",
                settings.definition("payment.min_top_up").orElseThrow(), "5"));
        ServerFixtures fixtures = new ServerFixtures(context);
        ProductView product = fixtures.product("1.25", ServerFixtures.monthly("6.49"), ServerFixtures.hourly("0.0099"));
        AccountView owner = fixtures.customer("20.005");
        AccountView admin = context.getBean(Accounts.class).createVerified(
                "amounts-admin-" + UUID.randomUUID().toString().substring(0, 6) + "@example.test", "Ad", "Min",
                ServerFixtures.PASSWORD, Role.ADMIN, "test");
        WebSession web = fixtures.signedIn(owner);
        WebSession adminWeb = fixtures.signedIn(admin);

        // The monthly plan through the configure page: 6.49 and the 1.25 setup fee, "paid 7.74 USD".
        String order = "/store/products/" + product.id() + "/order";
        String form = sweep(web, order);
        assertThat(form).contains("0.0099 USD per hour").contains("≈ 0.24 USD per day · 7.13 USD per 30 days")
                .contains("id=\"summary-total\"").contains("7.74 USD").contains("Your balance: 20.00 USD");
        Matcher key = Pattern.compile("name=\"key\" value=\"([^\"]+)\"").matcher(form);
        assertThat(key.find()).isTrue();
        Map<String, String> fields = new HashMap<>(Map.of("key", key.group(1), "name", "Monthly",
                "priceId", String.valueOf(product.prices().get(0).id()), "eggId",
                String.valueOf(product.definition().eggs().get(0).eggId())));
        WebSession.Page ordered = web.post(order, fields);
        assertThat(ordered.status()).as(ordered.body()).isEqualTo(302);
        long monthly = Long.parseLong(ordered.location().replaceAll(".*/servers/(\\d+)$", "$1"));
        fixtures.workUntil(() -> fixtures.state(monthly) == ServerState.ACTIVE, "the monthly server to become ACTIVE");

        // The hourly plan: its first hour, 0.0099, is charged at once.
        long hourly = context.getBean(Checkout.class).purchase(owner.id(), new OrderForm(product.id(),
                product.prices().get(1).id(), product.definition().eggs().get(0).eggId(), "Hourly", null, false, Map.of(), null,
                UUID.randomUUID().toString(), null));
        fixtures.workUntil(() -> fixtures.state(hourly) == ServerState.ACTIVE, "the hourly server to become ACTIVE");

        // A renewal of the monthly server: 20.005 - 7.74 - 0.0099 - 6.49 leaves 5.7651.
        String page = sweep(web, "/servers/" + monthly);
        assertThat(page).contains("Renew for 6.49 USD").contains("6.49 USD per month");
        String renewKey = page.replaceAll("(?s).*name=\"key\" value=\"([^\"]+)\".*", "$1");
        assertThat(web.post("/servers/" + monthly + "/renew", Map.of("key", renewKey)).status()).isEqualTo(302);
        // A second renewal is refused: the flash message carries both amounts with their currency.
        page = sweep(web, "/servers/" + monthly);
        renewKey = page.replaceAll("(?s).*name=\"key\" value=\"([^\"]+)\".*", "$1");
        assertThat(web.post("/servers/" + monthly + "/renew", Map.of("key", renewKey)).status()).isEqualTo(302);
        assertThat(sweep(web, "/servers/" + monthly)).contains("This costs 6.49 USD and your balance is 5.77 USD.");

        // A top-up outside the limits says the limits once, with their currency; one inside them is paid by transfer.
        web.get("/wallet/top-up");
        WebSession.Page refused = web.post("/wallet/top-up", Map.of("amount", "1"));
        assertThat(check("refused top-up", refused.body())).contains("Top up between 5.00 USD and 1,000.00 USD.")
                .doesNotContain("id=\"flash-error\"");
        assertThat(refused.body().split("Top up between", -1)).as("the limits in the error and the hint only").hasSize(3);
        web.get("/wallet/top-up");
        WebSession.Page topUp = web.post("/wallet/top-up", Map.of("amount", "10"));
        assertThat(topUp.status()).isEqualTo(302);
        String paymentPath = topUp.location().replaceAll("^https?://[^/]+", "");
        adminWeb.get("/admin/payments");
        long paymentId = Long.parseLong(paymentPath.replaceAll(".*/payments/(\\d+).*", "$1"));
        assertThat(adminWeb.post("/admin/payments/" + paymentId + "/received", Map.of()).status()).isEqualTo(302);
        adminWeb.get("/admin/wallets/" + owner.id());
        assertThat(adminWeb.post("/admin/wallets/" + owner.id(), Map.of("amount", "0,5", "direction", "credit",
                "reason", "Goodwill")).status()).isEqualTo(302);

        // Balance 16.2651: shown 16.27 everywhere, in each language's way of writing it.
        assertThat(sweep(web, "/wallet")).contains("16.27 USD").contains("-0.01 USD").contains("-6.49 USD")
                .contains("-7.74 USD").contains("20.00 USD").doesNotContain("16.2651");
        assertThat(sweep(web, "/servers/" + hourly)).contains("0.0099 USD per hour ≈ 7.13 USD per 30 days");
        sweep(web, "/servers");
        assertThat(sweep(web, "/servers?lang=pl")).contains("0,0099 USD za godzinę ≈ 7,13 USD za 30 dni");
        assertThat(sweep(web, "/wallet")).contains("16,27 USD").contains("-6,49 USD");
        assertThat(sweep(web, "/store/products/" + product.id())).contains("6,49 USD za 1").contains("0,0099 USD za godzinę");
        sweep(web, order);
        sweep(web, "/servers/" + monthly);
        web.get("/?lang=en");
        assertThat(sweep(web, "/payments")).contains("10.00 USD");
        sweep(web, paymentPath);
        assertThat(sweep(web, "/store")).contains("from 6.49 USD / month");
        assertThat(sweep(web, "/store/products/" + product.id())).contains("A one-time setup fee of 1.25 USD");
        sweep(web, "/");

        assertThat(sweep(adminWeb, "/admin/wallets/" + owner.id())).contains("16.27 USD");
        assertThat(sweep(adminWeb, "/admin/orders")).contains("7.74 USD").contains("6.49 USD");
        assertThat(sweep(adminWeb, "/admin/servers/" + monthly)).contains("7.74 USD").contains("paid 7.74 USD");
        sweep(adminWeb, "/admin/servers/" + hourly);
        sweep(adminWeb, "/admin/servers");
        assertThat(sweep(adminWeb, "/admin/payments")).contains("10.00 USD");
        assertThat(sweep(adminWeb, "/admin/payments/" + paymentId)).contains("10.00 USD");
        String code = "AMOUNTS" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        adminWeb.get("/admin/vouchers");
        adminWeb.post("/admin/vouchers", Map.of("code", code + "-A", "type", "BALANCE_TOP_UP", "amount", "2.5"));
        adminWeb.post("/admin/vouchers", Map.of("code", code + "-P", "type", "PAYMENT_DISCOUNT", "amount", "12.5"));
        assertThat(sweep(adminWeb, "/admin/vouchers")).contains("2.50 USD").contains("12.5%");
        assertThat(sweep(adminWeb, "/admin/audit?email=" + admin.email())).contains("0.50 USD: Goodwill")
                .contains(code + "-A 2.50 USD").contains(code + "-P 12.5%");

        List<MimeMessage> mails = TestMail.await(owner.email(), 6);
        for (MimeMessage mail : mails) {
            check("e-mail '" + mail.getSubject() + "'", TestMail.body(mail));
        }
        List<String> bodies = mails.stream().map(TestMail::body).toList();
        assertThat(bodies).anyMatch(body -> body.contains("7.74 USD was charged"))
                .anyMatch(body -> body.contains("renewed and 6.49 USD was charged"))
                .anyMatch(body -> body.contains("payment of 10.00 USD"));
        assertThat(failures).as("amounts shown with more than 2 decimals, ledger figures or raw placeholders").isEmpty();
        fixtures.assertMoneyAndServersConsistent();
    }
}
