package io.pteroca.panel.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.pteroca.panel.account.AccountView;
import io.pteroca.panel.account.Accounts;
import io.pteroca.panel.account.Role;
import io.pteroca.panel.catalog.ProductView;
import io.pteroca.panel.mail.MailSettings;
import io.pteroca.panel.mail.Mailer;
import io.pteroca.panel.support.BackgroundWork;
import io.pteroca.panel.support.IntegrationTest;
import io.pteroca.panel.support.TestMail;
import io.pteroca.panel.support.WebSession;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * What admins and customers read are names and sentences: no enum names (USER, ORDER_CONFIRMED), no internal keys
 * (bank_transfer, login), no Java exception names, no ids where a name belongs, no "month(s)" and no unit twice.
 */
class NamesNotKeysTest extends IntegrationTest {

    /** The whole text of an element (or a cell) that is a constant's or a key's name. */
    private static final Pattern RAW_KEY = Pattern.compile(">\\s*([A-Z]{2,}(?:_[A-Z]+)+|[A-Z]{4,}|[a-z]+(?:_[a-z]+)+)\\s*<");
    private static final List<String> RAW_WORDS = List.of("Exception", "(s)");
    /** A unit the row's heading already says, said again in its value ("CPU: 100 % CPU"). */
    /** A machine's timestamp (2027-02-02T04:02:12.115253Z) where a person reads a time. */
    private static final Pattern ISO_INSTANT = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}");
    private static final Pattern UNIT_TWICE = Pattern.compile("<th[^>]*>CPU</th>\\s*<td[^>]*>[^<]*CPU");

    @Autowired
    ApplicationContext context;

    private final List<String> failures = new ArrayList<>();

    @AfterEach
    void bankTransfersOff() {
        settings.set(settings.definition("payment.bank_transfer.enabled").orElseThrow(), "false");
    }

    private String sweep(WebSession web, String path) {
        WebSession.Page page = web.get(path);
        assertThat(page.status()).as(path).isEqualTo(200);
        String body = page.body().replaceAll("(?s)<script.*?</script>|<option[^>]*value=\"[^\"]*\"[^>]*>", "");
        Matcher raw = RAW_KEY.matcher(body);
        while (raw.find()) {
            failures.add(path + ": " + raw.group(1));
        }
        RAW_WORDS.stream().filter(body::contains).forEach(word -> failures.add(path + ": " + word));
        Matcher instant = ISO_INSTANT.matcher(body.replaceAll("<input[^>]*>", ""));
        if (instant.find()) {
            failures.add(path + ": " + instant.group());
        }
        if (UNIT_TWICE.matcher(body).find()) {
            failures.add(path + ": a unit said twice");
        }
        return page.body();
    }

    @Test
    void adminAndCustomerPagesNameThingsInWords() throws IOException {
        settings.setAll(Map.of(settings.definition("payment.bank_transfer.enabled").orElseThrow(), "true",
                settings.definition("payment.min_top_up").orElseThrow(), "5"));
        ServerFixtures fixtures = new ServerFixtures(context);
        ProductView product = fixtures.product("0", ServerFixtures.monthly("3"));
        AccountView owner = fixtures.customer("13");
        AccountView admin = context.getBean(Accounts.class).createVerified(
                "names-admin-" + UUID.randomUUID().toString().substring(0, 6) + "@example.test", "Ada", "Admin",
                ServerFixtures.PASSWORD, Role.ADMIN, "test");
        String name = "Named " + UUID.randomUUID().toString().substring(0, 4);
        long id = fixtures.activeServer(owner, product, name);
        context.getBean(io.pteroca.panel.order.Renewals.class).renew(id, owner.id(), UUID.randomUUID().toString());
        WebSession web = fixtures.signedIn(owner);
        WebSession adminWeb = fixtures.signedIn(admin);

        web.get("/wallet/top-up");
        WebSession.Page topUp = web.post("/wallet/top-up", Map.of("amount", "10"));
        long paymentId = Long.parseLong(topUp.location().replaceAll(".*/payments/(\\d+).*", "$1"));
        settings.set(MailSettings.PORT, Integer.toString(TestMail.closedPort()));
        context.getBean(Mailer.class).sendTest("nobody-" + UUID.randomUUID() + "@example.test", Locale.ENGLISH);
        BackgroundWork.awaitIdle();

        assertThat(sweep(adminWeb, "/admin/users?q=" + owner.email())).contains(">Customer<").doesNotContain(">USER<");
        assertThat(sweep(adminWeb, "/admin/users/" + admin.id())).contains(">Administrator<");
        assertThat(sweep(adminWeb, "/admin/orders")).contains(">" + name + "<").contains(">Bea Buyer<")
                .doesNotContain(">" + id + "</a>");
        assertThat(sweep(adminWeb, "/admin/payments")).contains("Bea Buyer · " + owner.email())
                .doesNotContain(">" + owner.id() + "</a>");
        assertThat(sweep(adminWeb, "/admin/payments/" + paymentId)).contains(">Bank transfer<").doesNotContain("bank_transfer")
                .contains("Bea Buyer · " + owner.email());
        assertThat(sweep(adminWeb, "/admin/email-log")).contains(">Order confirmed<").contains(">Test e-mail<")
                .contains("The mail server could not be reached.").contains(">Failed<");
        assertThat(sweep(adminWeb, "/admin/audit?email=" + admin.email())).contains(">Signed in<")
                .containsPattern("<option value=\"login\"[^>]*>Signed in</option>");
        assertThat(sweep(adminWeb, "/admin/servers/" + id)).as("the price in its row")
                .containsPattern("(?s)id=\"admin-server-price\"><span>\\s*[^<]*<span>3.00 USD per month</span>");
        assertThat(sweep(web, "/store/products/" + product.id())).contains("3.00 USD for 1 month").contains("100 % of one core")
                .contains(">256 MB<").as("1024 MB of disk").contains(">1 GB<");
        assertThat(sweep(web, "/servers/" + id)).contains("3.00 USD per month");
        assertThat(sweep(web, "/servers/" + id + "?lang=pl")).contains("3,00 USD za miesiąc");
        assertThat(sweep(web, "/store/products/" + product.id())).contains("3,00 USD za 1 miesiąc");
        assertThat(failures).as("raw keys, enum names or exception names on pages").isEmpty();
    }
}
