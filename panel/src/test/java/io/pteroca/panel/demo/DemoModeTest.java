package io.pteroca.panel.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.crypto.MACVerifier;
import com.nimbusds.jwt.SignedJWT;
import io.pteroca.emulator.PterodactylEmulator;
import io.pteroca.emulator.state.Server;
import io.pteroca.panel.account.Accounts;
import io.pteroca.panel.support.BackgroundWork;
import io.pteroca.panel.support.DemoApp;
import io.pteroca.panel.support.WebSession;
import io.pteroca.panel.wallet.Wallets;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The demo as {@code ./pteroca demo} starts it: quiet until it prints where to go, last; the customer's server running;
 * Stripe's whole flow against the demo's stand-in with a real signed webhook; every e-mail caught in the demo mailbox;
 * sample terms and bank details; single sign-on to the built-in Pterodactyl.
 */
class DemoModeTest {

    private static final String NEW_PASSWORD = "a visitor's own secret";

    private static ConfigurableApplicationContext demo() {
        return DemoApp.context();
    }

    private static <T> T bean(Class<T> type) {
        return demo().getBean(type);
    }

    /** A visitor registers (accepting the sample terms) and is signed in. */
    private static WebSession newCustomer(String email) {
        WebSession web = DemoApp.browser();
        Map<String, String> form = new HashMap<>(Map.of("email", email, "firstName", "Vera", "lastName", "Visitor",
                "password", NEW_PASSWORD, "acceptTerms", "true"));
        assertThat(web.submit("/register", "/register", form).status()).isEqualTo(302);
        return web;
    }

    private static String uniqueEmail(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.test";
    }

    @Test
    void itStartsQuietlyAndPrintsWhereToGoAndHowToSignInLast() {
        String output = DemoApp.startupOutput();
        Matcher startedLine = Pattern.compile("Started \\w+ in [0-9.]+ seconds").matcher(output);
        assertThat(startedLine.find()).isTrue();
        int started = startedLine.start();
        int banner = output.indexOf("PteroCA demo is ready at " + DemoApp.url() + "\n");
        assertThat(started).isPositive();
        assertThat(banner).as("the banner names the real port, after start-up").isGreaterThan(started);
        String last = output.substring(banner);
        assertThat(last).contains("admin      " + DemoSeeder.ADMIN_EMAIL + "  /  " + DemoSeeder.PASSWORD)
                .contains("customer   " + DemoSeeder.CUSTOMER_EMAIL + "  /  " + DemoSeeder.PASSWORD)
                .contains("owns the Minecraft server \"Demo SMP\", running")
                .contains(DemoApp.url() + "/demo/mailbox");
        assertThat(last.strip()).as("nothing after the banner").endsWith("=".repeat(80));
        assertThat(output.substring(0, banner)).as("the example plugin starts before it").contains("hello-world started");
        assertThat(output).doesNotContain("HHH90006001").doesNotContain("is still incubating")
                .doesNotContain("newer than the version Flyway has been verified with").doesNotContain("SMTP is not configured");
    }

    @Test
    void theCustomersServerRunsWithTheEulaAcceptedAndWasPaidFromTheWallet() {
        long customer = bean(Accounts.class).findByEmail(DemoSeeder.CUSTOMER_EMAIL).orElseThrow().id();
        JdbcTemplate jdbc = bean(JdbcTemplate.class);
        assertThat(jdbc.queryForObject("select state from game_server where owner_id = ? and name = ?", String.class, customer,
                DemoServer.NAME)).isEqualTo("ACTIVE");
        PterodactylEmulator emulator = bean(PterodactylEmulator.class);
        synchronized (emulator.state()) {
            Server server = emulator.state().servers.values().stream().filter(s -> s.name.equals(DemoServer.NAME)).findFirst()
                    .orElseThrow();
            assertThat(emulator.state().files.get(server.uuid)).containsEntry("/eula.txt", "eula=true\n");
            assertThat(emulator.wings().powerState(server)).isEqualTo("running");
        }
        // 25.00 credited, 4.99 for the first month and a 1.50 setup fee paid.
        assertThat(bean(Wallets.class).balance(customer).amount()).isEqualByComparingTo("18.51");
    }

