package io.pteroca.panel.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pteroca.panel.account.AccountView;
import io.pteroca.panel.account.Accounts;
import io.pteroca.panel.account.Permission;
import io.pteroca.panel.catalog.ProductView;
import io.pteroca.panel.payment.PaymentTestAccess;
import io.pteroca.panel.shared.Refusal;
import io.pteroca.panel.support.IntegrationTest;
import io.pteroca.panel.voucher.VoucherRequest;
import io.pteroca.panel.voucher.Vouchers;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
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
 * The API end to end: every answer is checked against the served OpenAPI document (see {@link ApiClient}); scopes and
 * staff permissions decide each endpoint; a customer never reaches another customer's things; idempotent POSTs have
 * one effect; a token over its budget waits.
 */
class ApiTest extends IntegrationTest {

    /** Made once: two customers with a running server each, and a product on sale. */
    private static ProductView product;
    private static AccountView alice;
    private static AccountView bob;
    private static long aliceServer;
    private static long bobServer;

    @Autowired
    private ApplicationContext context;
    @Autowired
    private Accounts accounts;
    @Autowired
    private ApiTokens tokens;

    private ApiFixtures fixtures;
    private ApiClient api;

    @BeforeEach
    void customersWithServers() {
        fixtures = new ApiFixtures(context);
        api = new ApiClient(port);
        if (product == null) {
            product = fixtures.product();
            alice = fixtures.customer("100");
            bob = fixtures.customer("100");
            aliceServer = fixtures.activeServer(alice, product, "alice-server");
            bobServer = fixtures.activeServer(bob, product, "bob-server");
        }
    }

    /** One endpoint of the matrix: what it needs, and a request that would succeed for a holder with it. */
    private record Call(String method, String path, Object body, ApiScope scope, Permission permission, boolean idempotent) {
    }

    /** The permissions of the built-in roles this matrix uses that the endpoints ask for (see the staff roles migration). */
    private static final Set<Permission> SUPPORT = EnumSet.of(Permission.USERS_VIEW, Permission.USERS_CHANGE,
            Permission.SERVERS_VIEW, Permission.SERVERS_CHANGE, Permission.PRODUCTS_VIEW);
    private static final Set<Permission> ACCOUNTANT = EnumSet.of(Permission.USERS_VIEW, Permission.WALLETS_VIEW,
            Permission.WALLETS_CHANGE, Permission.SERVERS_VIEW, Permission.PRODUCTS_VIEW, Permission.PAYMENTS_VIEW,
            Permission.PAYMENTS_CHANGE, Permission.VOUCHERS_VIEW);

