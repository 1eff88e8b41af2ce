package io.pteroca.panel;

import static io.pteroca.panel.support.TestMoney.usd;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pteroca.panel.account.AccountTestAccess;
import io.pteroca.panel.account.AccountView;
import io.pteroca.panel.account.Accounts;
import io.pteroca.panel.account.Role;
import io.pteroca.panel.audit.AuditEvent;
import io.pteroca.panel.audit.AuditTestAccess;
import io.pteroca.panel.federation.FederationTestAccess;
import io.pteroca.panel.support.EnumColumns;
import io.pteroca.panel.support.Race;
import io.pteroca.panel.mail.MailSettings;
import io.pteroca.panel.mail.MailTestAccess;
import io.pteroca.panel.setting.Settings;
import io.pteroca.panel.shared.RateLimitExceededException;
import io.pteroca.panel.shared.RateLimiter;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;

/**
 * What must hold on every supported database: the migrations, the repositories and their queries, and the
 * rules that concurrent requests must not break. Run by one test class per engine.
 */
interface PersistenceContract {

    ApplicationContext context();

    private static String email(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.test";
    }

    /** A second panel instance on the same database, as a cluster would run it. */
    private org.springframework.context.ConfigurableApplicationContext secondInstance() {
        org.springframework.core.env.Environment environment = context().getEnvironment();
        // Command-line arguments, so they win over application.yml (builder properties would not).
        return new org.springframework.boot.builder.SpringApplicationBuilder(PanelApplication.class).run(
                "--server.port=0",
                "--spring.datasource.url=" + environment.getProperty("spring.datasource.url"),
                "--spring.datasource.username=" + environment.getProperty("spring.datasource.username"),
                "--spring.datasource.password=" + environment.getProperty("spring.datasource.password", ""),
                "--pteroca.encryption.key-file=" + environment.getProperty("pteroca.encryption.key-file"),
                "--spring.flyway.enabled=false");
    }

    @Test
    default void migrationsAreAppliedAndValid() {
        Flyway flyway = context().getBean(Flyway.class);
        assertThat(flyway.info().pending()).isEmpty();
        assertThat(flyway.info().applied()).isNotEmpty().allMatch(m -> m.getState().isApplied());
        flyway.validate();
    }

    @Test
    default void everyEnumColumnHoldsTheLongestNameOfItsEnum() {
        assertThat(EnumColumns.tooNarrow(context())).isEmpty();
    }

    @Test
    default void aProviderIdentityOpensOneAccountAndUnlinkingLocksOnEveryEngine() {
        Accounts accounts = context().getBean(Accounts.class);
        FederationTestAccess federation = new FederationTestAccess(context());
        JdbcTemplate jdbc = context().getBean(JdbcTemplate.class);
        AccountView owner = accounts.createVerified(email("linked"), "Lin", "Ked", "linked owner secret", Role.USER, "test");
        AccountView other = accounts.createVerified(email("other"), "Oth", "Er", "other owner secret", Role.USER, "test");
        String subject = UUID.randomUUID().toString();
        federation.linkOpenIdConnect(owner.id(), subject, owner.email());
        assertThatThrownBy(() -> federation.linkOpenIdConnect(other.id(), subject, other.email()))
                .hasMessage("signInMethods.linkedElsewhere");
        assertThatThrownBy(() -> jdbc.update("INSERT INTO linked_identity (provider, subject, user_id, created_at) "
                + "VALUES ('OIDC', ?, ?, CURRENT_TIMESTAMP)", subject, other.id()))
                .isInstanceOf(org.springframework.dao.DataIntegrityViolationException.class);
        assertThat(jdbc.queryForObject("SELECT password_set FROM users WHERE id = ?", Boolean.class, owner.id())).isTrue();
        federation.unlinkAll(owner.id());
        assertThat(federation.linkedTo(owner.id())).isZero();
    }

