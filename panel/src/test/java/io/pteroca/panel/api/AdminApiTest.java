package io.pteroca.panel.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pteroca.panel.account.AccountTestAccess;
import io.pteroca.panel.account.AccountView;
import io.pteroca.panel.catalog.ProductView;
import io.pteroca.panel.payment.PaymentTestAccess;
import io.pteroca.panel.server.ServerState;
import io.pteroca.panel.shared.Refusal;
import io.pteroca.panel.support.IntegrationTest;
import io.pteroca.panel.support.StaffAccounts;
import io.pteroca.panel.wallet.WalletReason;
import io.pteroca.panel.wallet.WalletReference;
import io.pteroca.panel.wallet.Wallets;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import tools.jackson.databind.JsonNode;

/**
 * The admin area of the API: servers, payments and vouchers do what their admin pages do, through the same services,
 * audited the same way; lists page by keyset; admin scopes need a second factor. Answers are checked against the
 * OpenAPI document (see {@link ApiClient}).
 */
class AdminApiTest extends IntegrationTest {

    private static ProductView product;

    @Autowired
    private ApplicationContext context;
    @Autowired
    private ApiTokens tokens;
    @Autowired
    private io.pteroca.panel.account.Accounts accounts;

    private ApiFixtures fixtures;
    private ApiClient api;

    @BeforeEach
    void setUp() {
        fixtures = new ApiFixtures(context);
        api = new ApiClient(port);
        if (product == null) {
            product = fixtures.product();
        }
    }

    @Test
    void theServerListFiltersByStateCustomerProductNodeAndPaidUntil() {
        AccountView carla = fixtures.customer("100");
        long first = fixtures.activeServer(carla, product, "carla-1");
        long second = fixtures.activeServer(carla, product, "carla-2");
        long other = fixtures.activeServer(fixtures.customer("50"), product, "someone-else");
        Instant soon = clock.instant().plus(Duration.ofDays(3)).truncatedTo(ChronoUnit.SECONDS);
        jdbc.update("UPDATE game_server SET expires_at = ? WHERE id = ?", LocalDateTime.ofInstant(soon, ZoneOffset.UTC), second);
        String token = fixtures.token(fixtures.staff("SUPPORT"), ApiScope.ADMIN_READ);

        assertThat(ids(api.get("/api/v1/admin/servers?customer=" + carla.id(), token))).containsExactly(second, first);
        assertThat(ids(api.get("/api/v1/admin/servers?product=" + product.id() + "&limit=100", token)))
                .contains(first, second, other);
        assertThat(ids(api.get("/api/v1/admin/servers?customer=" + carla.id() + "&paidFrom=" + soon.minusSeconds(1)
                + "&paidUntil=" + soon.plusSeconds(1), token))).containsExactly(second);
        assertThat(ids(api.get("/api/v1/admin/servers?customer=" + carla.id() + "&state=SUSPENDED", token))).isEmpty();
        JsonNode one = api.get("/api/v1/admin/servers/" + first, token).json();
        assertThat(one.get("ownerId").asLong()).isEqualTo(carla.id());
        if (one.has("nodeId")) {
            assertThat(ids(api.get("/api/v1/admin/servers?customer=" + carla.id() + "&node=" + one.get("nodeId").asInt(), token)))
                    .contains(first);
            assertThat(ids(api.get("/api/v1/admin/servers?customer=" + carla.id() + "&node=" + (one.get("nodeId").asInt() + 999), token)))
                    .isEmpty();
        }
        assertThat(api.get("/api/v1/admin/servers?paidFrom=tomorrow", token).json().get("field").asString()).isEqualTo("paidFrom");
        ApiClient.Answer emptyRange = api.get("/api/v1/admin/servers?paidFrom=" + soon + "&paidUntil=" + soon, token);
        assertThat(emptyRange.status()).isEqualTo(400);
        assertThat(emptyRange.json().get("field").asString()).isEqualTo("paidUntil");
        assertThat(api.get("/api/v1/admin/servers/" + Long.MAX_VALUE, token).status()).isEqualTo(404);
    }