    /** Every endpoint of the API; a new one that is not here fails {@link #theMatrixCoversEveryEndpoint()}. */
    private List<Call> endpoints(AccountView administrator) {
        AccountView target = fixtures.customer("20");
        long server = fixtures.activeServer(target, product, "matrix-server");
        long payment = new PaymentTestAccess(context).startBankTransfer(target.id(), "3.00");
        long voucher = context.getBean(Vouchers.class).createByAdmin(new VoucherRequest("MATRIX-" + UUID.randomUUID().toString()
                .substring(0, 8), "BALANCE_TOP_UP", "1.00", false, null, null, null, null, null), administrator.id(),
                administrator.email(), null).id();
        String admin = "/api/v1/admin";
        return List.of(
                new Call("GET", "/api/v1/account", null, ApiScope.READ, null, false),
                new Call("GET", "/api/v1/wallet", null, ApiScope.READ, null, false),
                new Call("GET", "/api/v1/wallet/entries", null, ApiScope.READ, null, false),
                new Call("GET", "/api/v1/orders", null, ApiScope.READ, null, false),
                new Call("GET", "/api/v1/servers", null, ApiScope.READ, null, false),
                new Call("GET", "/api/v1/servers/" + aliceServer, null, ApiScope.READ, null, false),
                new Call("GET", "/api/v1/store/products", null, ApiScope.READ, null, false),
                new Call("PUT", "/api/v1/servers/" + aliceServer + "/auto-renew", Map.of("enabled", false), ApiScope.WRITE, null, false),
                new Call("GET", admin + "/users", null, ApiScope.ADMIN_READ, Permission.USERS_VIEW, false),
                new Call("GET", admin + "/servers", null, ApiScope.ADMIN_READ, Permission.SERVERS_VIEW, false),
                new Call("GET", admin + "/servers/" + server, null, ApiScope.ADMIN_READ, Permission.SERVERS_VIEW, false),
                new Call("GET", admin + "/products", null, ApiScope.ADMIN_READ, Permission.PRODUCTS_VIEW, false),
                new Call("GET", admin + "/payments", null, ApiScope.ADMIN_READ, Permission.PAYMENTS_VIEW, false),
                new Call("GET", admin + "/payments/" + payment, null, ApiScope.ADMIN_READ, Permission.PAYMENTS_VIEW, false),
                new Call("GET", admin + "/vouchers", null, ApiScope.ADMIN_READ, Permission.VOUCHERS_VIEW, false),
                // Support may change users but not wallets; the Accountant wallets and payments but not users.
                new Call("POST", admin + "/users/" + target.id() + "/block", null, ApiScope.ADMIN_WRITE, Permission.USERS_CHANGE, false),
                new Call("POST", admin + "/users", Map.of("email", "new-" + UUID.randomUUID() + "@example.test",
                        "firstName", "Nia", "lastName", "New", "invite", false), ApiScope.ADMIN_WRITE, Permission.USERS_CHANGE, false),
                new Call("POST", admin + "/users/" + target.id() + "/wallet-adjustments",
                        Map.of("amount", "1.50", "direction", "credit", "reason", "matrix"), ApiScope.ADMIN_WRITE, Permission.WALLETS_CHANGE, true),
                new Call("POST", admin + "/servers/" + server + "/suspend", Map.of("reason", "matrix"), ApiScope.ADMIN_WRITE,
                        Permission.SERVERS_CHANGE, false),
                new Call("POST", admin + "/servers/" + server + "/unsuspend", null, ApiScope.ADMIN_WRITE, Permission.SERVERS_CHANGE, false),
                new Call("PUT", admin + "/servers/" + server + "/paid-until",
                        Map.of("paidUntil", clock.instant().plus(Duration.ofDays(40)).toString()), ApiScope.ADMIN_WRITE,
                        Permission.SERVERS_CHANGE, false),
                new Call("POST", admin + "/payments/" + payment + "/received", null, ApiScope.ADMIN_WRITE, Permission.PAYMENTS_CHANGE, true),
                new Call("POST", admin + "/vouchers", Map.of("code", "M" + UUID.randomUUID().toString().substring(0, 8), "type",
                        "BALANCE_TOP_UP", "amount", "2.00"), ApiScope.ADMIN_WRITE, Permission.VOUCHERS_CHANGE, true),
                new Call("POST", admin + "/vouchers/" + voucher + "/deactivate", null, ApiScope.ADMIN_WRITE, Permission.VOUCHERS_DELETE, false),
                new Call("DELETE", admin + "/servers/" + server, null, ApiScope.ADMIN_WRITE, Permission.SERVERS_DELETE, false));
    }

    private ApiClient.Answer call(Call call, String token) {
        Map<String, String> headers = call.idempotent() ? Map.of("Idempotency-Key", UUID.randomUUID().toString()) : Map.of();
        return switch (call.method()) {
            case "GET" -> api.get(call.path(), token);
            case "PUT" -> api.put(call.path(), token, call.body());
            case "DELETE" -> api.delete(call.path(), token);
            default -> api.post(call.path(), token, call.body(), headers);
        };
    }

