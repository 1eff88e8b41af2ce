package io.pteroca.panel.server;

import io.pteroca.panel.account.AccountView;
import io.pteroca.panel.account.Accounts;
import io.pteroca.panel.account.Role;
import io.pteroca.panel.catalog.ProductView;
import io.pteroca.panel.support.IntegrationTest;
import io.pteroca.panel.support.WebSession;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The admin overview (whole page, figures and charts) with 10,000 customers, 50,000 servers and 20,000 payments spread
 * over a year. Prints the median and 95th percentile of 40 page loads after 5 warm-up loads. Run by bench/run.
 */
class AdminOverviewBenchmark extends IntegrationTest {

    private static final int CUSTOMERS = 10_000;
    private static final int SERVERS = 50_000;
    private static final int PAYMENTS = 20_000;
    private static final String[] STATES = {"ACTIVE", "ACTIVE", "ACTIVE", "SUSPENDED", "DELETED", "PENDING", "FAILED"};

    @Autowired
    ApplicationContext context;
    @Autowired
    TransactionTemplate transactions;

    @Test
    void overviewOfABusyInstallation() {
        ProductView product = new ServerFixtures(context).product("0", ServerFixtures.monthly("5"));
        LocalDateTime now = LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        String tag = UUID.randomUUID().toString().substring(0, 6);
        List<Object[]> users = new ArrayList<>();
        for (int i = 0; i < CUSTOMERS; i++) {
            LocalDateTime created = now.minusHours(i % (365 * 24));
            users.add(new Object[] {"bench-" + tag + "-" + i + "@example.test", created, created});
        }
        transactions.executeWithoutResult(status -> jdbc.batchUpdate("INSERT INTO users (email, password_hash, first_name, "
                + "last_name, role, email_verified, blocked, session_version, created_at, updated_at, version) VALUES (?, 'x', "
                + "'Bench', 'Customer', 'USER', TRUE, FALSE, 0, ?, ?, 0)", users));
        List<Long> ids = jdbc.queryForList("SELECT id FROM users WHERE email LIKE ? ORDER BY id", Long.class, "bench-" + tag + "-%");

        List<Object[]> servers = new ArrayList<>();
        for (int i = 0; i < SERVERS; i++) {
            LocalDateTime created = now.minusHours(i % (365 * 24));
            servers.add(new Object[] {ids.get(i % ids.size()), product.id(), "bench-" + i, STATES[i % STATES.length],
                    now.plusHours(i % (60 * 24)), created, created});
        }
        transactions.executeWithoutResult(status -> jdbc.batchUpdate("INSERT INTO game_server (owner_id, product_id, name, state, "
                + "plan, price_kind, period_value, period_unit, period_amount, auto_renew, expires_at, deletion_warned, "
                + "suspended_in_panel, refund_due, attempts, created_at, updated_at, version) VALUES (?, ?, ?, ?, '{}', 'STATIC', "
                + "1, 'MONTHS', 5, TRUE, ?, FALSE, FALSE, FALSE, 0, ?, ?, 0)", servers));

        List<Object[]> payments = new ArrayList<>();
        for (int i = 0; i < PAYMENTS; i++) {
            LocalDateTime created = now.minusHours(i % (365 * 24));
            payments.add(new Object[] {ids.get(i % ids.size()), i % 3 == 0 ? "bank_transfer" : "stripe", "bench-" + tag + "-" + i,
                    i % 10 == 0 ? "PENDING" : "PAID", created, created, i % 10 == 0 ? null : created});
        }
        transactions.executeWithoutResult(status -> jdbc.batchUpdate("INSERT INTO payment (user_id, gateway, reference, amount, "
                + "currency, status, created_at, updated_at, settled_at, version) VALUES (?, ?, ?, 12.5, 'USD', ?, ?, ?, ?, 0)",
                payments));

        AccountView admin = context.getBean(Accounts.class).createVerified("bench-admin-" + tag + "@example.test", "Ada", "Admin",
                "bench admin secret", Role.ADMIN, "test");
        WebSession web = browser();
        web.signIn(admin.email(), "bench admin secret");
        double[] overview = loads(web, "/admin");
        // The same page machinery without the figures, loaded in the same run, for the ratio.
        double[] settingsPage = loads(web, "/admin/settings/general");
        Object overviewBean = context.getBean("businessOverview");
        double[] figures = calls(overviewBean, "figures");
        double[] charts = calls(overviewBean, "charts");
        System.out.println("admin_overview_figures_ms_p50: " + String.format("%.1f", figures[figures.length / 2]));
        System.out.println("admin_overview_charts_ms_p50: " + String.format("%.1f", charts[charts.length / 2]));
        System.out.println("admin_overview_ms_p50: " + String.format("%.1f", overview[overview.length / 2]));
        System.out.println("admin_overview_ms_p95: " + String.format("%.1f", overview[(int) (overview.length * 0.95)]));
        System.out.println("admin_settings_page_ms_p50: " + String.format("%.1f", settingsPage[settingsPage.length / 2]));
    }

    /** The overview's own work without the page around it, timed like {@link #loads}. */
    private static double[] calls(Object overview, String method) {
        try {
            java.lang.reflect.Method call = overview.getClass().getDeclaredMethod(method, java.util.Locale.class);
            call.setAccessible(true);
            for (int i = 0; i < 5; i++) {
                call.invoke(overview, java.util.Locale.ENGLISH);
            }
            double[] millis = new double[40];
            for (int i = 0; i < millis.length; i++) {
                long start = System.nanoTime();
                call.invoke(overview, java.util.Locale.ENGLISH);
                millis[i] = (System.nanoTime() - start) / 1e6;
            }
            Arrays.sort(millis);
            return millis;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** 40 timed loads after 5 warm-up loads, sorted. */
    private static double[] loads(WebSession web, String path) {
        for (int i = 0; i < 5; i++) {
            web.get(path);
        }
        double[] millis = new double[40];
        for (int i = 0; i < millis.length; i++) {
            long start = System.nanoTime();
            WebSession.Page page = web.get(path);
            millis[i] = (System.nanoTime() - start) / 1e6;
            if (page.status() != 200) {
                throw new AssertionError(path + " answered " + page.status());
            }
        }
        Arrays.sort(millis);
        return millis;
    }
}