    @Test
    default void emailsAreUniqueButDeletedAccountsFreeTheirAddress() {
        Accounts accounts = context().getBean(Accounts.class);
        AccountTestAccess access = new AccountTestAccess(context());
        String email = email("unique");
        AccountView first = accounts.createVerified(email, "First", "Owner", "first owner secret", Role.USER, "test");
        assertThatThrownBy(() -> accounts.createVerified(email, "Second", "Owner", "second owner secret", Role.USER, "test"))
                .hasMessage("register.emailTaken");
        access.softDelete(first.id());
        AccountView other = accounts.createVerified(email("other"), "Other", "Deleted", "other owner secret", Role.USER, "test");
        access.softDelete(other.id());
        AccountView second = accounts.createVerified(email, "Second", "Owner", "second owner secret", Role.USER, "test");
        assertThat(second.id()).isNotEqualTo(first.id());
        assertThat(accounts.find(first.id()).orElseThrow().deleted()).isTrue();
        assertThat(access.searchCount(email.substring(0, 15))).isEqualTo(2);
    }

    @Test
    default void parallelRegistrationsOfOneAddressCreateOneAccount() throws InterruptedException {
        AccountTestAccess access = new AccountTestAccess(context());
        String email = email("race");
        List<Object> outcomes = Race.of(6, () -> access.register(email));
        assertThat(outcomes).filteredOn(o -> o instanceof AccountView).hasSize(1);
        assertThat(context().getBean(JdbcTemplate.class)
                .queryForObject("select count(*) from users where email = ?", Integer.class, email)).isEqualTo(1);
    }

    @Test
    default void aResetTokenUsedInParallelWorksExactlyOnce() throws InterruptedException {
        Accounts accounts = context().getBean(Accounts.class);
        AccountTestAccess access = new AccountTestAccess(context());
        AccountView account = accounts.createVerified(email("reset"), "Rita", "Reset", "reset owner secret", Role.USER, "test");
        String token = access.issueResetToken(account.id());
        assertThat(access.tokenStoredHashed(token)).isTrue();
        List<Object> outcomes = Race.of(6, () -> access.completeReset(token, "parallel new secret"));
        assertThat(outcomes).filteredOn(Boolean.TRUE::equals).hasSize(1);
    }

    @Test
    default void theRateLimitHoldsUnderParallelAttempts() throws InterruptedException {
        RateLimiter limiter = context().getBean(RateLimiter.class);
        String key = "test:" + UUID.randomUUID();
        List<Object> outcomes = Race.of(12, () -> {
            limiter.acquire(key, 5, Duration.ofMinutes(10));
            return "allowed";
        });
        assertThat(outcomes).filteredOn("allowed"::equals).hasSize(5);
        assertThat(outcomes).filteredOn(o -> o instanceof RateLimitExceededException).hasSize(7);
    }

    /** A successful sign-in resets its key while other attempts on it are being counted; none of them may fail. */
    @Test
    default void attemptsCountedWhileTheKeyIsResetNeverFail() throws InterruptedException {
        RateLimiter limiter = context().getBean(RateLimiter.class);
        for (int round = 0; round < 20; round++) {
            String key = "test:reset:" + UUID.randomUUID();
            java.util.concurrent.atomic.AtomicInteger turn = new java.util.concurrent.atomic.AtomicInteger();
            List<Object> outcomes = Race.of(8, () -> {
                if (turn.getAndIncrement() % 2 == 0) {
                    limiter.reset(key);
                } else {
                    limiter.acquire(key, 1_000, Duration.ofMinutes(10));
                }
                return "done";
            });
            assertThat(outcomes).as("round " + round).containsOnly("done");
        }
    }

    @Test
    default void secretsAreStoredEncrypted() {
        Settings settings = context().getBean(Settings.class);
        settings.set(MailSettings.PASSWORD, "matrix-smtp-secret");
        String stored = context().getBean(JdbcTemplate.class)
                .queryForObject("select setting_value from setting where setting_key = ?", String.class, MailSettings.PASSWORD.key());
        assertThat(stored).startsWith("v1:").doesNotContain("matrix-smtp-secret");
        settings.invalidate();
        assertThat(settings.get(MailSettings.PASSWORD)).isEqualTo("matrix-smtp-secret");
    }