    @Test
    void eachTokenReachesExactlyWhatItsScopesAndStaffRoleAllow() {
        AccountView support = fixtures.staff("SUPPORT");
        AccountView accountant = fixtures.staff("ACCOUNTANT");
        AccountView administrator = fixtures.staff("ADMINISTRATOR");
        record Holder(String name, String token, Set<ApiScope> scopes, Set<Permission> permissions) {
        }
        List<Holder> holders = new ArrayList<>();
        for (ApiScope scope : List.of(ApiScope.READ, ApiScope.WRITE)) {
            holders.add(new Holder("customer " + scope, fixtures.token(alice, scope), Set.of(scope), Set.of()));
        }
        for (ApiScope scope : ApiScope.values()) {
            holders.add(new Holder("support " + scope, fixtures.token(support, scope), Set.of(scope), SUPPORT));
            holders.add(new Holder("accountant " + scope, fixtures.token(accountant, scope), Set.of(scope), ACCOUNTANT));
            holders.add(new Holder("administrator " + scope, fixtures.token(administrator, scope), Set.of(scope),
                    EnumSet.allOf(Permission.class)));
        }
        List<String> wrong = new ArrayList<>();
        for (Call call : endpoints(administrator)) {
            for (Holder holder : holders) {
                boolean staff = !holder.permissions().isEmpty();
                boolean allowed = holder.scopes().contains(call.scope())
                        && (call.permission() == null || holder.permissions().contains(call.permission()))
                        // Staff have no servers of their own: their customer-scope calls on Alice's server are 404.
                        && !(call.path().startsWith("/api/v1/servers/") && staff);
                ApiClient.Answer answer = call(call, holder.token());
                boolean reached = answer.status() != 403 && answer.status() != 404 && answer.status() != 401;
                if (reached != allowed || answer.status() >= 500) {
                    wrong.add(holder.name() + " " + call.method() + " " + call.path() + " -> " + answer.status() + " " + answer.body());
                }
            }
        }
        assertThat(wrong).as("calls answered against the scope and permission rules").isEmpty();
    }

    @Test
    void theMatrixCoversEveryEndpoint() {
        JsonNode paths = api.send("GET", "/v3/api-docs", null, null, Map.of(), false).json().get("paths");
        Set<String> documented = new java.util.TreeSet<>();
        paths.properties().forEach(path -> path.getValue().properties().forEach(method ->
                documented.add(method.getKey().toUpperCase(java.util.Locale.ROOT) + " " + path.getKey())));
        Set<String> inMatrix = new java.util.TreeSet<>();
        for (Call call : endpoints(fixtures.staff("ADMINISTRATOR"))) {
            inMatrix.add(call.method() + " " + call.path().replaceAll("/\\d+(?=/|$)", "/{id}"));
        }
        // Actions the customer tests cover on their own servers (power needs Pterodactyl, renew and orders cost money).
        inMatrix.addAll(List.of("GET /api/v1/servers/{id}/state", "POST /api/v1/servers/{id}/power", "POST /api/v1/servers/{id}/renew",
                "POST /api/v1/orders"));
        assertThat(inMatrix).containsExactlyInAnyOrderElementsOf(documented);
    }

    @Test
    void onlyTheReadersPageMayUseInlineStylesAndNothingMayUseInlineScripts() {
        String reader = api.send("GET", "/api/swagger-ui/index.html", null, null, Map.of(), false).header("Content-Security-Policy");
        assertThat(reader).contains("style-src 'self' 'unsafe-inline'").contains("script-src 'self';");
        for (String path : List.of("/v3/api-docs", "/api/swagger-ui/swagger-ui-bundle.js", "/api/swagger-ui/swagger-initializer.js")) {
            ApiClient.Answer answer = api.send("GET", path, null, null, Map.of(), false);
            assertThat(answer.status()).as(path).isEqualTo(200);
            assertThat(answer.header("Content-Security-Policy")).as(path).contains("style-src 'self';").doesNotContain("unsafe-inline");
        }
        assertThat(api.get("/api/v1/account", fixtures.token(alice, ApiScope.READ)).header("Content-Security-Policy"))
                .doesNotContain("unsafe-inline");
    }

    @Test
    void everyEndpointHasExamplesInTheOpenApiDocument() {
        JsonNode paths = api.send("GET", "/v3/api-docs", null, null, Map.of(), false).json().get("paths");
        List<String> missing = new ArrayList<>();
        paths.properties().forEach(path -> path.getValue().properties().forEach(method -> {
            String name = method.getKey() + " " + path.getKey();
            JsonNode operation = method.getValue();
            JsonNode body = operation.path("requestBody").path("content").path("application/json");
            if (!body.isMissingNode() && !body.has("example") && !body.has("examples")) {
                missing.add(name + " request body");
            }
            operation.path("responses").properties().forEach(answer -> {
                JsonNode json = answer.getValue().path("content").path("application/json");
                if (answer.getKey().startsWith("2") && !json.isMissingNode() && !json.has("example") && !json.has("examples")) {
                    missing.add(name + " " + answer.getKey());
                }
            });
            JsonNode invalid = operation.path("responses").path("400").path("content").path("application/problem+json");
            if (!invalid.has("examples")) {
                missing.add(name + " 400");
            }
        }));
        assertThat(missing).as("operations without examples").isEmpty();
    }

