package io.pteroca.panel.payment;

import static org.assertj.core.api.Assertions.assertThat;

import io.pteroca.panel.account.AccountView;
import io.pteroca.panel.account.Accounts;
import io.pteroca.panel.account.Role;
import io.pteroca.panel.support.IntegrationTest;
import io.pteroca.panel.support.TestMail;
import io.pteroca.panel.support.WebSession;
import io.pteroca.panel.wallet.Wallets;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class BankTransferTest extends IntegrationTest {

    @Autowired
    Accounts accounts;
    @Autowired
    Wallets wallets;

    @BeforeEach
    void bankTransfers() {
        settings.setAll(Map.of(PaymentSettings.BANK_TRANSFER_ENABLED, "true", PaymentSettings.MIN_TOP_UP, "0",
                PaymentSettings.MAX_TOP_UP, "1000",
                PaymentSettings.BANK_TRANSFER_INSTRUCTIONS, "<p>IBAN PL00 1234 <script>alert(1)</script></p>"));
    }

    @AfterEach
    void off() {
        settings.setAll(Map.of(PaymentSettings.BANK_TRANSFER_ENABLED, "false", PaymentSettings.BANK_ACCOUNT_HOLDER, "",
                PaymentSettings.BANK_IBAN, "", PaymentSettings.BANK_BIC, ""));
    }

    private AccountView account(Role role) {
        return accounts.createVerified(role.name().toLowerCase() + "-" + UUID.randomUUID().toString().substring(0, 6)
                + "@example.test", "Pay", "Er", "bank transfer secret", role, "test");
    }

    private WebSession signedIn(AccountView account) {
        WebSession web = browser();
        web.signIn(account.email(), "bank transfer secret");
        return web;
    }

    private long topUp(WebSession web, String amount) {
        web.get("/wallet/top-up");
        WebSession.Page started = web.post("/wallet/top-up", Map.of("amount", amount));
        assertThat(started.status()).as(started.body()).isEqualTo(302);
        Matcher id = Pattern.compile("/payments/(\\d+)$").matcher(started.location());
        assertThat(id.find()).isTrue();
        return Long.parseLong(id.group(1));
    }

    @Test
    void anAdminMarksATransferReceivedOnceAndTheCustomerSeesTheMoney() {
        AccountView customer = account(Role.USER);
        WebSession web = signedIn(customer);
        long paymentId = topUp(web, "0.10");
        String page = web.get("/payments/" + paymentId).body();
        assertThat(page).contains("id=\"payment-reference\"").contains("IBAN PL00 1234").doesNotContain("<script>alert")
                .contains("hx-get=\"/payments/" + paymentId + "/status\"");
        long second = topUp(web, "0.20");

        WebSession admin = signedIn(account(Role.ADMIN));
        admin.get("/admin/payments?status=PENDING");
        admin.post("/admin/payments/" + paymentId + "/received", Map.of());
        admin.get("/admin/payments");
        admin.post("/admin/payments/" + second + "/received", Map.of());
        admin.get("/admin/payments");
        admin.post("/admin/payments/" + second + "/received", Map.of());
        assertThat(admin.get("/admin/payments").body()).contains("already settled");
        assertThat(admin.get("/admin/payments/" + second).body()).contains("id=\"payment-detail\"").contains("0.20 USD")
                .contains("Received and credited");
        assertThat(admin.get("/admin/payments/424242424").status()).isEqualTo(404);
        assertThat(wallets.balance(customer.id()).amount()).isEqualByComparingTo("0.30");

        String status = web.get("/payments/" + paymentId + "/status").body();
        assertThat(status).contains("Received").doesNotContain("hx-get");
        assertThat(web.get("/wallet").body()).contains("0.30 USD");
        assertThat(TestMail.await(customer.email(), 2).stream().map(TestMail::body).toList())
                .anyMatch(body -> body.contains("0.20 USD") && body.contains("PTC-"))
                .anyMatch(body -> body.contains("0.10 USD"));
        assertThat(jdbc.queryForObject("select count(*) from audit_log where action = 'admin_confirmed_payment' and details in (?, ?)",
                Integer.class, "payment " + paymentId, "payment " + second)).isEqualTo(2);
    }

    @Test
    void thePaymentPageShowsTheBankDetailsTheAdminSet() {
        WebSession admin = signedIn(account(Role.ADMIN));
        admin.get("/admin/settings/payments");
        WebSession.Page typo = admin.post("/admin/settings/payments", Map.of("payment.bank_transfer.enabled", "true",
                "payment.bank_transfer.account_holder", "Blocky Hosting Ltd", "payment.bank_transfer.iban", "DE89 3704 0044 0532 0130 01"));
        assertThat(typo.body()).contains("not a valid IBAN");
        assertThat(settings.get(PaymentSettings.BANK_IBAN)).isEmpty();
        admin.get("/admin/settings/payments");
        admin.post("/admin/settings/payments", Map.of("payment.bank_transfer.enabled", "true",
                "payment.bank_transfer.account_holder", "Blocky Hosting Ltd", "payment.bank_transfer.iban", "de89 3704 0044 0532 0130 00",
                "payment.bank_transfer.bic", "COBADEFFXXX", "payment.min_top_up", "0", "payment.max_top_up", "1000"));

        WebSession web = signedIn(account(Role.USER));
        long paymentId = topUp(web, "12.5");
        WebSession.Page shown = web.get("/payments/" + paymentId);
        assertThat(shown.status()).as(shown.location() + shown.body()).isEqualTo(200);
        String page = shown.body();
        assertThat(page).contains("<dd class=\"col-sm-9\" id=\"bank-holder\">Blocky Hosting Ltd</dd>")
                .contains("<code id=\"bank-iban\">DE89 3704 0044 0532 0130 00</code>")
                .contains("<code id=\"bank-bic\">COBADEFFXXX</code>")
                .contains("id=\"bank-amount\">12.50 USD</dd>");
        assertThat(page).containsPattern("id=\"payment-reference\">PTC-[A-Z0-9]+<");
    }

    @Autowired
    BankTransferExpiry expiry;
    @Autowired
    PaymentRepository payments;

    @Test
    void anUnpaidTransferExpiresAfterTheConfiguredDaysAndGivesBackItsVoucher() {
        String code = "HOLD" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        WebSession admin = signedIn(account(Role.ADMIN));
        admin.get("/admin/vouchers");
        admin.post("/admin/vouchers", Map.of("code", code, "type", "PAYMENT_DISCOUNT", "amount", "50", "maxUses", "1"));
        WebSession hoarder = signedIn(account(Role.USER));
        hoarder.get("/wallet/top-up");
        String started = hoarder.post("/wallet/top-up", Map.of("amount", "10", "method", "bank_transfer", "voucher", code)).location();
        long held = Long.parseLong(started.substring(started.lastIndexOf('/') + 1));
        WebSession other = signedIn(account(Role.USER));
        other.get("/wallet/top-up");
        assertThat(other.post("/wallet/top-up", Map.of("amount", "10", "method", "bank_transfer", "voucher", code)).body())
                .contains("This code cannot be used.");

        clock.advance(java.time.Duration.ofDays(13));
        expiry.expireUnpaidTransfers();
        assertThat(payments.findById(held).orElseThrow().status()).as("not yet").isEqualTo(PaymentStatus.PENDING);

        clock.advance(java.time.Duration.ofDays(2));
        expiry.expireUnpaidTransfers();
        assertThat(payments.findById(held).orElseThrow().status()).isEqualTo(PaymentStatus.EXPIRED);
        other.get("/wallet/top-up");
        assertThat(other.post("/wallet/top-up", Map.of("amount", "10", "method", "bank_transfer", "voucher", code)).status())
                .as("the voucher is free again").isEqualTo(302);
        admin.get("/admin/payments");
        admin.post("/admin/payments/" + held + "/received", Map.of());
        assertThat(payments.findById(held).orElseThrow().status()).as("an expired transfer cannot be received")
                .isEqualTo(PaymentStatus.EXPIRED);
    }

    @Test
    void aCancelledTransferCreditsNothingAndCannotBeReceivedLater() {
        AccountView customer = account(Role.USER);
        long paymentId = topUp(signedIn(customer), "25");
        WebSession admin = signedIn(account(Role.ADMIN));
        admin.get("/admin/payments");
        admin.post("/admin/payments/" + paymentId + "/cancel", Map.of());
        admin.get("/admin/payments");
        admin.post("/admin/payments/" + paymentId + "/received", Map.of());
        assertThat(wallets.balance(customer.id()).amount()).isEqualByComparingTo("0");
        assertThat(admin.post("/admin/payments/999999/received", Map.of()).status()).isEqualTo(404);
    }

    @Test
    void customersSeeOnlyTheirOwnPaymentsAndCannotSettleThem() {
        long paymentId = topUp(signedIn(account(Role.USER)), "10");
        WebSession stranger = signedIn(account(Role.USER));
        assertThat(stranger.get("/payments/" + paymentId).status()).isEqualTo(404);
        assertThat(stranger.get("/payments/" + paymentId + "/status").status()).isEqualTo(404);
        stranger.get("/wallet");
        assertThat(stranger.post("/admin/payments/" + paymentId + "/received", Map.of()).status()).isEqualTo(403);
    }

    @Test
    void amountsOutsideTheRulesAreRefused() {
        WebSession web = signedIn(account(Role.USER));
        settings.set(PaymentSettings.MIN_TOP_UP, "5");
        for (String amount : new String[] {"", "abc", "-5", "0", "4.99", "1000.01", "10.001", "1e3"}) {
            web.get("/wallet/top-up");
            WebSession.Page answer = web.post("/wallet/top-up", Map.of("amount", amount));
            assertThat(answer.status()).as(amount).isEqualTo(200);
            assertThat(answer.body()).as(amount).contains("id=\"top-up-error\"");
        }
        settings.set(PaymentSettings.BANK_TRANSFER_ENABLED, "false");
        web.get("/wallet/top-up");
        assertThat(web.post("/wallet/top-up", Map.of("amount", "10")).body()).contains("not available");
    }
}