    @Test
    void serverActionsAreTheAdminPagesActionsAndAudited() {
        AccountView owner = fixtures.customer("100");
        long server = fixtures.activeServer(owner, product, "acted-on");
        AccountView support = fixtures.staff("SUPPORT");
        ApiTokens.Issued supportToken = fixtures.token(support, "ops-bot", ApiScope.ADMIN_WRITE);
        String token = supportToken.token();
        String path = "/api/v1/admin/servers/" + server;

        ApiClient.Answer noReason = api.post(path + "/suspend", token, Map.of("reason", " "), Map.of());
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.json().get("field").asString()).isEqualTo("reason");
        ApiClient.Answer suspended = api.post(path + "/suspend", token, Map.of("reason", "Chargeback under review"), Map.of());
        assertThat(suspended.status()).as(suspended.body()).isEqualTo(200);
        assertThat(suspended.json().get("state").asString()).isEqualTo("SUSPENDED");
        assertThat(suspended.json().get("suspensionReason").asString()).isEqualTo("Chargeback under review");
        assertThat(fixtures.state(server)).isEqualTo(ServerState.SUSPENDED);

        assertThat(api.post(path + "/unsuspend", token, null, Map.of()).json().get("state").asString()).isEqualTo("ACTIVE");
        ApiClient.Answer notSuspended = api.post(path + "/unsuspend", token, null, Map.of());
        assertThat(notSuspended.status()).as("nothing to lift").isEqualTo(409);

        Instant until = clock.instant().plus(Duration.ofDays(90)).truncatedTo(ChronoUnit.SECONDS);
        BigDecimal balance = balance(owner.id());
        ApiClient.Answer extended = api.put(path + "/paid-until", token, Map.of("paidUntil", until.toString()));
        assertThat(extended.status()).as(extended.body()).isEqualTo(200);
        assertThat(Instant.parse(extended.json().get("paidUntil").asString())).isEqualTo(until);
        assertThat(balance(owner.id())).as("free of charge").isEqualByComparingTo(balance);
        assertThat(api.put(path + "/paid-until", token, Map.of("paidUntil", "soon")).json().get("field").asString())
                .isEqualTo("paidUntil");

        assertThat(api.delete(path, token).status()).as("Support may not delete").isEqualTo(403);
        ApiTokens.Issued administratorToken = fixtures.token(fixtures.staff("ADMINISTRATOR"), "cleanup", ApiScope.ADMIN_WRITE);
        String administrator = administratorToken.token();
        ApiClient.Answer deleted = api.delete(path, administrator);
        assertThat(deleted.status()).as(deleted.body()).isEqualTo(200);
        assertThat(deleted.json().get("state").asString()).isIn("DELETING", "DELETED");
        assertThat(api.delete("/api/v1/admin/servers/" + Long.MAX_VALUE, administrator).status()).isEqualTo(404);