    @Test
    void customersCannotGiveThemselvesAdminScopes() {
        assertThatThrownBy(() -> tokens.create(alice.id(), "sneaky", Set.of(ApiScope.ADMIN_READ), null, null, "test"))
                .isInstanceOfSatisfying(Refusal.class, refused -> assertThat(refused.field()).isEqualTo("scopes"));
    }

    @Test
    void aCustomerTokenNeverSeesAnotherCustomersData() {
        String token = fixtures.token(alice, ApiScope.READ, ApiScope.WRITE);
        for (String path : List.of("/api/v1/servers/" + bobServer, "/api/v1/servers/" + bobServer + "/state")) {
            assertThat(api.get(path, token).status()).as(path).isEqualTo(404);
        }
        assertThat(api.post("/api/v1/servers/" + bobServer + "/power", token, Map.of("signal", "stop"), Map.of()).status())
                .isEqualTo(404);
        assertThat(api.put("/api/v1/servers/" + bobServer + "/auto-renew", token, Map.of("enabled", true)).status()).isEqualTo(404);
        assertThat(api.post("/api/v1/servers/" + bobServer + "/renew", token, null,
                Map.of("Idempotency-Key", UUID.randomUUID().toString())).status()).isEqualTo(404);

        assertThat(ids(api.get("/api/v1/servers?limit=100", token))).contains(aliceServer).doesNotContain(bobServer);
        List<Long> orderServers = new ArrayList<>();
        api.get("/api/v1/orders?limit=100", token).json().get("data").forEach(order -> orderServers.add(order.get("serverId").asLong()));
        assertThat(orderServers).contains(aliceServer).doesNotContain(bobServer);
        List<Long> entries = ids(api.get("/api/v1/wallet/entries?limit=100", token));
        assertThat(entries).isNotEmpty();
        assertThat(jdbc.queryForList("SELECT DISTINCT user_id FROM wallet_entry WHERE id IN ("
                + String.join(",", entries.stream().map(String::valueOf).toList()) + ")", Long.class)).containsExactly(alice.id());
        assertThat(api.get("/api/v1/account", token).json().get("email").asString()).isEqualTo(alice.email());
        // Customer tokens reach nothing of the admin area, not even whether a thing exists.
        long bobPayment = new PaymentTestAccess(context).startBankTransfer(bob.id(), "4.00");
        for (String path : List.of("/api/v1/admin/users", "/api/v1/admin/servers", "/api/v1/admin/servers?customer=" + bob.id(),
                "/api/v1/admin/servers/" + bobServer, "/api/v1/admin/products", "/api/v1/admin/payments?customer=" + bob.id(),
                "/api/v1/admin/payments/" + bobPayment, "/api/v1/admin/vouchers")) {
            ApiClient.Answer answer = api.get(path, token);
            assertThat(answer.status()).as(path).isEqualTo(403);
            assertThat(answer.body()).as(path).doesNotContain(bob.email()).doesNotContain("bob-server");
        }
        Map<String, String> key = Map.of("Idempotency-Key", UUID.randomUUID().toString());
        assertThat(api.post("/api/v1/admin/servers/" + bobServer + "/suspend", token, Map.of("reason", "x"), Map.of()).status())
                .isEqualTo(403);
        assertThat(api.delete("/api/v1/admin/servers/" + bobServer, token).status()).isEqualTo(403);
        assertThat(api.post("/api/v1/admin/payments/" + bobPayment + "/received", token, null, key).status()).isEqualTo(403);
        assertThat(fixtures.state(bobServer)).isEqualTo(io.pteroca.panel.server.ServerState.ACTIVE);
        assertThat(jdbc.queryForObject("SELECT status FROM payment WHERE id = ?", String.class, bobPayment)).isEqualTo("PENDING");
        // A cursor is a position, never a key to someone else's list: Bob's page after Alice's cursor is still Bob's.
        String bobToken = fixtures.token(bob, ApiScope.READ);
        JsonNode alicePage = api.get("/api/v1/wallet/entries?limit=1", token).json();
        if (alicePage.has("nextCursor")) {
            assertThat(ids(api.get("/api/v1/wallet/entries?cursor=" + alicePage.get("nextCursor").asString(), bobToken)))
                    .doesNotContainAnyElementsOf(entries);
        }
    }