    @Test
    default void logSearchesWorkWithAndWithoutFilters() {
        String email = email("audited");
        context().publishEvent(AuditEvent.bySelf("matrix_check", 1L, email, "127.0.0.1"));
        Instant now = Instant.now();
        assertThat(AuditTestAccess.search(context(), null, null, null, null)).isPositive();
        assertThat(AuditTestAccess.search(context(), "matrix_check", "%" + email + "%", now.minusSeconds(3600),
                now.plusSeconds(3600))).isEqualTo(1);
        assertThat(MailTestAccess.failedTo(context(), null)).isNotNegative();
        assertThat(MailTestAccess.failedTo(context(), "%nobody-at-all%")).isZero();
    }

    @Test
    default void aLogIsPagedNewestFirstWithItsTotal() {
        String email = email("paged");
        for (String action : List.of("matrix_first", "matrix_second", "matrix_third")) {
            context().publishEvent(AuditEvent.bySelf(action, 1L, email, "127.0.0.1"));
        }
        assertThat(AuditTestAccess.actionsOnPage(context(), "%" + email + "%", 0, 2))
                .containsExactly("matrix_third", "matrix_second");
        assertThat(AuditTestAccess.actionsOnPage(context(), "%" + email + "%", 1, 2)).containsExactly("matrix_first");
        assertThat(AuditTestAccess.search(context(), null, "%" + email + "%", null, null)).isEqualTo(3);
    }

    @Test
    default void twoHundredParallelWalletChangesKeepTheLedgerAndTheBalanceEqualAndNeverNegative() throws InterruptedException {
        io.pteroca.panel.wallet.Wallets wallets = context().getBean(io.pteroca.panel.wallet.Wallets.class);
        long userId = context().getBean(Accounts.class).createVerified(email("wallet"), "Wal", "Let", "wallet owner secret",
                Role.USER, "test").id();
        wallets.credit(userId, usd("10.0000"), io.pteroca.panel.wallet.WalletReason.ADMIN_CREDIT,
                io.pteroca.panel.wallet.WalletReference.none(), "start", null);
        java.util.concurrent.atomic.AtomicInteger next = new java.util.concurrent.atomic.AtomicInteger();
        List<Object> outcomes = Race.of(200, () -> {
            int i = next.getAndIncrement();
            io.pteroca.panel.shared.Money amount = usd(i % 3 == 0 ? "0.0041" : i % 3 == 1 ? "1.99" : "0.10");
            return i % 2 == 0
                    ? wallets.credit(userId, amount, io.pteroca.panel.wallet.WalletReason.ADMIN_CREDIT,
                            io.pteroca.panel.wallet.WalletReference.none(), "parallel", null)
                    : wallets.debit(userId, amount.plus(usd("0.20")),
                            io.pteroca.panel.wallet.WalletReason.ADMIN_DEBIT, io.pteroca.panel.wallet.WalletReference.none(),
                            "parallel", null);
        });
        assertThat(outcomes).allMatch(o -> o instanceof io.pteroca.panel.wallet.WalletEntryView
                || o instanceof io.pteroca.panel.wallet.InsufficientBalanceException);
        java.math.BigDecimal expected = new java.math.BigDecimal("10.0000");
        for (Object o : outcomes) {
            if (o instanceof io.pteroca.panel.wallet.WalletEntryView entry) {
                expected = expected.add(entry.amount().amount());
            }
        }
        java.math.BigDecimal balance = wallets.balance(userId).amount();
        assertThat(balance).isEqualByComparingTo(expected).isEqualByComparingTo(wallets.ledgerSum(userId).amount());
        assertThat(balance.signum()).isNotNegative();
        assertThat(context().getBean(JdbcTemplate.class).queryForObject(
                "select count(*) from wallet_entry where user_id = ? and balance_after < 0", Integer.class, userId)).isZero();
    }