    @Test
    void aStripeTopUpGoesThroughTheStandInAndASignedWebhookCreditsTheWalletOnce() {
        String email = uniqueEmail("card");
        WebSession web = newCustomer(email);
        long account = bean(Accounts.class).findByEmail(email).orElseThrow().id();
        assertThat(web.get("/wallet/top-up").body()).contains("id=\"method-stripe\"").contains("id=\"method-bank_transfer\"");
        WebSession.Page started = web.post("/wallet/top-up", Map.of("amount", "20", "method", "stripe"));
        Matcher paymentPage = Pattern.compile("/payments/(\\d+)\\?checkout=true$").matcher(started.location());
        assertThat(paymentPage.find()).as(started.location()).isTrue();
        long paymentId = Long.parseLong(paymentPage.group(1));

        String checkoutUrl = Jsoup.parse(web.get(started.location()).body()).getElementById("continue-payment").attr("href");
        assertThat(checkoutUrl).startsWith(DemoApp.url() + "/demo/stripe/checkout/cs_test_demo_");
        String checkout = web.get(checkoutUrl).body();
        assertThat(checkout).contains("Stripe test checkout").contains("Demo stand-in").contains("20.00 USD")
                .contains("Wallet top-up PTC-");

        WebSession.Page paid = web.post(checkoutUrl + "/pay", Map.of());
        assertThat(paid.location()).isEqualTo(DemoApp.url() + "/payments/" + paymentId + "?returned=true");
        assertThat(bean(Wallets.class).balance(account).amount()).as("credited by the webhook before the visitor is back")
                .isEqualByComparingTo("20");
        assertThat(web.get("/payments/" + paymentId + "?returned=true").body()).contains("Received and credited to your wallet");
        assertThat(web.post(checkoutUrl + "/pay", Map.of()).status()).as("paying twice").isEqualTo(302);
        assertThat(bean(Wallets.class).balance(account).amount()).isEqualByComparingTo("20");
        assertThat(bean(Wallets.class).ledgerSum(account).amount()).isEqualByComparingTo("20");
        assertThat(web.get(checkoutUrl).body()).contains("id=\"checkout-paid\"").doesNotContain("id=\"checkout-pay\"");
    }

    @Test
    void theStandInChecksStripesKeyAndThePanelStillChecksEveryWebhookSignature() {
        WebSession stranger = DemoApp.browser();
        assertThat(stranger.postJson("/demo/stripe/v1/checkout/sessions", "", Map.of("Authorization", "Bearer sk_test_guess")).status())
                .isEqualTo(401);
        assertThat(stranger.get("/demo/stripe/v1/checkout/sessions/cs_test_x").status()).isEqualTo(401);
        String forged = bean(DemoStripeJson.class).completed(new DemoStripe.Session("cs_test_forged", "", 0, "payment", 100, "usd",
                "", "1", "1", null, "", "", true, null));
        assertThat(stranger.postJson("/payments/stripe/webhook", forged, Map.of("Stripe-Signature", "t=1,v1=00ff")).status())
                .isEqualTo(400);
        assertThat(stranger.get("/demo/stripe/checkout/cs_test_unknown").status()).isEqualTo(404);
    }

    @Test
    void aBankTransferShowsTheSampleBankDetails() {
        WebSession web = newCustomer(uniqueEmail("bank"));
        web.get("/wallet/top-up");
        WebSession.Page started = web.post("/wallet/top-up", Map.of("amount", "10", "method", "bank_transfer"));
        String page = web.get(started.location()).body();
        assertThat(page).contains("PteroCA Demo Hosting Ltd").contains("DE89 3704 0044 0532 0130 00").contains("COBADEFFXXX")
                .contains("id=\"bank-amount\">10.00 USD").containsPattern("id=\"payment-reference\">PTC-[A-Z0-9]+<");
    }

    @Test
    void everyEmailLandsInTheMailboxWhereItsLinksWorkAndTheLogCallsItSent() {
        String email = uniqueEmail("mail");
        WebSession web = newCustomer(email);
        DemoMailbox mailbox = bean(DemoMailbox.class);
        BackgroundWork.awaitIdle();
        DemoMailbox.Message welcome = mailbox.messages().stream().filter(m -> m.recipient().equals(email)).findFirst().orElseThrow();
        String verify = Jsoup.parse(welcome.html()).select("a[href*=/verify-email?token=]").attr("href");
        assertThat(web.get(verify.substring(DemoApp.url().length())).body()).contains("id=\"verify-ok\"");

        WebSession visitor = DemoApp.browser();
        visitor.submit("/reset-password", "/reset-password", Map.of("email", email));
        BackgroundWork.awaitIdle();
        DemoMailbox.Message reset = mailbox.messages().stream()
                .filter(m -> m.recipient().equals(email) && m.subject().startsWith("Reset your password")).findFirst().orElseThrow();
        WebSession.Page list = visitor.get("/demo/mailbox");
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.body()).contains("To " + email).contains(reset.subject());
        // The messages show in a frame of the panel's own: the page's policy allows that frame and no inline code.
        assertThat(list.header("Content-Security-Policy")).contains("script-src 'self'").doesNotContain("unsafe-inline")
                .contains("style-src 'self';").contains("frame-src 'self'");