    @Test
    void theSameIdempotencyKeyRenewsOnceAndAnswersTheSame() {
        String token = fixtures.token(alice, ApiScope.WRITE);
        String key = UUID.randomUUID().toString();
        int renewalsBefore = renewals(aliceServer);
        BigDecimal balanceBefore = balance(alice.id());

        ApiClient.Answer first = api.post("/api/v1/servers/" + aliceServer + "/renew", token, null, Map.of("Idempotency-Key", key));
        ApiClient.Answer again = api.post("/api/v1/servers/" + aliceServer + "/renew", token, null, Map.of("Idempotency-Key", key));

        assertThat(first.status()).as(first.body()).isEqualTo(200);
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json()).isEqualTo(first.json());
        assertThat(again.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(renewals(aliceServer)).as("renewal orders").isEqualTo(renewalsBefore + 1);
        assertThat(balance(alice.id())).as("one charge").isEqualByComparingTo(balanceBefore.subtract(new BigDecimal("10")));

        // The same key with another request is refused, and changes nothing.
        ApiClient.Answer reused = api.post("/api/v1/orders", token, Map.of("productId", product.id(),
                "priceId", product.prices().get(0).id(), "eggId", product.definition().eggs().get(0).eggId(), "name", "x"),
                Map.of("Idempotency-Key", key));
        assertThat(reused.status()).isEqualTo(422);
        assertThat(reused.json().get("field").asString()).isEqualTo("Idempotency-Key");
        assertThat(balance(alice.id())).isEqualByComparingTo(balanceBefore.subtract(new BigDecimal("10")));
    }

    @Test
    void theSameIdempotencyKeyBuysOneServerWithOneCharge() {
        AccountView buyer = fixtures.customer("25");
        String token = fixtures.token(buyer, ApiScope.WRITE, ApiScope.READ);
        Map<String, Object> order = Map.of("productId", product.id(), "priceId", product.prices().get(0).id(),
                "eggId", product.definition().eggs().get(0).eggId(), "name", "api-bought");
        String key = UUID.randomUUID().toString();

        ApiClient.Answer first = api.post("/api/v1/orders", token, order, Map.of("Idempotency-Key", key));
        ApiClient.Answer again = api.post("/api/v1/orders", token, order, Map.of("Idempotency-Key", key));

        assertThat(first.status()).as(first.body()).isEqualTo(201);
        assertThat(again.status()).isEqualTo(201);
        assertThat(again.json().get("id").asLong()).isEqualTo(first.json().get("id").asLong());
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM server_order WHERE user_id = ?", Integer.class, buyer.id()))
                .as("orders").isEqualTo(1);
        assertThat(balance(buyer.id())).as("one charge").isEqualByComparingTo("15");
        assertThat(ids(api.get("/api/v1/servers", token))).containsExactly(first.json().get("id").asLong());
        assertThat(api.post("/api/v1/orders", token, order, Map.of()).status()).as("no key").isEqualTo(400);
    }

