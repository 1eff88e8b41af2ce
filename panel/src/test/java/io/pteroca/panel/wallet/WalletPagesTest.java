package io.pteroca.panel.wallet;

import static io.pteroca.panel.support.TestMoney.usd;
import static org.assertj.core.api.Assertions.assertThat;

import io.pteroca.panel.account.AccountView;
import io.pteroca.panel.account.Accounts;
import io.pteroca.panel.account.Role;
import io.pteroca.panel.support.IntegrationTest;
import io.pteroca.panel.support.WebSession;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class WalletPagesTest extends IntegrationTest {

    @Autowired
    Accounts accounts;
    @Autowired
    Wallets wallets;

    private AccountView account(Role role) {
        return accounts.createVerified(role.name().toLowerCase() + "-" + UUID.randomUUID().toString().substring(0, 6)
                + "@example.test", "Wal", "Let", "wallet page secret", role, "test");
    }

    private WebSession signedIn(AccountView account) {
        WebSession web = browser();
        web.signIn(account.email(), "wallet page secret");
        return web;
    }

    @Test
    void adminsCreditAndDebitWithAReasonAndCustomersSeeIt() {
        AccountView customer = account(Role.USER);
        AccountView admin = account(Role.ADMIN);
        WebSession adminWeb = signedIn(admin);
        String page = "/admin/wallets/" + customer.id();
        adminWeb.get(page);
        adminWeb.post(page, Map.of("direction", "credit", "amount", "12.5", "reason", "Goodwill for the outage"));
        adminWeb.get(page);
        adminWeb.post(page, Map.of("direction", "debit", "amount", "2.25", "reason", "Manual correction"));
        assertThat(wallets.balance(customer.id()).amount()).isEqualByComparingTo("10.25");

        adminWeb.get(page);
        adminWeb.post(page, Map.of("direction", "debit", "amount", "100", "reason", "Too much"));
        assertThat(adminWeb.get(page).body()).contains("balance is too low");
        for (Map<String, String> bad : new Map[] {
            Map.of("amount", "abc", "reason", "x"), Map.of("amount", "-1", "reason", "x"),
            Map.of("amount", "0.00001", "reason", "x"), Map.of("amount", "1", "reason", ""),
            Map.of("amount", "99999999999", "reason", "x")}) {
            WebSession.Page answer = adminWeb.post(page, bad);
            assertThat(answer.status()).as(bad.toString()).isEqualTo(302);
            adminWeb.get(page);
        }
        assertThat(wallets.balance(customer.id()).amount()).isEqualByComparingTo("10.25");
        assertThat(jdbc.queryForList("select action from audit_log where subject_id = ? and action like 'admin_%wallet' order by id",
                String.class, customer.id())).containsExactly("admin_credited_wallet", "admin_debited_wallet");

        String wallet = signedIn(customer).get("/wallet").body();
        assertThat(wallet).contains("10.25 USD").contains("Goodwill for the outage").contains("Manual correction");
    }

    @Test
    void customersSeeOnlyTheirOwnWalletAndNoAdminScreen() {
        AccountView customer = account(Role.USER);
        AccountView other = account(Role.USER);
        wallets.credit(other.id(), usd("5"), WalletReason.ADMIN_CREDIT, WalletReference.none(), "secret note", null);
        WebSession web = signedIn(customer);
        assertThat(web.get("/wallet").body()).contains("0.00 USD").doesNotContain("secret note");
        assertThat(web.get("/admin/wallets/" + other.id()).status()).isEqualTo(403);
        assertThat(web.get("/wallet?reason=NOPE").status()).isEqualTo(400);
    }
}
