package io.pteroca.panel.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.pteroca.panel.account.Accounts;
import io.pteroca.panel.order.AutoRenewalShort;
import io.pteroca.panel.shared.Money;
import io.pteroca.panel.support.BackgroundWork;
import io.pteroca.panel.support.Certain;
import io.pteroca.panel.support.DemoApp;
import io.pteroca.panel.support.WebSession;
import io.pteroca.panel.wallet.WalletSettings;
import io.pteroca.panel.wallet.Wallets;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Saved cards in the demo, against its Stripe stand-in over HTTP: a visitor saves one of Stripe's test cards on the
 * stand-in's page in setup mode (the stand-in sends the signed webhooks Stripe sends), chooses it for auto-renewal,
 * and a renewal the wallet cannot pay charges it off-session — paid and credited by the signed webhook once, held for
 * the cardholder's confirmation, or declined, as the test card says.
 */
class DemoSavedCardTest {

    private static <T> T bean(Class<T> type) {
        return DemoApp.context().getBean(type);
    }

    private static JdbcTemplate jdbc() {
        return bean(JdbcTemplate.class);
    }

    @Test
    void aVisitorSavesATestCardAndAShortAutoRenewalChargesIt() {
        String email = "saved-card-" + UUID.randomUUID().toString().substring(0, 8) + "@example.test";
        WebSession web = visitor(email);
        long account = bean(Accounts.class).findByEmail(email).orElseThrow().id();
        BigDecimal before = bean(Wallets.class).balance(account).amount();

        long card = saveCard(web, account, "4242424242424242", "4242");
        choose(web, card);
        long paid = walletShort(account, "3.50");
        assertThat(status(paid)).isEqualTo("PAID");
        BigDecimal charged = jdbc().queryForObject("SELECT amount FROM payment WHERE id = ?", BigDecimal.class, paid);
        assertThat(charged).as("the shortfall, at least the smallest top-up").isGreaterThanOrEqualTo(new BigDecimal("3.50"));
        assertThat(bean(Wallets.class).balance(account).amount()).as("credited once, by the signed webhook")
                .isEqualByComparingTo(before.add(charged));
        assertThat(bean(Wallets.class).ledgerSum(account).amount()).isEqualByComparingTo(before.add(charged));
        assertThat(web.get("/payments/" + paid).body()).contains("Received and credited to your wallet");

        long held = saveCard(web, account, "4000002500003155", "3155");
        choose(web, held);
        long waiting = walletShort(account, "2.00");
        assertThat(status(waiting)).as("held for the cardholder").isEqualTo("PENDING");
        // Sent by the charge's own work or, if it got there first, by the demo's once-a-minute sweep of held charges.
        Certain.await(() -> bean(DemoMailbox.class).messages().stream()
                .anyMatch(m -> m.recipient().equals(email) && m.html().contains("/payments/" + waiting + "/authenticate")),
                "the e-mail with the link to confirm");
        WebSession.Page authenticate = web.get("/payments/" + waiting + "/authenticate");
        assertThat(authenticate.location()).endsWith("/payments/" + waiting + "?checkout=true");
        String checkoutUrl = Jsoup.parse(web.get(authenticate.location()).body()).getElementById("continue-payment").attr("href");
        assertThat(checkoutUrl).startsWith(DemoApp.url() + DemoStripe.CHECKOUT_PATH);
        web.post(checkoutUrl + "/pay", Map.of());
        BackgroundWork.awaitIdle();
        assertThat(status(waiting)).isEqualTo("PAID");

        long declining = saveCard(web, account, "4000000000009995", "9995");
        choose(web, declining);
        long declined = walletShort(account, "2.00");
        assertThat(status(declined)).isEqualTo("FAILED");
        BigDecimal confirmed = jdbc().queryForObject("SELECT SUM(amount) FROM payment WHERE id IN (?, ?) AND status = 'PAID'",
                BigDecimal.class, paid, waiting);
        assertThat(bean(Wallets.class).balance(account).amount()).as("the two paid charges, once each")
                .isEqualByComparingTo(before.add(confirmed));
        assertThat(bean(Wallets.class).ledgerSum(account).amount()).isEqualByComparingTo(before.add(confirmed));
        assertThat(jdbc().queryForObject("SELECT COUNT(*) FROM wallet_entry WHERE user_id = ? AND reason = 'TOP_UP'"
                + " AND reference_id IN (?, ?)", Integer.class, account, String.valueOf(paid), String.valueOf(waiting)))
                .isEqualTo(2);
    }