    @Test
    void anAdminWalletAdjustmentIsAppliedOnceAndAudited() {
        AccountView accountant = fixtures.staff("ACCOUNTANT");
        AccountView customer = fixtures.customer("0");
        ApiTokens.Issued ledgerBot = fixtures.token(accountant, "ledger-bot", ApiScope.ADMIN_WRITE);
        String token = ledgerBot.token();
        String key = UUID.randomUUID().toString();
        Map<String, String> credit = Map.of("amount", "7.25", "direction", "credit", "reason", "Goodwill");
        String path = "/api/v1/admin/users/" + customer.id() + "/wallet-adjustments";

        assertThat(api.post(path, token, credit, Map.of("Idempotency-Key", key)).status()).isEqualTo(201);
        assertThat(api.post(path, token, credit, Map.of("Idempotency-Key", key)).status()).isEqualTo(201);

        assertThat(balance(customer.id())).isEqualByComparingTo("7.25");
        assertThat(jdbc.queryForList("SELECT details FROM audit_log WHERE action = 'admin_credited_wallet' AND subject_id = ?",
                String.class, customer.id())).singleElement().satisfies(details -> assertThat(details).contains("Goodwill")
                .endsWith(" (via API token " + ledgerBot.id() + " \"ledger-bot\")").doesNotContain(token));
        ApiClient.Answer tooMuch = api.post(path, token, Map.of("amount", "8", "direction", "debit", "reason", "x"),
                Map.of("Idempotency-Key", UUID.randomUUID().toString()));
        assertThat(tooMuch.status()).isEqualTo(400);
        assertThat(balance(customer.id())).isEqualByComparingTo("7.25");
        ApiClient.Answer noAmount = api.post(path, token, Map.of("amount", "-3", "direction", "credit", "reason", "x"),
                Map.of("Idempotency-Key", UUID.randomUUID().toString()));
        assertThat(noAmount.json().get("field").asString()).isEqualTo("amount");
    }

    @Test
    void aTokenOverItsBudgetIsToldWhenToComeBack() {
        String token = fixtures.token(alice, ApiScope.READ);
        ApiClient.Answer counted = api.get("/api/v1/wallet", token);
        assertThat(counted.status()).isEqualTo(200);
        assertThat(counted.header("RateLimit-Limit")).isEqualTo("120");
        assertThat(counted.header("RateLimit-Remaining")).isEqualTo("119");
        assertThat(counted.header("RateLimit-Reset")).isNotNull();

        long tokenId = tokens.of(alice.id()).get(0).id();
        jdbc.update("UPDATE rate_limit_window SET hits = 120 WHERE bucket_key = ?", ApiBearerFilter.budgetKey(tokenId));
        ApiClient.Answer limited = api.get("/api/v1/wallet", token);

        assertThat(limited.status()).isEqualTo(429);
        assertThat(limited.header("Content-Type")).startsWith("application/problem+json");
        assertThat(Long.parseLong(limited.header("Retry-After"))).isBetween(1L, 60L);
        assertThat(limited.header("RateLimit-Remaining")).isEqualTo("0");
        // Another token of the same account has its own budget.
        assertThat(api.get("/api/v1/wallet", fixtures.token(alice, ApiScope.READ)).status()).isEqualTo(200);
        clock.advance(Duration.ofMinutes(1));
        assertThat(api.get("/api/v1/wallet", token).status()).as("a new window").isEqualTo(200);
    }

    @Test
    void badInputIsAProblemThatNamesTheField() {
        String token = fixtures.token(alice, ApiScope.READ, ApiScope.WRITE);
        ApiClient.Answer unknownSignal = api.post("/api/v1/servers/" + aliceServer + "/power", token, Map.of("signal", "explode"), Map.of());
        assertThat(unknownSignal.status()).isEqualTo(400);
        assertThat(unknownSignal.json().get("field").asString()).isEqualTo("signal");
        ApiClient.Answer notJson = api.post("/api/v1/servers/" + aliceServer + "/power", token, "{\"signal\": ", Map.of());
        assertThat(notJson.status()).isEqualTo(400);
        assertThat(notJson.body()).doesNotContain("Exception").doesNotContain("at io.");
        assertThat(api.get("/api/v1/servers?limit=0", token).json().get("field").asString()).isEqualTo("limit");
        assertThat(api.get("/api/v1/servers?cursor=bm90LW91cnM", token).json().get("field").asString()).isEqualTo("cursor");
        assertThat(api.get("/api/v1/servers?state=NOPE", token).json().get("field").asString()).isEqualTo("state");
        assertThat(api.get("/api/v1/servers/abc", token).json().get("field").asString()).isEqualTo("id");
    }