    @Test
    default void aReferencedCreditHappensOnceHoweverOftenItIsAskedFor() throws InterruptedException {
        io.pteroca.panel.wallet.Wallets wallets = context().getBean(io.pteroca.panel.wallet.Wallets.class);
        long userId = context().getBean(Accounts.class).createVerified(email("once"), "On", "Ce", "credit once secret",
                Role.USER, "test").id();
        io.pteroca.panel.wallet.WalletReference payment = io.pteroca.panel.wallet.WalletReference.of("payment",
                UUID.randomUUID());
        Race.of(8, () -> wallets.credit(userId, usd("19.99"), io.pteroca.panel.wallet.WalletReason.TOP_UP,
                payment, null, null));
        assertThat(wallets.balance(userId).amount()).isEqualByComparingTo("19.99");
        assertThat(wallets.ledgerSum(userId).amount()).isEqualByComparingTo("19.99");
    }

    @Test
    default void aPaymentConfirmedManyTimesAtOnceCreditsOnce() throws InterruptedException {
        io.pteroca.panel.payment.PaymentTestAccess payments = new io.pteroca.panel.payment.PaymentTestAccess(context());
        long userId = context().getBean(Accounts.class).createVerified(email("payer"), "Pay", "Er", "paying owner secret",
                Role.USER, "test").id();
        long paymentId = payments.startBankTransfer(userId, "19.99");
        List<Object> outcomes = Race.of(8, () -> payments.confirm(paymentId));
        assertThat(outcomes).filteredOn(Boolean.TRUE::equals).hasSize(1);
        assertThat(outcomes).filteredOn(Boolean.FALSE::equals).hasSize(7);
        io.pteroca.panel.wallet.Wallets wallets = context().getBean(io.pteroca.panel.wallet.Wallets.class);
        assertThat(wallets.balance(userId).amount()).isEqualByComparingTo("19.99");
        assertThat(wallets.ledgerSum(userId).amount()).isEqualByComparingTo("19.99");
    }

    /**
     * Fifty payments confirmed at once, half on a second panel instance: each gets one invoice, and the invoice
     * numbers of the year are consecutive from 1, without a gap or a duplicate.
     */
    @Test
    default void fiftyParallelPaymentsOnTwoInstancesGetFiftyConsecutiveInvoiceNumbers() throws InterruptedException {
        try (var second = secondInstance()) {
            io.pteroca.panel.payment.PaymentTestAccess payments = new io.pteroca.panel.payment.PaymentTestAccess(context());
            io.pteroca.panel.payment.PaymentTestAccess otherPayments = new io.pteroca.panel.payment.PaymentTestAccess(second);
            long userId = context().getBean(Accounts.class).createVerified(email("invoiced"), "Iwona", "Łukasik",
                    "invoiced owner secret", Role.USER, "test").id();
            List<Long> paymentIds = new ArrayList<>();
            for (int i = 0; i < 50; i++) {
                paymentIds.add(payments.startBankTransfer(userId, "10.00"));
            }
            java.util.concurrent.atomic.AtomicInteger next = new java.util.concurrent.atomic.AtomicInteger();
            List<Object> outcomes = Race.of(50, () -> {
                int index = next.getAndIncrement();
                return (index % 2 == 0 ? payments : otherPayments).confirm(paymentIds.get(index));
            });
            assertThat(outcomes).containsOnly(true);
            new io.pteroca.panel.invoice.InvoiceTestAccess(context()).issueDue();
            new io.pteroca.panel.invoice.InvoiceTestAccess(second).issueDue();

            io.pteroca.panel.invoice.InvoiceTestAccess invoices = new io.pteroca.panel.invoice.InvoiceTestAccess(context());
            for (long paymentId : paymentIds) {
                assertThat(invoices.issuedFor("INVOICE", "payment", paymentId)).as("invoices of payment " + paymentId).isEqualTo(1);
            }
            int year = java.time.Instant.now().atZone(java.time.ZoneOffset.UTC).getYear();
            List<Long> numbers = invoices.sequence("INVOICE", year);
            assertThat(numbers).hasSizeGreaterThanOrEqualTo(50);
            assertThat(numbers).as("1..n without gaps or duplicates")
                    .isEqualTo(java.util.stream.LongStream.rangeClosed(1, numbers.size()).boxed().toList());
        }
    }