    /** A visitor registers (accepting the sample terms) and is signed in. */
    private static WebSession visitor(String email) {
        WebSession web = DemoApp.browser();
        Map<String, String> form = new HashMap<>(Map.of("email", email, "firstName", "Sava", "lastName", "Card",
                "password", "a visitor's card secret", "acceptTerms", "true"));
        assertThat(web.submit("/register", "/register", form).status()).isEqualTo(302);
        return web;
    }

    /** Add a card → the stand-in's page in setup mode → the chosen test card saved → back on the cards page. */
    private static long saveCard(WebSession web, long account, String number, String last4) {
        web.get("/account/payment-methods");
        WebSession.Page added = web.post("/account/payment-methods/add", Map.of());
        String checkoutUrl = Jsoup.parse(web.get(added.location()).body()).getElementById("continue-card").attr("href");
        assertThat(checkoutUrl).startsWith(DemoApp.url() + DemoStripe.CHECKOUT_PATH + "cs_test_demo_");
        assertThat(web.get(checkoutUrl).body()).contains("Save a card for later payments").contains("4242 4242 4242 4242")
                .contains("4000 0025 0000 3155").contains("4000 0000 0000 9995").contains("id=\"checkout-save\"")
                .doesNotContain("id=\"checkout-pay\"");

        WebSession.Page back = web.post(checkoutUrl + "/pay", Map.of("card", number));
        String sessionId = checkoutUrl.substring(checkoutUrl.lastIndexOf('/') + 1);
        assertThat(back.location()).isEqualTo(DemoApp.url() + "/account/payment-methods?session=" + sessionId);
        assertThat(web.get(back.location()).body()).contains("•••• " + last4);
        assertThat(web.post(checkoutUrl + "/pay", Map.of("card", number)).status()).as("saving twice").isEqualTo(302);
        assertThat(jdbc().queryForObject("SELECT COUNT(*) FROM saved_card WHERE user_id = ? AND last4 = ?", Integer.class,
                account, last4)).as("kept once, from two webhooks and the return page").isEqualTo(1);
        return jdbc().queryForObject("SELECT id FROM saved_card WHERE user_id = ? AND last4 = ?", Long.class, account, last4);
    }

    private static void choose(WebSession web, long card) {
        web.get("/account/payment-methods");
        web.post("/account/payment-methods/renewal", Map.of("card", Long.toString(card)));
        assertThat(Jsoup.parse(web.get("/account/payment-methods").body()).select("[data-card=" + card + "] .card-renewal"))
                .hasSize(1);
    }

    /**
     * What auto-renewal announces, in its transaction, when the owner's wallet cannot pay a period; the server is not
     * the point here (the renewal itself is covered against the Stripe stub), so none is named. Returns the charge's payment.
     */
    private static long walletShort(long account, String shortfall) {
        String key = "auto-demo-" + UUID.randomUUID();
        Money missing = Money.of(shortfall, bean(WalletSettings.class).currency());
        bean(TransactionTemplate.class).executeWithoutResult(status ->
                DemoApp.context().publishEvent(new AutoRenewalShort(0L, account, key, missing)));
        BackgroundWork.awaitIdle();
        return jdbc().queryForObject("SELECT payment_id FROM renewal_charge WHERE renewal_key = ?", Long.class, key);
    }

    private static String status(long paymentId) {
        return jdbc().queryForObject("SELECT status FROM payment WHERE id = ?", String.class, paymentId);
    }
}
