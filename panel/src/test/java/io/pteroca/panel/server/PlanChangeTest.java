package io.pteroca.panel.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pteroca.emulator.http.FaultInjector;
import io.pteroca.panel.account.AccountView;
import io.pteroca.panel.account.Accounts;
import io.pteroca.panel.account.Role;
import io.pteroca.panel.catalog.Catalog;
import io.pteroca.panel.catalog.CatalogTestAccess;
import io.pteroca.panel.catalog.NodeCapacity;
import io.pteroca.panel.catalog.ProductDefinition;
import io.pteroca.panel.catalog.ProductEditor;
import io.pteroca.panel.catalog.ProductView;
import io.pteroca.panel.invoice.InvoiceTestAccess;
import io.pteroca.panel.order.OrderTestAccess;
import io.pteroca.panel.order.PlanChangeSettings;
import io.pteroca.panel.order.PlanChanges;
import io.pteroca.panel.order.PlanQuote;
import io.pteroca.panel.order.Renewals;
import io.pteroca.panel.pterodactyl.PterodactylInventory;
import io.pteroca.panel.shared.Refusal;
import io.pteroca.panel.support.BackgroundWork;
import io.pteroca.panel.support.IntegrationTest;
import io.pteroca.panel.support.Race;
import io.pteroca.panel.support.TestPterodactyl;
import io.pteroca.panel.support.WebSession;
import io.pteroca.panel.wallet.Wallets;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpStatus;

/**
 * Plan changes against the emulator: the prorated charge or credit, the new limits in Pterodactyl only after the money
 * committed, a node without room, Pterodactyl refusing after the charge, double submits; every ledger adds up.
 */
