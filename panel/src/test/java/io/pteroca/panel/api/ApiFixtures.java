package io.pteroca.panel.api;

import static io.pteroca.panel.support.TestMoney.usd;

import io.pteroca.panel.account.AccountView;
import io.pteroca.panel.account.Accounts;
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
import io.pteroca.panel.server.ServerState;
import io.pteroca.panel.server.ServerWorkTestAccess;
import io.pteroca.panel.server.Servers;
import io.pteroca.panel.support.BackgroundWork;
import io.pteroca.panel.support.TestPterodactyl;
import io.pteroca.panel.wallet.WalletReason;
import io.pteroca.panel.wallet.WalletReference;
import io.pteroca.panel.wallet.Wallets;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.ApplicationContext;

/** Customers with money and running servers, and their tokens, for the API tests. */
final class ApiFixtures {

    static final String PASSWORD = "api test secret";

    private final ApplicationContext context;
    private final java.util.Map<Long, String> secrets = new java.util.HashMap<>();

    ApiFixtures(ApplicationContext context) {
        this.context = context;
    }

    ProductView product() {
        PterodactylInventory.EggInfo paper = context.getBean(PterodactylInventory.class).eggs(1).stream()
                .filter(egg -> egg.name().equals("Paper")).findFirst().orElseThrow();
        return context.getBean(ProductEditor.class).create(new ProductDefinition(null, "API plan " + UUID.randomUUID(), null, null,
                true, 0, new ProductDefinition.Resources(256, 0, 1024, 500, 100, null),
                new ProductDefinition.FeatureLimits(1, 1, 0, 2), Set.of(1), Set.of(), 1,
                List.of(ProductDefinition.EggChoice.defaultsOf(paper, null)), false, true, BigDecimal.ZERO, null, null,
                List.of(new PriceTerms(PriceKind.STATIC, 1, PeriodUnit.MONTHS, new BigDecimal("10"), null, null))));
    }

    AccountView customer(String balance) {
        AccountView customer = context.getBean(Accounts.class).createVerified(
                "api-" + UUID.randomUUID().toString().substring(0, 8) + "@example.test", "Ada", "Api", PASSWORD, Role.USER, "test");
        if (new BigDecimal(balance).signum() > 0) {
            context.getBean(Wallets.class).credit(customer.id(), usd(balance), WalletReason.ADMIN_CREDIT,
                    WalletReference.of("test", UUID.randomUUID()), "test money", null);
        }
        BackgroundWork.awaitIdle();
        return customer;
    }

    long activeServer(AccountView customer, ProductView product, String name) {
        long id = context.getBean(Checkout.class).purchase(customer.id(), order(product, name, UUID.randomUUID().toString()));
        new ServerWorkTestAccess(context).workUntil(() -> state(id) == ServerState.ACTIVE, "server " + name + " to become ACTIVE",
                TestPterodactyl.emulator());
        return id;
    }

    static OrderForm order(ProductView product, String name, String key) {
        return new OrderForm(product.id(), product.prices().get(0).id(), product.definition().eggs().get(0).eggId(), name, null,
                false, java.util.Map.of(), null, key, null);
    }

    ServerState state(long serverId) {
        return context.getBean(Servers.class).find(serverId).orElseThrow().state();
    }

    /** A member of staff of a built-in role, with two-factor on (admin scopes need it); see {@link #twoFactorSecret}. */
    AccountView staff(String role) {
        AccountView staff = io.pteroca.panel.support.StaffAccounts.withBuiltInRole(context.getBean(Accounts.class),
                context.getBean(org.springframework.jdbc.core.JdbcTemplate.class), role);
        secrets.put(staff.id(), new io.pteroca.panel.account.AccountTestAccess(context).enableTwoFactor(staff.id()));
        return staff;
    }

    String twoFactorSecret(AccountView staff) {
        return secrets.get(staff.id());
    }

    String token(AccountView account, ApiScope... scopes) {
        return token(account, "test", scopes).token();
    }

    /** A token with a name of its own, for tests that look for it (audit lines name the token they came through). */
    ApiTokens.Issued token(AccountView account, String name, ApiScope... scopes) {
        return context.getBean(ApiTokens.class).create(account.id(), name, Set.of(scopes), null, null, "test");
    }
}