    @Test
    void withoutAValidTokenTheAnswerIs401WithoutARedirect() {
        assertThat(api.get("/api/v1/account", null).status()).isEqualTo(401);
        assertThat(api.get("/api/v1/account", "ptca_not-a-token").status()).isEqualTo(401);
        ApiTokens.Issued issued = tokens.create(alice.id(), "short-lived", Set.of(ApiScope.READ),
                clock.instant().plus(Duration.ofHours(1)), null, "test");
        assertThat(api.get("/api/v1/account", issued.token()).status()).isEqualTo(200);
        clock.advance(Duration.ofHours(2));
        assertThat(api.get("/api/v1/account", issued.token()).status()).as("expired").isEqualTo(401);
        String revoked = fixtures.token(alice, ApiScope.READ);
        tokens.revoke(alice.id(), tokens.of(alice.id()).get(0).id(), null);
        assertThat(api.get("/api/v1/account", revoked).status()).as("revoked").isEqualTo(401);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_log WHERE action = 'api_token_revoked' AND actor_id = ?",
                Integer.class, alice.id())).isGreaterThanOrEqualTo(1);
        assertThat(jdbc.queryForList("SELECT token_hash FROM api_token WHERE user_id = ?", String.class, alice.id()))
                .as("stored as hashes only").allSatisfy(hash -> assertThat(hash).hasSize(64).doesNotStartWith("ptca_"));
    }

    @Test
    void listsArePagedWithAnOpaqueCursor() {
        String token = fixtures.token(alice, ApiScope.READ);
        List<Long> seen = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            JsonNode page = api.get("/api/v1/wallet/entries?limit=1" + (cursor == null ? "" : "&cursor=" + cursor), token).json();
            page.get("data").forEach(entry -> seen.add(entry.get("id").asLong()));
            cursor = page.has("nextCursor") ? page.get("nextCursor").asString() : null;
            pages++;
        } while (cursor != null && pages < 50);
        List<Long> all = ids(api.get("/api/v1/wallet/entries?limit=100", token));
        assertThat(all).hasSizeGreaterThan(1);
        assertThat(seen).containsExactlyElementsOf(all);
    }

    @Test
    void theAccountPageMakesATokenShownOnceAndRevokesIt() {
        var web = browser();
        web.signIn(alice.email(), ApiFixtures.PASSWORD);
        var page = web.get("/account/api-tokens");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).as("no admin scopes for customers").doesNotContain("admin:read");
        var made = web.postAll("/account/api-tokens", List.of(Map.entry("name", "my bot"), Map.entry("scopes", "read")));
        java.util.regex.Matcher shown = java.util.regex.Pattern.compile("ptca_[A-Za-z0-9_-]{40,}").matcher(made.body());
        assertThat(shown.find()).as("the token on the page").isTrue();
        String token = shown.group();
        assertThat(api.get("/api/v1/account", token).status()).isEqualTo(200);
        assertThat(web.get("/account/api-tokens").body()).as("shown once").doesNotContain(token);
        long id = tokens.of(alice.id()).stream().filter(t -> t.name().equals("my bot")).findFirst().orElseThrow().id();
        web.post("/account/api-tokens/" + id + "/revoke", Map.of());
        assertThat(api.get("/api/v1/account", token).status()).isEqualTo(401);
        var refused = web.postAll("/account/api-tokens", List.of(Map.entry("name", "admin?"), Map.entry("scopes", "admin:write")));
        assertThat(refused.status()).isEqualTo(200);
        assertThat(java.util.regex.Pattern.compile("ptca_[A-Za-z0-9_-]{40,}").matcher(refused.body()).find())
                .as("no token made").isFalse();
    }

    private static List<Long> ids(ApiClient.Answer answer) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        List<Long> ids = new ArrayList<>();
        answer.json().get("data").forEach(item -> ids.add(item.get("id").asLong()));
        return ids;
    }

    private int renewals(long serverId) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM server_order WHERE server_id = ? AND kind = 'RENEWAL'", Integer.class, serverId);
    }

    private BigDecimal balance(long userId) {
        return jdbc.queryForObject("SELECT balance FROM wallet WHERE user_id = ?", BigDecimal.class, userId);
    }
}