class PlanChangeTest extends IntegrationTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    PlanChanges planChanges;
    @Autowired
    Wallets wallets;
    @Autowired
    Renewals renewals;
    @Autowired
    GameServerRepository servers;

    ServerFixtures fixtures;
    long category;

    @BeforeEach
    void plans() {
        fixtures = new ServerFixtures(context);
        category = context.getBean(Catalog.class).saveCategory(null, "Plans " + UUID.randomUUID(), null, 0).id();
    }

    @AfterEach
    void defaults() {
        settings.set(PlanChangeSettings.DOWNGRADE_CREDIT, "true");
        new InvoiceTestAccess(context).invoicePerOrder(false);
    }

    /** A monthly Paper plan of this test's category. */
    ProductView plan(Long categoryId, String name, int memory, String monthly) {
        return plan(categoryId, name, "Paper", memory, monthly);
    }

    /** A monthly plan of the category with the named egg of the emulator's nest 1 only. */
    ProductView plan(Long categoryId, String name, String egg, int memory, String monthly) {
        return context.getBean(ProductEditor.class).create(new ProductDefinition(categoryId, name + " " + UUID.randomUUID(), null,
                null, true, 0, new ProductDefinition.Resources(memory, 0, 1024, 500, 100, null),
                new ProductDefinition.FeatureLimits(1, 1, 0, 2), Set.of(1), Set.of(), 1,
                List.of(ProductDefinition.EggChoice.defaultsOf(fixtures.egg(egg), null)), false, true, BigDecimal.ZERO,
                null, null, List.of(ServerFixtures.monthly(monthly))));
    }

    /** Moves the panel's clock to {@code before} the server's paid-until; returns the paid-until. */
    Instant moveTo(long serverId, Duration before) {
        Instant paidUntil = servers.findById(serverId).orElseThrow().expiresAt();
        clock.advance(Duration.between(clock.instant(), paidUntil.minus(before)));
        return paidUntil;
    }

    /** Half of the real length of the server's current (monthly) period. */
    static Duration halfPeriod(Instant paidUntil) {
        return Duration.between(paidUntil.atOffset(ZoneOffset.UTC).minusMonths(1).toInstant(), paidUntil).dividedBy(2);
    }

    String status(long changeId) {
        return jdbc.queryForObject("select status from plan_change where id = ?", String.class, changeId);
    }

    BigDecimal settled(long changeId) {
        return jdbc.queryForObject("select settled from plan_change where id = ?", BigDecimal.class, changeId);
    }

    BigDecimal ledger(long accountId, String reason) {
        return jdbc.queryForObject("select coalesce(sum(amount), 0) from wallet_entry where user_id = ? and reason = ?",
                BigDecimal.class, accountId, reason);
    }

    void assertLedgerAddsUp(AccountView customer) {
        assertThat(wallets.ledgerSum(customer.id())).as("sum of the entries = balance").isEqualTo(wallets.balance(customer.id()));
        fixtures.assertMoneyAndServersConsistent();
    }

    @Test
    void anUpgradeIsChargedForTheRestOfThePeriodAndReachesPterodactylOnlyAfterTheChargeCommitted() {
        ProductView small = plan(category, "Small", 256, "5");
        ProductView large = plan(category, "Large", 512, "8");
        AccountView customer = fixtures.customer("20");
        long serverId = fixtures.activeServer(customer, small, "Growing");
        Instant paidUntil = moveTo(serverId, halfPeriod(servers.findById(serverId).orElseThrow().expiresAt()));

        PlanQuote quote = planChanges.quote(serverId, customer.id(), large.id());
        assertThat(quote.upgrade()).isTrue();
        assertThat(quote.settled().amount()).as("half of 3.00 less the seconds the test took").isBetween(
                new BigDecimal("1.49"), new BigDecimal("1.5000"));
        long[] changeId = new long[1];
        // The attempt after commit is lost, as if the panel stopped right then: the charge is made, the limits are not.
        BackgroundWork.lostWhile(() -> changeId[0] = planChanges.change(serverId, customer.id(), large.id(), "up-" + UUID.randomUUID()));
        BigDecimal charged = settled(changeId[0]);
        assertThat(status(changeId[0])).isEqualTo("PENDING");
        assertThat(wallets.balance(customer.id()).amount()).isEqualByComparingTo(new BigDecimal("15").subtract(charged));
        assertThat(fixtures.inPterodactyl(serverId).memory).as("Pterodactyl still has the old limits").isEqualTo(256);

        OrderTestAccess.sweepPlanChanges(context);
        assertThat(status(changeId[0])).isEqualTo("APPLIED");
        assertThat(fixtures.inPterodactyl(serverId).memory).isEqualTo(512);
        GameServer server = servers.findById(serverId).orElseThrow();
        assertThat(server.productId()).isEqualTo(large.id());
        assertThat(server.plan().product().resources().memory()).isEqualTo(512);
        assertThat(server.expiresAt()).as("the paid-until stays").isEqualTo(paidUntil);
        assertThat(ledger(customer.id(), "PLAN_CHANGE")).isEqualByComparingTo(charged.negate());

        AccountView admin = context.getBean(Accounts.class).createVerified("plan-admin-" + UUID.randomUUID().toString()
                .substring(0, 8) + "@example.test", "Ada", "Admin", ServerFixtures.PASSWORD, Role.ADMIN, "test");
        WebSession adminWeb = fixtures.signedIn(admin);
        assertThat(adminWeb.get("/admin/servers/" + serverId).body()).contains("/servers/" + serverId + "/plan-changes");
        assertThat(adminWeb.get("/servers/" + serverId + "/plan-changes").body()).as("admins see the plan changes too")
                .contains(small.name() + " → " + large.name()).contains("Applied");

        renewals.renew(serverId, customer.id(), "renew-" + UUID.randomUUID());
        assertThat(wallets.balance(customer.id()).amount()).as("the next period costs the new price")
                .isEqualByComparingTo(new BigDecimal("7").subtract(charged));
        assertLedgerAddsUp(customer);
    }

    @Test
    void aDowngradeCreditsTheUnusedDifferenceOnceTheSmallerLimitsHold() {
        ProductView small = plan(category, "Small", 256, "5");
        ProductView large = plan(category, "Large", 512, "8");
        AccountView customer = fixtures.customer("8");
        long serverId = fixtures.activeServer(customer, large, "Shrinking");
        moveTo(serverId, halfPeriod(servers.findById(serverId).orElseThrow().expiresAt()));

        long changeId = planChanges.change(serverId, customer.id(), small.id(), "down-" + UUID.randomUUID());
        BackgroundWork.awaitIdle();
        assertThat(status(changeId)).isEqualTo("APPLIED");
        BigDecimal credited = settled(changeId).negate();
        assertThat(credited).isBetween(new BigDecimal("1.49"), new BigDecimal("1.5000"));
        assertThat(wallets.balance(customer.id()).amount()).isEqualByComparingTo(credited);
        assertThat(ledger(customer.id(), "PLAN_CHANGE_CREDIT")).isEqualByComparingTo(credited);
        assertThat(fixtures.inPterodactyl(serverId).memory).isEqualTo(256);
        assertThat(servers.findById(serverId).orElseThrow().periodAmount(io.pteroca.panel.support.TestMoney.USD).amount())
                .isEqualByComparingTo("5");
        assertLedgerAddsUp(customer);
    }

    @Test
    void withoutDowngradeCreditsADowngradeCreditsNothing() {
        settings.set(PlanChangeSettings.DOWNGRADE_CREDIT, "false");
        ProductView small = plan(category, "Small", 256, "5");
        ProductView large = plan(category, "Large", 512, "8");
        AccountView customer = fixtures.customer("8");
        long serverId = fixtures.activeServer(customer, large, "Shrinking for free");
        moveTo(serverId, halfPeriod(servers.findById(serverId).orElseThrow().expiresAt()));

        PlanQuote quote = planChanges.quote(serverId, customer.id(), small.id());
        assertThat(quote.prorated().signum()).isNegative();
        assertThat(quote.settled().isZero()).isTrue();
        long changeId = planChanges.change(serverId, customer.id(), small.id(), "down-" + UUID.randomUUID());
        BackgroundWork.awaitIdle();
        assertThat(status(changeId)).isEqualTo("APPLIED");
        assertThat(wallets.balance(customer.id()).amount()).isEqualByComparingTo("0");
        assertThat(ledger(customer.id(), "PLAN_CHANGE_CREDIT")).isEqualByComparingTo("0");
        assertThat(servers.findById(serverId).orElseThrow().productId()).isEqualTo(small.id());
        assertLedgerAddsUp(customer);
    }

    @Test
    void anUpgradeInTheLastMinuteCostsTheLastMinuteAndTheNextPeriodTheNewPrice() {
        ProductView small = plan(category, "Small", 256, "5");
        ProductView large = plan(category, "Large", 512, "8");
        AccountView customer = fixtures.customer("21");
        long serverId = fixtures.activeServer(customer, small, "Last minute");
        moveTo(serverId, Duration.ofSeconds(60));

        long changeId = planChanges.change(serverId, customer.id(), large.id(), "last-" + UUID.randomUUID());
        BackgroundWork.awaitIdle();
        assertThat(status(changeId)).isEqualTo("APPLIED");
        assertThat(settled(changeId)).as("3.00 for about a minute of a month, at 4 decimals").isEqualByComparingTo("0.0001");
        assertThat(wallets.balance(customer.id()).amount()).isEqualByComparingTo("15.9999");

        clock.advance(Duration.ofSeconds(61));
        renewals.renew(serverId, customer.id(), "renew-" + UUID.randomUUID());
        assertThat(wallets.balance(customer.id()).amount()).as("the next period at the new price").isEqualByComparingTo("7.9999");
        assertLedgerAddsUp(customer);
    }

    @Test
    void aNodeWithoutRoomRefusesTheUpgradeBeforeAnythingIsCharged() {
        ProductView small = plan(category, "Small", 256, "5");
        ProductView huge = plan(category, "Huge", 4096, "20");
        AccountView customer = fixtures.customer("30");
        long serverId = fixtures.activeServer(customer, small, "No room");
        PterodactylInventory.NodeInfo node = context.getBean(PterodactylInventory.class).nodes().stream()
                .filter(found -> found.id() == 1).findFirst().orElseThrow();
        var emulated = TestPterodactyl.emulator().state().nodes.get(1L);
        long memory;
        long overallocate;
        synchronized (TestPterodactyl.emulator().state()) {
            memory = emulated.memory;
            overallocate = emulated.memoryOverallocate;
            emulated.memory = node.memoryUsed() + 1000;
            emulated.memoryOverallocate = 0;
        }
        NodeCapacity capacity = context.getBean(NodeCapacity.class);
        try {
            capacity.refresh();
            assertThatThrownBy(() -> planChanges.change(serverId, customer.id(), huge.id(), "huge-" + UUID.randomUUID()))
                    .isInstanceOfSatisfying(Refusal.class, refused -> {
                        assertThat(refused.messageKey()).isEqualTo("planChange.noRoom");
                        assertThat(refused.status()).isEqualTo(HttpStatus.CONFLICT);
                    });
        } finally {
            synchronized (TestPterodactyl.emulator().state()) {
                emulated.memory = memory;
                emulated.memoryOverallocate = overallocate;
            }
            capacity.refresh();
        }
        assertThat(wallets.balance(customer.id()).amount()).as("nothing charged").isEqualByComparingTo("25");
        assertThat(jdbc.queryForObject("select count(*) from plan_change where server_id = ?", Long.class, serverId)).isZero();
        assertThat(fixtures.inPterodactyl(serverId).memory).isEqualTo(256);
        assertLedgerAddsUp(customer);
    }

    @Test
    void aRefusalAtPterodactylAfterTheChargeGivesTheChargeBackWithACreditNote() {
        InvoiceTestAccess invoices = new InvoiceTestAccess(context);
        invoices.invoicePerOrder(true);
        ProductView small = plan(category, "Small", 256, "5");
        ProductView large = plan(category, "Large", 512, "8");
        AccountView customer = fixtures.customer("20");
        long serverId = fixtures.activeServer(customer, small, "Refused");
        moveTo(serverId, halfPeriod(servers.findById(serverId).orElseThrow().expiresAt()));
        TestPterodactyl.emulator().faults().add(new FaultInjector.Fault("PATCH", "/api/application/servers/\\d+/build", 422, 0,
                false, -1));

        long changeId = planChanges.change(serverId, customer.id(), large.id(), "refused-" + UUID.randomUUID());
        BackgroundWork.awaitIdle();
        TestPterodactyl.emulator().faults().clear();
        assertThat(status(changeId)).isEqualTo("REVERSED");
        BigDecimal charged = settled(changeId);
        assertThat(charged).isPositive();
        assertThat(ledger(customer.id(), "PLAN_CHANGE")).isEqualByComparingTo(charged.negate());
        assertThat(ledger(customer.id(), "PLAN_CHANGE_CREDIT")).isEqualByComparingTo(charged);
        assertThat(wallets.balance(customer.id()).amount()).as("the charge is back").isEqualByComparingTo("15");
        GameServer server = servers.findById(serverId).orElseThrow();
        assertThat(server.productId()).as("the server stays on its plan").isEqualTo(small.id());
        assertThat(fixtures.inPterodactyl(serverId).memory).isEqualTo(256);
        invoices.issueDue();
        assertThat(invoices.gross("INVOICE", "plan_change", changeId)).isEqualByComparingTo(charged.setScale(2,
                java.math.RoundingMode.HALF_EVEN));
        assertThat(invoices.gross("CREDIT_NOTE", "plan_change", changeId)).isEqualByComparingTo(charged.setScale(2,
                java.math.RoundingMode.HALF_EVEN).negate());
        assertLedgerAddsUp(customer);
    }

    @Test
    void aPassingFailureAtPterodactylIsRetriedAndChargedOnce() {
        ProductView small = plan(category, "Small", 256, "5");
        ProductView large = plan(category, "Large", 512, "8");
        AccountView customer = fixtures.customer("20");
        long serverId = fixtures.activeServer(customer, small, "Retried");
        moveTo(serverId, halfPeriod(servers.findById(serverId).orElseThrow().expiresAt()));
        TestPterodactyl.emulator().faults().add(new FaultInjector.Fault("PATCH", "/api/application/servers/\\d+/build", 0, 0,
                true, 1));

        long changeId = planChanges.change(serverId, customer.id(), large.id(), "retried-" + UUID.randomUUID());
        for (int step = 0; step < 20 && status(changeId).equals("PENDING"); step++) {
            BackgroundWork.awaitIdle();
            clock.advance(Duration.ofMinutes(1));
            OrderTestAccess.sweepPlanChanges(context);
        }
        assertThat(status(changeId)).isEqualTo("APPLIED");
        assertThat(ledger(customer.id(), "PLAN_CHANGE")).isEqualByComparingTo(settled(changeId).negate());
        assertThat(ledger(customer.id(), "PLAN_CHANGE_CREDIT")).isEqualByComparingTo("0");
        assertThat(fixtures.inPterodactyl(serverId).memory).isEqualTo(512);
        assertLedgerAddsUp(customer);
    }

    @Test
    void theSameChangeSubmittedTwiceAtOnceIsChargedOnce() throws InterruptedException {
        ProductView small = plan(category, "Small", 256, "5");
        ProductView large = plan(category, "Large", 512, "8");
        AccountView customer = fixtures.customer("20");
        long serverId = fixtures.activeServer(customer, small, "Double click");
        moveTo(serverId, halfPeriod(servers.findById(serverId).orElseThrow().expiresAt()));

        String key = "double-" + UUID.randomUUID();
        List<Object> sameKey = Race.of(4, () -> planChanges.change(serverId, customer.id(), large.id(), key));
        assertThat(sameKey).as("one change, the same for every submit").hasSize(4).allSatisfy(outcome ->
                assertThat(outcome).isInstanceOf(Long.class).isEqualTo(sameKey.get(0)));
        List<Object> otherTabs = Race.of(3, () -> planChanges.change(serverId, customer.id(), large.id(), "tab-" + UUID.randomUUID()));
        assertThat(otherTabs).as("the change is made already or still being applied").allSatisfy(outcome ->
                assertThat(outcome).isInstanceOf(Refusal.class));
        BackgroundWork.awaitIdle();
        assertThat(jdbc.queryForObject("select count(*) from plan_change where server_id = ?", Long.class, serverId)).isEqualTo(1);
        assertThat(ledger(customer.id(), "PLAN_CHANGE")).isEqualByComparingTo(settled((Long) sameKey.get(0)).negate());
        assertThat(status((Long) sameKey.get(0))).isEqualTo("APPLIED");
        assertLedgerAddsUp(customer);
    }

    @Test
    void badInputIsAClearRefusalAndWritesNothing() {
        ProductView small = plan(category, "Small", 256, "5");
        ProductView large = plan(category, "Large", 512, "8");
        ProductView elsewhere = plan(context.getBean(Catalog.class).saveCategory(null, "Other " + UUID.randomUUID(), null, 0).id(),
                "Elsewhere", 512, "8");
        AccountView customer = fixtures.customer("20");
        long serverId = fixtures.activeServer(customer, small, "Guarded");
        WebSession owner = fixtures.signedIn(customer);

        WebSession.Page unknown = owner.submit("/servers", "/servers/" + serverId + "/change-plan", Map.of("product", "987654321", "key",
                "bad-" + UUID.randomUUID()));
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.body()).contains("This plan does not exist or is not for sale.");
        WebSession.Page other = owner.submit("/servers", "/servers/" + serverId + "/change-plan", Map.of("product",
                Long.toString(elsewhere.id()), "key", "bad-" + UUID.randomUUID()));
        assertThat(other.status()).isEqualTo(400);
        assertThat(other.body()).contains("This plan is not offered for this server");
        assertThat(owner.get("/servers/" + serverId + "/change-plan").body()).contains(large.name())
                .doesNotContain(elsewhere.name());

        AccountView subuser = fixtures.customer("20");
        ServerFixtures.share(owner, serverId, subuser, "control.console");
        WebSession shared = fixtures.signedIn(subuser);
        assertThat(shared.get("/servers/" + serverId + "/change-plan").status()).isEqualTo(403);
        WebSession.Page bySubuser = shared.submit("/servers", "/servers/" + serverId + "/change-plan", Map.of("product",
                Long.toString(large.id()), "key", "sub-" + UUID.randomUUID()));
        assertThat(bySubuser.status()).isEqualTo(403);
        assertThat(bySubuser.body()).contains("Only the owner of this server can change its plan or cancel it.");
        assertThat(shared.submit("/servers", "/servers/" + serverId + "/cancel", Map.of("when", "NOW")).status()).isEqualTo(403);

        AccountView stranger = fixtures.customer("20");
        WebSession strangerWeb = fixtures.signedIn(stranger);
        assertThat(strangerWeb.submit("/servers", "/servers/" + serverId + "/change-plan", Map.of("product", Long.toString(large.id()),
                "key", "x-" + UUID.randomUUID())).status()).isEqualTo(404);
        assertThat(strangerWeb.submit("/servers", "/servers/" + serverId + "/cancel", Map.of("when", "NOW")).status()).isEqualTo(404);

        AccountView admin = context.getBean(Accounts.class).createVerified("plan-admin-" + UUID.randomUUID().toString()
                .substring(0, 8) + "@example.test", "Ada", "Admin", ServerFixtures.PASSWORD, Role.ADMIN, "test");
        assertThat(fixtures.signedIn(admin).submit("/servers", "/servers/" + serverId + "/change-plan", Map.of("product",
                Long.toString(large.id()), "key", "adm-" + UUID.randomUUID())).status())
                .as("an admin never spends the owner's money").isEqualTo(403);

        assertThat(jdbc.queryForObject("select count(*) from plan_change where server_id = ?", Long.class, serverId)).isZero();
        assertThat(fixtures.state(serverId)).isEqualTo(ServerState.ACTIVE);
        assertThat(wallets.balance(customer.id()).amount()).isEqualByComparingTo("15");
        assertLedgerAddsUp(customer);
    }

    @Test
    void anUpgradePathAnAdminSetLeadsToAnotherCategoryUnderTheSameMoneyRules() {
        long premiumCategory = context.getBean(Catalog.class).saveCategory(null, "Premium " + UUID.randomUUID(), null, 0).id();
        ProductView small = plan(category, "Small", 256, "5");
        ProductView premium = plan(premiumCategory, "Premium", 768, "11");
        ProductView unlisted = plan(premiumCategory, "Unlisted", 512, "6");
        ProductView forge = plan(premiumCategory, "Forge", "Forge Minecraft", 1024, "12");
        // The Forge plan stands for a target whose eggs an admin changed after setting the path: it no longer fits.
        new CatalogTestAccess(context).upgradePaths(small.id(), Set.of(premium.id(), forge.id()));
        AccountView customer = fixtures.customer("20");
        long serverId = fixtures.activeServer(customer, small, "Promoted");
        Instant paidUntil = moveTo(serverId, halfPeriod(servers.findById(serverId).orElseThrow().expiresAt()));

        assertThat(planChanges.options(serverId, customer.id())).extracting(PlanQuote::productId)
                .as("the path, but neither another product of its category nor one the server cannot take")
                .containsExactly(premium.id());
        WebSession owner = fixtures.signedIn(customer);
        assertThat(owner.get("/servers/" + serverId + "/change-plan").body()).contains(premium.name())
                .doesNotContain(unlisted.name()).doesNotContain(forge.name());
        WebSession.Page otherEgg = owner.submit("/servers", "/servers/" + serverId + "/change-plan", Map.of("product",
                Long.toString(forge.id()), "key", "forge-" + UUID.randomUUID()));
        assertThat(otherEgg.status()).isEqualTo(400);
        assertThat(otherEgg.body()).contains("This plan does not offer the software your server runs.");
        WebSession.Page notAPath = owner.submit("/servers", "/servers/" + serverId + "/change-plan", Map.of("product",
                Long.toString(unlisted.id()), "key", "unlisted-" + UUID.randomUUID()));
        assertThat(notAPath.status()).isEqualTo(400);
        assertThat(notAPath.body()).contains("This plan is not offered for this server");
        WebSession.Page itself = owner.submit("/servers", "/servers/" + serverId + "/change-plan", Map.of("product",
                Long.toString(small.id()), "key", "itself-" + UUID.randomUUID()));
        assertThat(itself.status()).isEqualTo(400);
        assertThat(itself.body()).contains("The server already runs on this plan.");
        assertThat(jdbc.queryForObject("select count(*) from plan_change where server_id = ?", Long.class, serverId)).isZero();
        assertThat(wallets.balance(customer.id()).amount()).as("nothing charged yet").isEqualByComparingTo("15");

        PlanQuote quote = planChanges.quote(serverId, customer.id(), premium.id());
        assertThat(quote.upgrade()).isTrue();
        assertThat(quote.settled().amount()).as("half of 6.00 less the seconds the test took").isBetween(
                new BigDecimal("2.99"), new BigDecimal("3.0000"));
        long changeId = planChanges.change(serverId, customer.id(), premium.id(), "path-" + UUID.randomUUID());
        BackgroundWork.awaitIdle();
        assertThat(status(changeId)).isEqualTo("APPLIED");
        BigDecimal charged = settled(changeId);
        assertThat(charged).isBetween(new BigDecimal("2.99"), new BigDecimal("3.0000"));
        assertThat(wallets.balance(customer.id()).amount()).isEqualByComparingTo(new BigDecimal("15").subtract(charged));
        assertThat(ledger(customer.id(), "PLAN_CHANGE")).isEqualByComparingTo(charged.negate());
        assertThat(fixtures.inPterodactyl(serverId).memory).isEqualTo(768);
        GameServer server = servers.findById(serverId).orElseThrow();
        assertThat(server.productId()).isEqualTo(premium.id());
        assertThat(server.expiresAt()).as("the paid-until stays").isEqualTo(paidUntil);

        // On its new product the server moves within the new category; the path back is the admin's to set.
        assertThat(planChanges.options(serverId, customer.id())).extracting(PlanQuote::productId)
                .contains(unlisted.id()).doesNotContain(small.id(), forge.id());
        assertThatThrownBy(() -> planChanges.quote(serverId, customer.id(), small.id()))
                .isInstanceOfSatisfying(Refusal.class, refused -> {
                    assertThat(refused.messageKey()).isEqualTo("planChange.notOffered");
                    assertThat(refused.status()).isEqualTo(HttpStatus.BAD_REQUEST);
                });
        assertLedgerAddsUp(customer);
    }
}