    /**
     * More money operations at once than the pool has connections, by buyers whose wallets do not exist yet: two
     * payments confirmed (each with its receipt queued and its invoice due) and a voucher redeemed by every buyer. An
     * operation that held its connection while waiting for a second one (its wallet created in a transaction of its
     * own) would, with enough of them at once, take every connection and wait for the others until the pool gives up.
     */
    @Test
    default void moreMoneyOperationsAtOnceThanThePoolHasConnectionsAllSucceed() throws Exception {
        int connections = context().getBean(javax.sql.DataSource.class).unwrap(com.zaxxer.hikari.HikariDataSource.class)
                .getMaximumPoolSize();
        io.pteroca.panel.payment.PaymentTestAccess payments = new io.pteroca.panel.payment.PaymentTestAccess(context());
        io.pteroca.panel.voucher.VoucherTestAccess vouchers = new io.pteroca.panel.voucher.VoucherTestAccess(context());
        io.pteroca.panel.wallet.Wallets wallets = context().getBean(io.pteroca.panel.wallet.Wallets.class);
        JdbcTemplate jdbc = context().getBean(JdbcTemplate.class);
        Accounts accounts = context().getBean(Accounts.class);
        String code = "POOL" + UUID.randomUUID().toString().substring(0, 8);
        vouchers.create(code, "2", null);
        List<Long> buyers = new ArrayList<>();
        List<java.util.concurrent.Callable<Boolean>> operations = new ArrayList<>();
        List<Long> paymentIds = new ArrayList<>();
        for (int i = 0; i < connections; i++) {
            long buyer = accounts.createVerified(email("pool"), "Po", "Ol", "pool buyer secret", Role.USER, "test").id();
            buyers.add(buyer);
            for (int payment = 0; payment < 2; payment++) {
                long paymentId = payments.startBankTransfer(buyer, "10.00");
                paymentIds.add(paymentId);
                operations.add(() -> payments.confirm(paymentId));
            }
            operations.add(() -> vouchers.redeem(buyer, code));
        }
        assertThat(operations).hasSizeGreaterThan(2 * connections);
        for (long buyer : buyers) {
            jdbc.update("DELETE FROM wallet WHERE user_id = ? AND NOT EXISTS (SELECT 1 FROM wallet_entry e WHERE e.user_id = ?)",
                    buyer, buyer);
            assertThat(jdbc.queryForObject("select count(*) from wallet where user_id = ?", Integer.class, buyer))
                    .as("no wallet yet").isZero();
        }

        java.util.concurrent.atomic.AtomicInteger next = new java.util.concurrent.atomic.AtomicInteger();
        List<Object> outcomes = Race.of(operations.size(), () -> operations.get(next.getAndIncrement()).call());

        assertThat(outcomes).as(outcomes.toString()).containsOnly(true);
        new io.pteroca.panel.invoice.InvoiceTestAccess(context()).issueDue();
        io.pteroca.panel.invoice.InvoiceTestAccess invoices = new io.pteroca.panel.invoice.InvoiceTestAccess(context());
        for (long paymentId : paymentIds) {
            assertThat(invoices.issuedFor("INVOICE", "payment", paymentId)).as("invoices of payment " + paymentId).isEqualTo(1);
            assertThat(jdbc.queryForObject("select count(*) from wallet_entry where reference_type = 'payment' and reference_id = ?",
                    Integer.class, Long.toString(paymentId))).as("credits of payment " + paymentId).isEqualTo(1);
        }
        for (long buyer : buyers) {
            assertThat(wallets.balance(buyer).amount()).as("balance of " + buyer).isEqualByComparingTo("22.00")
                    .isEqualByComparingTo(wallets.ledgerSum(buyer).amount());
            assertThat(jdbc.queryForObject("select count(*) from wallet_entry where user_id = ?", Integer.class, buyer))
                    .as("entries of " + buyer).isEqualTo(3);
            assertThat(jdbc.queryForObject("select count(*) from email_log where user_id = ? and mail_type = 'PAYMENT_RECEIPT'",
                    Integer.class, buyer)).as("receipts of " + buyer).isEqualTo(2);
        }
    }

