package io.pteroca.panel.voucher;

import static io.pteroca.panel.support.TestMoney.usd;
import static org.assertj.core.api.Assertions.assertThat;

import io.pteroca.panel.account.AccountView;
import io.pteroca.panel.account.Accounts;
import io.pteroca.panel.account.Role;
import io.pteroca.panel.support.IntegrationTest;
import io.pteroca.panel.support.WebSession;
import io.pteroca.panel.wallet.WalletReason;
import io.pteroca.panel.wallet.WalletReference;
import io.pteroca.panel.wallet.Wallets;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class VoucherTest extends IntegrationTest {

    @Autowired
    Accounts accounts;
    @Autowired
    Wallets wallets;

    private AccountView account(Role role) {
        return accounts.createVerified(role.name().toLowerCase() + "-" + UUID.randomUUID().toString().substring(0, 6)
                + "@example.test", "Vou", "Cher", "voucher test secret", role, "test");
    }

    private WebSession signedIn(AccountView account) {
        WebSession web = browser();
        web.signIn(account.email(), "voucher test secret");
        return web;
    }

    private static String code() {
        return "V" + UUID.randomUUID().toString().replace("-", "").substring(0, 10).toUpperCase();
    }

    private String redeem(WebSession web, String code) {
        web.get("/wallet");
        web.post("/wallet/voucher", Map.of("code", code));
        return web.get("/wallet").body();
    }

    @Test
    void adminsCreateVouchersAndCustomersRedeemThemOnce() {
        String code = code();
        WebSession admin = signedIn(account(Role.ADMIN));
        admin.get("/admin/vouchers");
        admin.post("/admin/vouchers", Map.of("code", code, "amount", "7.50", "maxUses", "10", "description", "Launch"));
        assertThat(admin.get("/admin/vouchers").body()).contains(code);

        AccountView customer = account(Role.USER);
        WebSession web = signedIn(customer);
        assertThat(redeem(web, code.toLowerCase())).contains("added to your wallet");
        assertThat(wallets.balance(customer.id()).amount()).isEqualByComparingTo("7.50");
        String second = redeem(web, code);
        String unknown = redeem(web, "NOSUCHCODE1");
        assertThat(second).contains("This code cannot be used.");
        assertThat(unknown).contains("This code cannot be used.");
        assertThat(wallets.balance(customer.id()).amount()).isEqualByComparingTo("7.50");
        assertThat(jdbc.queryForObject("select count(*) from audit_log where action = 'admin_created_voucher' and details like ?",
                Integer.class, code + "%")).isEqualTo(1);
    }

    @Test
    void newAccountsOnlyMinimumTopUpsExpiryAndDeletionAreEnforced() {
        Vouchers service = vouchersService;
        String fresh = code();
        service.create(new VoucherForm(fresh, Voucher.Type.BALANCE_TOP_UP, usd("3"), null, true, null, null, null, null, null));
        AccountView veteran = account(Role.USER);
        wallets.credit(veteran.id(), usd("20"), WalletReason.TOP_UP, WalletReference.of("payment", UUID.randomUUID()),
                null, null);
        assertThat(redeem(signedIn(veteran), fresh)).contains("cannot be used");
        AccountView newcomer = account(Role.USER);
        assertThat(redeem(signedIn(newcomer), fresh)).contains("added to your wallet");

        String loyal = code();
        service.create(new VoucherForm(loyal, Voucher.Type.BALANCE_TOP_UP, usd("4"), null, false, usd("25"), null, null, null, null));
        assertThat(redeem(signedIn(veteran), loyal)).contains("cannot be used");
        wallets.credit(veteran.id(), usd("5"), WalletReason.TOP_UP, WalletReference.of("payment", UUID.randomUUID()),
                null, null);
        assertThat(redeem(signedIn(veteran), loyal)).contains("added to your wallet");

        String old = code();
        service.create(new VoucherForm(old, Voucher.Type.BALANCE_TOP_UP, usd("1"), null, false, null, null, clock.instant().plusSeconds(60), null, null));
        clock.advance(java.time.Duration.ofMinutes(2));
        assertThat(redeem(signedIn(account(Role.USER)), old)).contains("cannot be used");

        String retired = code();
        VoucherView created = service.create(new VoucherForm(retired, Voucher.Type.BALANCE_TOP_UP, usd("1"), null, false, null, null, null, null, null));
        service.delete(created.id());
        assertThat(redeem(signedIn(account(Role.USER)), retired)).contains("cannot be used");
    }

    @Test
    void aNewAccountRedeemingSeveralNewAccountVouchersAtOnceGetsOnlyOne() throws InterruptedException {
        java.util.List<String> codes = java.util.List.of(code(), code(), code());
        for (String each : codes) {
            vouchersService.create(new VoucherForm(each, Voucher.Type.BALANCE_TOP_UP, usd("5"), null, true, null, null, null, null, null));
        }
        AccountView newcomer = account(Role.USER);
        java.util.concurrent.atomic.AtomicInteger next = new java.util.concurrent.atomic.AtomicInteger();
        java.util.List<Object> outcomes = io.pteroca.panel.support.Race.of(codes.size(),
                () -> vouchersService.redeem(newcomer.id(), codes.get(next.getAndIncrement())));
        assertThat(outcomes).filteredOn(io.pteroca.panel.wallet.WalletEntryView.class::isInstance).hasSize(1);
        assertThat(outcomes).filteredOn(io.pteroca.panel.shared.Refusal.class::isInstance).hasSize(codes.size() - 1);
        assertThat(wallets.balance(newcomer.id()).amount()).isEqualByComparingTo("5.00");
        assertThat(wallets.ledgerSum(newcomer.id()).amount()).isEqualByComparingTo("5.00");
    }

    @Test
    void guessingCodesIsRateLimitedAndBadAdminInputChangesNothing() {
        WebSession web = signedIn(account(Role.USER));
        for (int i = 0; i < VoucherController.ATTEMPTS_PER_HOUR; i++) {
            redeem(web, "GUESS" + i);
        }
        assertThat(redeem(web, "GUESS-LAST")).contains("Too many attempts");

        WebSession admin = signedIn(account(Role.ADMIN));
        int before = vouchersService.all().size();
        for (Map<String, String> bad : new Map[] {Map.of("code", "x", "amount", "5"), Map.of("code", "GOODCODE1", "amount", "-5"),
                Map.of("code", "GOODCODE2", "amount", "5", "maxUses", "zero"), Map.of("code", "GOODCODE3", "amount", "5",
                "expiresOn", "tomorrow"), Map.of("code", "GOODCODE4", "amount", "5", "maxUses", "0")}) {
            admin.get("/admin/vouchers");
            assertThat(admin.post("/admin/vouchers", bad).status()).as(bad.toString()).isEqualTo(302);
        }
        assertThat(vouchersService.all()).hasSize(before);
    }

    @Autowired
    Vouchers vouchersService;
}