        WebSession.Page opened = visitor.get("/demo/mailbox?message=" + reset.id());
        assertThat(Jsoup.parse(opened.body()).getElementById("mailbox-body").attr("sandbox")).doesNotContain("allow-scripts")
                .doesNotContain("allow-same-origin");
        WebSession.Page body = visitor.get("/demo/mailbox/" + reset.id() + "/body");
        assertThat(body.header("Content-Security-Policy")).startsWith("sandbox ").contains("default-src 'none'")
                .contains("frame-ancestors 'self'").doesNotContain("allow-scripts").doesNotContain("allow-same-origin");
        assertThat(body.header("X-Frame-Options")).isEqualTo("SAMEORIGIN");
        String link = Jsoup.parse(body.body()).select("a[href*=/reset-password/]").attr("href");
        assertThat(body.body()).contains("<base target=\"_top\">");
        assertThat(link).startsWith(DemoApp.url() + "/reset-password/");
        assertThat(visitor.get(link.substring(DemoApp.url().length())).body()).contains("id=\"confirmPassword\"");

        List<String> statuses = bean(JdbcTemplate.class).queryForList("select status from email_log where recipient = ?",
                String.class, email);
        assertThat(statuses).hasSizeGreaterThanOrEqualTo(2).containsOnly("SENT");
        assertThat(visitor.get("/demo/mailbox?message=999999").status()).isEqualTo(404);
    }

    @Test
    void theSampleTermsAreLinkedAndRegistrationAsksToAcceptThem() {
        WebSession visitor = DemoApp.browser();
        assertThat(visitor.get("/store").body()).contains("id=\"footer-terms\"").contains("id=\"demo-mailbox-link\"");
        assertThat(visitor.get("/terms").body()).contains("Sample terms of service for the PteroCA demo");
        Map<String, String> form = new HashMap<>(Map.of("email", uniqueEmail("noconsent"), "firstName", "Nora", "lastName",
                "Nay", "password", NEW_PASSWORD));
        assertThat(visitor.submit("/register", "/register", form).body()).contains("You must accept the terms of service.");
    }

    @Test
    void openInPterodactylHandsTheCustomerATokenSignedWithTheSharedSecret() throws Exception {
        WebSession customer = DemoApp.browser();
        customer.signIn(DemoSeeder.CUSTOMER_EMAIL, DemoSeeder.PASSWORD);
        long serverId = bean(JdbcTemplate.class).queryForObject("select id from game_server where name = ?", Long.class,
                DemoServer.NAME);
        assertThat(customer.get("/servers/" + serverId).body()).contains("id=\"sso-open\"");
        String handoff = customer.post("/servers/" + serverId + "/open-in-pterodactyl", Map.of()).body();
        var form = Jsoup.parse(handoff).getElementById("sso-form");
        String emulator = bean(PterodactylEmulator.class).baseUrl();
        assertThat(form.attr("action")).isEqualTo(emulator + "/pteroca/authorize");
        SignedJWT token = SignedJWT.parse(form.select("input[name=pteroca_sso_token]").val());
        assertThat(token.verify(new MACVerifier(bean(DemoPterodactyl.SingleSignOnSecret.class).value()
                .getBytes(StandardCharsets.UTF_8)))).isTrue();
        assertThat(token.getJWTClaimsSet().getIssuer()).isEqualTo(DemoApp.url());
        assertThat(token.getJWTClaimsSet().getAudience()).containsExactly(emulator);
        String serverPage = "/server/" + bean(JdbcTemplate.class).queryForObject("select identifier from game_server where id = ?",
                String.class, serverId);
        assertThat(Optional.ofNullable(form.select("input[name=pteroca_sso_redirect]").val())).contains(serverPage);

        // What the browser does next: post the form to the emulated Pterodactyl and land signed in on the server.
        WebSession pterodactyl = new WebSession(emulator);
        WebSession.Page landed = pterodactyl.postRaw("/pteroca/authorize", Map.of("pteroca_sso_token", token.serialize(),
                "pteroca_sso_redirect", serverPage));
        assertThat(landed.location()).as(landed.body()).endsWith(serverPage);
        assertThat(pterodactyl.get(serverPage).body()).contains("id=\"signed-in\"").contains(DemoSeeder.CUSTOMER_EMAIL)
                .contains(DemoServer.NAME);
    }
}