    @Test
    default void aOneUseVoucherRedeemedInParallelCreditsOnce() throws InterruptedException {
        io.pteroca.panel.voucher.VoucherTestAccess vouchers = new io.pteroca.panel.voucher.VoucherTestAccess(context());
        String code = "ONCE" + UUID.randomUUID().toString().substring(0, 8);
        vouchers.create(code, "5", 1);
        Accounts accounts = context().getBean(Accounts.class);
        List<Long> users = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            users.add(accounts.createVerified(email("redeemer"), "Re", "Deemer", "redeeming secret", Role.USER, "test").id());
        }
        java.util.concurrent.atomic.AtomicInteger next = new java.util.concurrent.atomic.AtomicInteger();
        List<Object> outcomes = Race.of(6, () -> vouchers.redeem(users.get(next.getAndIncrement()), code));
        assertThat(outcomes).filteredOn(Boolean.TRUE::equals).hasSize(1);

        String perAccount = "EACH" + UUID.randomUUID().toString().substring(0, 8);
        vouchers.create(perAccount, "2", null);
        List<Object> sameUser = Race.of(6, () -> vouchers.redeem(users.get(0), perAccount));
        assertThat(sameUser).filteredOn(Boolean.TRUE::equals).hasSize(1);
    }

    /** The unique indexes give a trial once per product to an account and to a Pterodactyl user, however many ask at once. */
    @Test
    default void parallelTrialOrdersOfOneCustomerRecordOneTrial() throws InterruptedException {
        long productId = new io.pteroca.panel.catalog.CatalogTestAccess(context())
                .create(io.pteroca.panel.catalog.CatalogTestAccess.everything("Trial " + UUID.randomUUID())).id();
        Accounts accounts = context().getBean(Accounts.class);
        long customer = accounts.createVerified(email("trial"), "Tri", "Al", "trial secret", Role.USER, "test").id();
        long samePerson = accounts.createVerified(email("trial-again"), "Tri", "Al", "trial secret", Role.USER, "test").id();
        long pterodactylUser = 1_000_000L + Math.abs(UUID.randomUUID().getMostSignificantBits() % 1_000_000_000L);
        linkToPterodactylUser(customer, pterodactylUser);
        java.util.concurrent.atomic.AtomicLong server = new java.util.concurrent.atomic.AtomicLong();

        List<Object> outcomes = Race.of(6, () -> io.pteroca.panel.order.OrderTestAccess.claimTrial(context(), productId, customer,
                server.incrementAndGet()));

        assertThat(outcomes).as(outcomes.toString()).filteredOn(Boolean.TRUE::equals).hasSize(1);
        assertThat(outcomes).filteredOn(outcome -> !Boolean.TRUE.equals(outcome)).allSatisfy(outcome -> assertThat(outcome)
                .isInstanceOfSatisfying(io.pteroca.panel.shared.Refusal.class,
                        refused -> assertThat(refused.messageKey()).isEqualTo("order.trialUsed")));
        context().getBean(JdbcTemplate.class).update("UPDATE pterodactyl_account SET pterodactyl_user_id = ? WHERE user_id = ?",
                -pterodactylUser, customer);
        linkToPterodactylUser(samePerson, pterodactylUser);
        assertThatThrownBy(() -> io.pteroca.panel.order.OrderTestAccess.claimTrial(context(), productId, samePerson, 99))
                .isInstanceOf(io.pteroca.panel.shared.Refusal.class).hasMessage("order.trialUsed");
    }

    private void linkToPterodactylUser(long accountId, long pterodactylUserId) {
        JdbcTemplate jdbc = context().getBean(JdbcTemplate.class);
        java.sql.Timestamp now = java.sql.Timestamp.from(Instant.now());
        if (jdbc.update("UPDATE pterodactyl_account SET status = 'LINKED', pterodactyl_user_id = ?, version = version + 1 "
                + "WHERE user_id = ?", pterodactylUserId, accountId) == 0) {
            jdbc.update("INSERT INTO pterodactyl_account (user_id, status, pterodactyl_user_id, root_admin, attempts, next_attempt_at, "
                    + "created_at, updated_at, version) VALUES (?, 'LINKED', ?, FALSE, 0, ?, ?, ?, 0)", accountId, pterodactylUserId,
                    now, now, now);
        }
    }

    @Test
    default void productsKeepEveryFieldAndRetireChangedPrices() {
        io.pteroca.panel.catalog.CatalogTestAccess catalog = new io.pteroca.panel.catalog.CatalogTestAccess(context());
        var definition = io.pteroca.panel.catalog.CatalogTestAccess.everything("Contract " + UUID.randomUUID());
        var created = catalog.create(definition);
        assertThat(catalog.read(created.id()).definition()).isEqualTo(definition);

        var cheaper = new io.pteroca.panel.catalog.ProductDefinition(definition.categoryId(), definition.name(),
                definition.shortDescription(), definition.description(), definition.active(), definition.sortOrder(),
                definition.resources(), definition.featureLimits(), definition.nodeIds(), definition.locationIds(),
                definition.nestId(), definition.eggs().subList(0, 1), definition.allowEggChange(), definition.allowAutoRenew(),
                definition.setupFee(), definition.stock(), definition.perCustomerLimit(), definition.prices().subList(1, 3));
        catalog.update(created.id(), created.version(), cheaper);
        var read = catalog.read(created.id());
        assertThat(read.definition()).isEqualTo(cheaper);
        assertThat(read.prices().get(0).id()).as("unchanged prices keep their row").isEqualTo(created.prices().get(1).id());
        assertThat(context().getBean(JdbcTemplate.class).queryForObject(
                "select count(*) from catalog_price where product_id = ? and deleted_at is not null", Integer.class, created.id()))
                .isEqualTo(1);

        // Upgrade paths to other products (their own table, keyed by both products).
        var target = catalog.create(io.pteroca.panel.catalog.CatalogTestAccess.everything("Target " + UUID.randomUUID()));
        catalog.upgradePaths(created.id(), java.util.Set.of(target.id()));
        assertThat(context().getBean(io.pteroca.panel.catalog.Catalog.class).upgradePaths(created.id()))
                .containsExactly(target.id());
        assertThat(catalog.read(created.id()).definition()).as("a path is not part of the definition").isEqualTo(cheaper);

        // A list of products loads each collection of all of them in one query (batch fetching), in each engine's form.
        var listed = context().getBean(io.pteroca.panel.catalog.Catalog.class).allProducts().stream()
                .filter(product -> product.id() == created.id() || product.id() == target.id())
                .collect(java.util.stream.Collectors.toMap(io.pteroca.panel.catalog.ProductView::id,
                        io.pteroca.panel.catalog.ProductView::definition));
        assertThat(listed).containsEntry(created.id(), cheaper).containsEntry(target.id(), catalog.read(target.id()).definition());
    }

    /** The console's permission check is plain SQL (a join and a state list): every engine must run it. */
    @Test
    default void theConsolePermissionQueryRunsOnEveryEngine() {
        long accountId = context().getBean(Accounts.class).createVerified(email("console"), "Con", "Sole", "console owner secret",
                io.pteroca.panel.account.Role.USER, "test").id();
        assertThat(new io.pteroca.panel.server.ServerWorkTestAccess(context()).permitsNow(Long.MAX_VALUE, accountId, "control.console"))
                .as("no such server").isFalse();
    }

    @Test
    default void webhookDeliveriesAreClaimedOnceAndListedOnEveryEngine() throws InterruptedException {
        io.pteroca.panel.webhook.WebhookTestAccess.deliveriesAreClaimedOnceAndListed(context());
    }

    /** Two panel instances on one database: each job tick runs on one of them only. */
    @Test
    default void twoInstancesRunEachJobTickOnce() throws InterruptedException {
        try (var second = secondInstance()) {
            var first = new io.pteroca.panel.server.ServerWorkTestAccess(context());
            var other = new io.pteroca.panel.server.ServerWorkTestAccess(second);
            long workBefore = first.workTicks() + other.workTicks();
            long lifecycleBefore = first.lifecycleTicks() + other.lifecycleTicks();
            Race.of(2, () -> {
                first.tickJobs();
                return true;
            });
            Race.of(2, () -> {
                other.tickJobs();
                return true;
            });
            assertThat(first.workTicks() + other.workTicks() - workBefore).as("server work ran once").isEqualTo(1);
            assertThat(first.lifecycleTicks() + other.lifecycleTicks() - lifecycleBefore).as("lifecycle ran once").isEqualTo(1);
        }
    }

    @Test
    default void imagesKeepTheirBytes() {
        byte[] png = new byte[5000];
        System.arraycopy(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A}, 0, png, 0, 8);
        png[4999] = 42;
        String path = context().getBean(io.pteroca.panel.media.Images.class)
                .store("test", new org.springframework.mock.web.MockMultipartFile("file", "x.png", "image/png", png));
        long id = Long.parseLong(path.substring("/media/".length()));
        byte[] stored = context().getBean(JdbcTemplate.class)
                .queryForObject("select content from stored_image where id = ?", byte[].class, id);
        assertThat(stored).isEqualTo(png);
    }

    @Test
    default void sessionsAreStoredInTheDatabase() {
        @SuppressWarnings("unchecked")
        SessionRepository<Session> sessions = (SessionRepository<Session>) (SessionRepository<?>)
                context().getBean(JdbcIndexedSessionRepository.class);
        Session session = sessions.createSession();
        session.setAttribute("greeting", "hello ".repeat(100));
        sessions.save(session);
        assertThat(sessions.findById(session.getId()).<String>getAttribute("greeting")).startsWith("hello");
        sessions.deleteById(session.getId());
        assertThat(sessions.findById(session.getId())).isNull();
    }

    /** A plugin's migrations run with their own history on every engine; one outside its prefix is refused. */
    @Test
    default void pluginMigrationsRunOnThisEngineAndStayInsideTheirPrefix() {
        io.pteroca.panel.plugin.PluginTestAccess plugins = new io.pteroca.panel.plugin.PluginTestAccess(context());
        String id = plugins.install(io.pteroca.panel.support.TestPlugins.helloWorld());
        try {
            plugins.enable(id);
            JdbcTemplate jdbc = context().getBean(JdbcTemplate.class);
            jdbc.update("insert into plg_hello_world_greeting (account_id, name, created_at) values (?, ?, ?)", 1L, "Matrix",
                    java.sql.Timestamp.from(Instant.now()));
            var greet = plugins.command("hello-world:greet", "Ada");
            assertThat(greet.exitCode()).as(greet.err()).isZero();
            assertThat(greet.out()).contains("Hello, Ada!").contains("Greetings stored: "
                    + jdbc.queryForObject("select count(*) from plg_hello_world_greeting", Integer.class));
            plugins.disable(id);
            plugins.enable(id);
            assertThat(plugins.running(id)).as("enabled again: its migration history says V1 ran").isTrue();
        } finally {
            plugins.removeIfPresent(id);
        }
        long kept = context().getBean(Accounts.class).createVerified(email("kept"), "Kept", "Safe", "kept owner secret", Role.USER,
                "test").id();
        java.nio.file.Path outside = io.pteroca.panel.support.TestPlugins.Jar.plugin("outside")
                .yaml("name: outside\ncapabilities: [migrations]\n")
                .file("db/migration/V1__grab.sql", "CREATE TABLE plg_outside_ok (id INT);\nDELETE FROM users;").build();
        assertThatThrownBy(() -> plugins.install(outside)).hasMessageContaining("plugin.refused.critical");
        assertThat(context().getBean(Accounts.class).find(kept)).isPresent();
    }
}