        for (String action : List.of("admin_suspend_server", "admin_unsuspend_server", "admin_set_server_expiry")) {
            assertThat(jdbc.queryForList("SELECT details FROM audit_log WHERE action = ? AND actor_id = ?", String.class, action,
                    support.id())).as(action).singleElement().satisfies(details -> assertThat(details).startsWith("server " + server)
                    .satisfies(madeThrough(supportToken, "ops-bot")));
        }
        assertThat(jdbc.queryForList("SELECT details FROM audit_log WHERE action = 'admin_delete_server' AND details LIKE ?",
                String.class, "server " + server + " %")).singleElement().isEqualTo("server " + server + " (via API token "
                + administratorToken.id() + " \"cleanup\")");
    }

    @Test
    void aBankTransferIsMarkedReceivedOnceAndAudited() {
        AccountView customer = fixtures.customer("0");
        long payment = new PaymentTestAccess(context).startBankTransfer(customer.id(), "12.50");
        AccountView accountant = fixtures.staff("ACCOUNTANT");
        ApiTokens.Issued books = fixtures.token(accountant, "books", ApiScope.ADMIN_READ, ApiScope.ADMIN_WRITE);
        String token = books.token();

        JsonNode pending = api.get("/api/v1/admin/payments?status=PENDING&gateway=bank_transfer&customer=" + customer.id(), token).json();
        assertThat(pending.get("data")).hasSize(1);
        assertThat(pending.get("data").get(0).get("amount").get("amount").asString()).isEqualTo("12.5000");

        String path = "/api/v1/admin/payments/" + payment + "/received";
        assertThat(api.post(path, token, null, Map.of()).status()).as("no Idempotency-Key").isEqualTo(400);
        String key = UUID.randomUUID().toString();
        ApiClient.Answer received = api.post(path, token, null, Map.of("Idempotency-Key", key));
        ApiClient.Answer again = api.post(path, token, null, Map.of("Idempotency-Key", key));
        ApiClient.Answer anotherKey = api.post(path, token, null, Map.of("Idempotency-Key", UUID.randomUUID().toString()));

        assertThat(received.status()).as(received.body()).isEqualTo(200);
        assertThat(received.json().get("status").asString()).isEqualTo("PAID");
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(anotherKey.status()).as("no longer pending").isEqualTo(409);
        assertThat(balance(customer.id())).as("credited once").isEqualByComparingTo("12.50");
        assertThat(jdbc.queryForList("SELECT details FROM audit_log WHERE action = 'admin_confirmed_payment' AND actor_id = ?",
                String.class, accountant.id())).as("once, as made through the token").singleElement()
                .satisfies(madeThrough(books, "books")).isEqualTo("payment " + payment + " (via API token " + books.id() + " \"books\")");
        assertThat(api.post("/api/v1/admin/payments/" + Long.MAX_VALUE + "/received", token, null,
                Map.of("Idempotency-Key", UUID.randomUUID().toString())).status()).isEqualTo(404);
    }

    @Test
    void aVoucherIsCreatedOnceListedAndRetired() {
        AccountView administrator = fixtures.staff("ADMINISTRATOR");
        ApiTokens.Issued campaigns = fixtures.token(administrator, "campaigns", ApiScope.ADMIN_READ, ApiScope.ADMIN_WRITE);
        String token = campaigns.token();
        String code = "API" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(java.util.Locale.ROOT);
        Map<String, Object> voucher = Map.of("code", code, "type", "SERVER_DISCOUNT", "amount", "15", "minimumOrderAmount", "5.00",
                "expiresOn", "2099-12-31", "maxUses", 10);
        String key = UUID.randomUUID().toString();

        ApiClient.Answer created = api.post("/api/v1/admin/vouchers", token, voucher, Map.of("Idempotency-Key", key));
        ApiClient.Answer again = api.post("/api/v1/admin/vouchers", token, voucher, Map.of("Idempotency-Key", key));

        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.json().get("percent").asString()).isEqualTo("15");
        assertThat(again.json().get("id").asLong()).isEqualTo(created.json().get("id").asLong());
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM voucher WHERE code = ?", Integer.class, code)).isEqualTo(1);
        assertThat(ids(api.get("/api/v1/admin/vouchers?limit=100", token))).contains(created.json().get("id").asLong());

        ApiClient.Answer badAmount = api.post("/api/v1/admin/vouchers", token, Map.of("code", code + "X", "type", "BALANCE_TOP_UP",
                "amount", "lots"), Map.of("Idempotency-Key", UUID.randomUUID().toString()));
        assertThat(badAmount.status()).isEqualTo(400);
        assertThat(badAmount.json().get("field").asString()).isEqualTo("amount");
        ApiClient.Answer badCode = api.post("/api/v1/admin/vouchers", token, Map.of("code", "no", "type", "BALANCE_TOP_UP",
                "amount", "1"), Map.of("Idempotency-Key", UUID.randomUUID().toString()));
        assertThat(badCode.json().get("field").asString()).isEqualTo("code");

        long id = created.json().get("id").asLong();
        ApiClient.Answer retired = api.post("/api/v1/admin/vouchers/" + id + "/deactivate", token, null, Map.of());
        assertThat(retired.json().get("deactivated").asBoolean()).isTrue();
        assertThat(api.post("/api/v1/admin/vouchers/" + id + "/deactivate", token, null, Map.of()).status()).isEqualTo(200);
        assertThat(api.post("/api/v1/admin/vouchers/" + Long.MAX_VALUE + "/deactivate", token, null, Map.of()).status()).isEqualTo(404);
        assertThat(jdbc.queryForList("SELECT details FROM audit_log WHERE action = 'admin_created_voucher' AND actor_id = ?",
                String.class, administrator.id())).singleElement().satisfies(details -> assertThat(details).startsWith(code + " ")
                .satisfies(madeThrough(campaigns, "campaigns")));
        assertThat(jdbc.queryForList("SELECT details FROM audit_log WHERE action = 'admin_deleted_voucher' AND actor_id = ?",
                String.class, administrator.id())).as("retired once").singleElement()
                .isEqualTo("voucher " + id + " (via API token " + campaigns.id() + " \"campaigns\")");
    }

    @Test
    void aCustomerCreatedAndBlockedThroughTheApiIsAuditedWithTheToken() {
        AccountView support = fixtures.staff("SUPPORT");
        ApiTokens.Issued helpdesk = fixtures.token(support, "helpdesk", ApiScope.ADMIN_WRITE);
        String email = "api-made-" + UUID.randomUUID().toString().substring(0, 8) + "@example.test";

        ApiClient.Answer created = api.post("/api/v1/admin/users", helpdesk.token(), Map.of("email", email, "firstName", "Ola",
                "lastName", "Api", "invite", false), Map.of());
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        long id = created.json().get("id").asLong();
        ApiClient.Answer blocked = api.post("/api/v1/admin/users/" + id + "/block", helpdesk.token(), null, Map.of());
        assertThat(blocked.status()).as(blocked.body()).isEqualTo(200);
        assertThat(blocked.json().get("blocked").asBoolean()).isTrue();

        for (String action : List.of("admin_created_user", "admin_blocked_user")) {
            assertThat(jdbc.queryForList("SELECT details FROM audit_log WHERE action = ? AND actor_id = ? AND subject_id = ?",
                    String.class, action, support.id(), id)).as(action).singleElement()
                    .isEqualTo("via API token " + helpdesk.id() + " \"helpdesk\"");
        }
    }

    /** The audit line names the token the action came through, by its id and name, and never shows its secret. */
    private static org.assertj.core.api.ThrowingConsumer<String> madeThrough(ApiTokens.Issued token, String name) {
        return details -> assertThat(details).endsWith(" (via API token " + token.id() + " \"" + name + "\")")
                .doesNotContain(token.token()).doesNotContain(token.token().substring(ApiTokens.PREFIX.length()));
    }

    @Test
    void aPageAfterACursorIsTheSameWhenNewerRowsArriveMeanwhile() {
        AccountView customer = fixtures.customer("0");
        Wallets wallets = context.getBean(Wallets.class);
        for (int i = 0; i < 3; i++) {
            wallets.credit(customer.id(), io.pteroca.panel.support.TestMoney.usd("1"), WalletReason.ADMIN_CREDIT,
                    WalletReference.of("test", UUID.randomUUID()), "entry " + i, null);
            clock.advance(Duration.ofSeconds(1));
        }
        String token = fixtures.token(customer, ApiScope.READ);
        JsonNode first = api.get("/api/v1/wallet/entries?limit=2", token).json();
        List<Long> firstIds = new ArrayList<>();
        first.get("data").forEach(entry -> firstIds.add(entry.get("id").asLong()));

        // Two newer entries: with an offset the next page would repeat what the first one showed.
        for (int i = 0; i < 2; i++) {
            wallets.credit(customer.id(), io.pteroca.panel.support.TestMoney.usd("1"), WalletReason.ADMIN_CREDIT,
                    WalletReference.of("test", UUID.randomUUID()), "newer " + i, null);
        }
        List<Long> next = ids(api.get("/api/v1/wallet/entries?limit=2&cursor=" + first.get("nextCursor").asString(), token));

        assertThat(next).hasSize(1).doesNotContainAnyElementsOf(firstIds);
        assertThat(next.get(0)).isLessThan(firstIds.get(1));
        // A cursor of a list ordered by id does not fit a list ordered by time.
        AccountView staff = fixtures.staff("SUPPORT");
        String admin = fixtures.token(staff, ApiScope.ADMIN_READ);
        String idCursor = api.get("/api/v1/admin/users?limit=1", admin).json().get("nextCursor").asString();
        assertThat(api.get("/api/v1/wallet/entries?cursor=" + idCursor, token).json().get("field").asString()).isEqualTo("cursor");
    }

    @Test
    void adminScopesNeedTwoFactorAndBothFactorsAgainOnTheAccountPage() {
        AccountView withoutTwoFactor = StaffAccounts.withBuiltInRole(accounts, jdbc, "SUPPORT");
        assertThatThrownBy(() -> tokens.create(withoutTwoFactor.id(), "no 2fa", Set.of(ApiScope.ADMIN_READ), null, null, "test"))
                .isInstanceOfSatisfying(Refusal.class, refused -> assertThat(refused.messageKey()).isEqualTo("api.tokens.adminNeedsTwoFactor"));
        assertThat(tokens.mayHaveAdminScopes(withoutTwoFactor.id())).isFalse();
        assertThat(tokens.create(withoutTwoFactor.id(), "customer scopes", Set.of(ApiScope.READ), null, null, "test").token())
                .as("customer scopes need no second factor").startsWith("ptca_");

        AccountView staff = fixtures.staff("SUPPORT");
        String secret = fixtures.twoFactorSecret(staff);
        clock.advance(Duration.ofSeconds(30));
        assertThatThrownBy(() -> tokens.createOnAccountPage(staff.id(), "bot", Set.of(ApiScope.ADMIN_READ), null, "wrong password",
                AccountTestAccess.authenticatorCode(secret, clock.instant()), "127.0.0.1"))
                .isInstanceOfSatisfying(Refusal.class, refused -> assertThat(refused.field()).isEqualTo("currentPassword"));
        assertThatThrownBy(() -> tokens.createOnAccountPage(staff.id(), "bot", Set.of(ApiScope.ADMIN_READ), null,
                StaffAccounts.PASSWORD, "000000", "127.0.0.1"))
                .isInstanceOfSatisfying(Refusal.class, refused -> assertThat(refused.field()).isEqualTo("code"));
        assertThat(tokens.of(staff.id())).as("nothing made").isEmpty();
        String token = tokens.createOnAccountPage(staff.id(), "bot", Set.of(ApiScope.ADMIN_READ), null, StaffAccounts.PASSWORD,
                AccountTestAccess.authenticatorCode(secret, clock.instant()), "127.0.0.1").token();
        assertThat(api.get("/api/v1/admin/users", token).status()).isEqualTo(200);

        // Without two-factor (turned off, or reset by an admin) the token keeps no admin reach.
        jdbc.update("DELETE FROM two_factor_recovery_code WHERE user_id = ?", staff.id());
        jdbc.update("DELETE FROM two_factor WHERE user_id = ?", staff.id());
        assertThat(api.get("/api/v1/admin/users", token).status()).isEqualTo(403);
    }

    private static List<Long> ids(ApiClient.Answer answer) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        List<Long> ids = new ArrayList<>();
        answer.json().get("data").forEach(item -> ids.add(item.get("id").asLong()));
        return ids;
    }

    private BigDecimal balance(long userId) {
        return jdbc.queryForObject("SELECT balance FROM wallet WHERE user_id = ?", BigDecimal.class, userId);
    }
}
