package io.pteroca.panel.dataset;

import io.pteroca.emulator.PterodactylEmulator;
import io.pteroca.emulator.state.EmulatorState;
import io.pteroca.emulator.state.Server;
import io.pteroca.emulator.state.User;
import io.pteroca.panel.catalog.PeriodUnit;
import io.pteroca.panel.catalog.PriceKind;
import io.pteroca.panel.catalog.PriceTerms;
import io.pteroca.panel.catalog.ProductDefinition;
import io.pteroca.panel.catalog.ProductEditor;
import io.pteroca.panel.catalog.ProductView;
import io.pteroca.panel.pterodactyl.PterodactylInventory;
import io.pteroca.panel.pterodactyl.PterodactylServers;
import io.pteroca.panel.server.ServerPlan;
import io.pteroca.panel.wallet.WalletSettings;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes a data set of the size of a grown provider into an empty panel database, fast: batched JDBC inserts, a
 * transaction per group of customers, and the matching servers straight into a Pterodactyl emulator's state.
 * Every ledger adds up: each customer's entries run in time order, top-ups before the charges they pay for, and the
 * wallet's balance is the last entry's balance.
 */
@Component
public class DatasetGenerator {

    private static final Logger log = LoggerFactory.getLogger(DatasetGenerator.class);
    /** Every generated account's address ends so (a reserved domain: nothing is ever delivered there). */
    public static final String DOMAIN = "@dataset.pteroca.invalid";
    /** The password of every generated account; these accounts only exist in bench databases. */
    public static final String PASSWORD = "generated-customer";
    private static final int CUSTOMERS_PER_TRANSACTION = 250;
    private static final Duration HISTORY = Duration.ofDays(120);
    private static final Duration PERIOD = Duration.ofDays(30);

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final ProductEditor productEditor;
    private final PterodactylInventory inventory;
    private final PterodactylServers pterodactylServers;
    private final WalletSettings wallet;
    private final PasswordEncoder passwords;
    private final Clock clock;

    DatasetGenerator(JdbcTemplate jdbc, TransactionTemplate transactions, ProductEditor productEditor,
                     PterodactylInventory inventory, PterodactylServers pterodactylServers, WalletSettings wallet,
                     PasswordEncoder passwords, Clock clock) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.productEditor = productEditor;
        this.inventory = inventory;
        this.pterodactylServers = pterodactylServers;
        this.wallet = wallet;
        this.passwords = passwords;
        this.clock = clock;
    }

    /** What was written; counts as generated. */
    public record Summary(int customers, int products, int servers, int orders, int payments, int ledgerEntries,
                          int logLines, long millis) {
    }

    /**
     * Why this database must not get a data set, or empty. Real customers are customer accounts (role USER, deleted
     * ones included) whose address is not the generator's: the generator never runs beside them. Staff accounts
     * are allowed, so a panel whose setup just made its admin can be filled. A data set already there is refused too.
     */
    public Optional<String> refusal() {
        Integer real = jdbc.queryForObject("SELECT COUNT(*) FROM users WHERE role = 'USER' AND (email IS NULL OR email NOT LIKE ?)",
                Integer.class, "%" + DOMAIN);
        if (real != null && real > 0) {
            return Optional.of("Refused: the database has " + real + " real customer account(s) (customers whose e-mail does not"
                    + " end with " + DOMAIN + "); generate data sets only into an empty bench database.");
        }
        Integer generated = jdbc.queryForObject("SELECT COUNT(*) FROM users WHERE email LIKE ?", Integer.class, "%" + DOMAIN);
        if (generated != null && generated > 0) {
            return Optional.of("Refused: the database already holds a generated data set (" + generated
                    + " accounts); start from an empty database.");
        }
        return Optional.empty();
    }

    /** Generates the data set into the database and its servers into {@code emulator}, the panel's Pterodactyl. */
    public Summary generate(DatasetSize size, PterodactylEmulator emulator) {
        refusal().ifPresent(reason -> {
            throw new IllegalStateException(reason);
        });
        long start = System.nanoTime();
        List<Product> catalog = products(size.products());
        String passwordHash = passwords.encode(PASSWORD);
        Instant now = clock.instant();
        long firstPterodactylId = firstFreePterodactylId(emulator);
        Totals totals = new Totals();
        for (int first = 0; first < size.customers(); first += CUSTOMERS_PER_TRANSACTION) {
            int last = Math.min(size.customers(), first + CUSTOMERS_PER_TRANSACTION);
            int from = first;
            Group group = new Group(size, from, last, catalog, passwordHash, now, firstPterodactylId);
            transactions.executeWithoutResult(status -> group.write(totals));
            group.seed(emulator);
            log.info("Data set: {} of {} customers written", last, size.customers());
        }
        synchronized (emulator.state()) {
            emulator.state().skipIdsTo("servers", firstPterodactylId + size.servers());
        }
        return new Summary(totals.customers, catalog.size(), totals.servers, totals.orders, totals.payments, totals.entries,
                totals.logLines, (System.nanoTime() - start) / 1_000_000);
    }

    private static final class Totals {
        int customers;
        int servers;
        int orders;
        int payments;
        int entries;
        int logLines;
    }

    private record Product(long id, BigDecimal price, String planJson) {
    }

    /** The products, through the admin's rules, each on the emulator's Paper egg and first node. */
    private List<Product> products(int count) {
        PterodactylInventory.EggInfo egg = inventory.eggs(1).stream().filter(e -> e.name().equals("Paper")).findFirst()
                .orElseGet(() -> inventory.eggs(1).get(0));
        int node = inventory.nodes().get(0).id();
        List<Product> created = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            PriceTerms monthly = new PriceTerms(PriceKind.STATIC, 1, PeriodUnit.MONTHS, BigDecimal.valueOf(3 + i).setScale(2),
                    null, null);
            ProductView product = productEditor.create(new ProductDefinition(null, String.format("Generated plan %02d", i + 1),
                    null, null, true, i, new ProductDefinition.Resources(512 + 256L * (i % 4), 0, 2048, 500, 100, null),
                    new ProductDefinition.FeatureLimits(1, 1, 0, 2), Set.of(node), Set.of(), 1,
                    List.of(ProductDefinition.EggChoice.defaultsOf(egg, null)), false, true, BigDecimal.ZERO, null, null,
                    List.of(monthly)));
            ProductDefinition.EggChoice choice = product.definition().eggs().get(0);
            ServerPlan plan = new ServerPlan(product.name(), product.definition(), choice.eggId(), choice.eggName(),
                    choice.dockerImage(), choice.startup(), ServerPlan.environmentFor(choice, null, Map.of()),
                    product.definition().prices().get(0), null, null);
            created.add(new Product(product.id(), monthly.amount(), plan.toJson()));
        }
        return created;
    }

    private long firstFreePterodactylId(PterodactylEmulator emulator) {
        Long inDatabase = jdbc.queryForObject("SELECT MAX(pterodactyl_server_id) FROM game_server", Long.class);
        long inEmulator;
        synchronized (emulator.state()) {
            inEmulator = emulator.state().servers.keySet().stream().mapToLong(Long::longValue).max().orElse(0);
        }
        return Math.max(inDatabase == null ? 0 : inDatabase, inEmulator) + 1;
    }

    /** A group of customers with their servers, orders, top-ups, ledgers and logs: one transaction. */
    private final class Group {

        private final DatasetSize size;
        private final int first;
        private final int last;
        private final List<Product> catalog;
        private final String passwordHash;
        private final Instant now;
        private final long firstPterodactylId;
        private final List<Seeded> seeded = new ArrayList<>();

        Group(DatasetSize size, int first, int last, List<Product> catalog, String passwordHash, Instant now,
              long firstPterodactylId) {
            this.size = size;
            this.first = first;
            this.last = last;
            this.catalog = catalog;
            this.passwordHash = passwordHash;
            this.now = now;
            this.firstPterodactylId = firstPterodactylId;
        }

        void write(Totals totals) {
            Map<Integer, Long> customers = customers();
            Map<Integer, Long> serverIds = servers(customers);
            Map<String, Long> orderIds = orders(customers);
            ledgers(customers, orderIds);
            logs(serverIds);
            totals.customers += customers.size();
            totals.servers += serverIds.size();
            totals.orders += orderIds.size();
            totals.payments += (last - first) * DatasetSize.TOP_UPS_PER_CUSTOMER;
            totals.entries += orderIds.size() + (last - first) * DatasetSize.TOP_UPS_PER_CUSTOMER;
            totals.logLines += logLines;
        }

        private int logLines;

        private Map<Integer, Long> customers() {
            List<Object[]> rows = new ArrayList<>();
            for (int c = first; c < last; c++) {
                LocalDateTime joined = utc(now.minus(HISTORY).minus(Duration.ofDays(1)).plusSeconds(c));
                rows.add(new Object[] {email(c), passwordHash, "Customer", String.format("%06d", c), joined, joined});
            }
            jdbc.batchUpdate("INSERT INTO users (email, password_hash, first_name, last_name, role, email_verified, blocked, "
                    + "session_version, created_at, updated_at, version) VALUES (?, ?, ?, ?, 'USER', TRUE, FALSE, 0, ?, ?, 0)", rows);
            Map<Integer, Long> ids = new HashMap<>();
            jdbc.query("SELECT id, email FROM users WHERE email >= ? AND email <= ?", row -> {
                ids.put(Integer.parseInt(row.getString(2).substring(9, 15)), row.getLong(1));
            }, email(first), email(last - 1));
            return ids;
        }

        private Map<Integer, Long> servers(Map<Integer, Long> customers) {
            List<Object[]> rows = new ArrayList<>();
            for (int c = first; c < last; c++) {
                for (int s : serversOf(c)) {
                    Product product = catalog.get(s % catalog.size());
                    boolean suspended = suspended(s);
                    Instant created = created(s);
                    String uuid = uuid(s);
                    Instant expires = suspended ? now.minus(Duration.ofDays(10)) : now.plus(Duration.ofDays(1 + s % 30))
                            .plus(Duration.ofMinutes(s % 1440));
                    rows.add(new Object[] {customers.get(c), product.id(), name(s), suspended ? "SUSPENDED" : "ACTIVE",
                            product.planJson(), product.price(), s % 3 == 0, utc(expires),
                            suspended ? utc(now.minus(Duration.ofDays(5))) : null, suspended, suspended ? "UNPAID" : null,
                            firstPterodactylId + s, uuid.substring(0, 8), utc(created), utc(created)});
                    seeded.add(new Seeded(s, c, firstPterodactylId + s, uuid, suspended));
                }
            }
            jdbc.batchUpdate("INSERT INTO game_server (owner_id, product_id, name, state, plan, price_kind, period_value, "
                    + "period_unit, period_amount, auto_renew, expires_at, suspended_at, deletion_warned, suspended_in_panel, "
                    + "suspension_cause, refund_due, pterodactyl_server_id, identifier, node_id, attempts, created_at, updated_at, "
                    + "version) VALUES (?, ?, ?, ?, ?, 'STATIC', 1, 'MONTHS', ?, ?, ?, ?, FALSE, ?, ?, FALSE, ?, ?, 1, 0, ?, ?, 0)",
                    rows);
            Map<Integer, Long> ids = new HashMap<>();
            jdbc.query("SELECT id, name FROM game_server WHERE owner_id >= ? AND owner_id <= ? AND name LIKE 'generated-%'",
                    row -> {
                        ids.put(Integer.parseInt(row.getString(2).substring(10)), row.getLong(1));
                    }, min(customers), max(customers));
            seeded.forEach(server -> server.panelId = ids.get(server.index));
            return ids;
        }

        /** A purchase and renewals a period apart for each server, all paid from the wallet. */
        private Map<String, Long> orders(Map<Integer, Long> customers) {
            List<Object[]> rows = new ArrayList<>();
            for (Seeded server : seeded) {
                Product product = catalog.get(server.index % catalog.size());
                for (int k = 0; k < DatasetSize.ORDERS_PER_SERVER; k++) {
                    rows.add(new Object[] {customers.get(server.customer), server.panelId, product.id(),
                            k == 0 ? "PURCHASE" : "RENEWAL", product.price(), product.price(), orderKey(server.index, k),
                            utc(orderTime(server.index, k))});
                }
            }
            jdbc.batchUpdate("INSERT INTO server_order (user_id, server_id, product_id, kind, status, period_amount, setup_fee, "
                    + "discount, total, idempotency_key, created_at) VALUES (?, ?, ?, ?, 'PAID', ?, 0, 0, ?, ?, ?)", rows);
            Map<String, Long> ids = new HashMap<>();
            jdbc.query("SELECT id, idempotency_key FROM server_order WHERE user_id >= ? AND user_id <= ? "
                    + "AND idempotency_key LIKE 'generated-%'", row -> {
                        ids.put(row.getString(2), row.getLong(1));
                    }, min(customers), max(customers));
            return ids;
        }

        /**
         * Each customer's charges in time order, with a top-up just before any charge the balance cannot pay; the
         * top-ups left over come after the last charge. The wallet holds the last balance.
         */
        private void ledgers(Map<Integer, Long> customers, Map<String, Long> orderIds) {
            String currency = wallet.currency().getCurrencyCode();
            Map<Integer, List<Charge>> charges = new HashMap<>();
            for (Seeded server : seeded) {
                BigDecimal price = catalog.get(server.index % catalog.size()).price();
                for (int k = 0; k < DatasetSize.ORDERS_PER_SERVER; k++) {
                    charges.computeIfAbsent(server.customer, c -> new ArrayList<>()).add(new Charge(orderTime(server.index, k),
                            price, orderIds.get(orderKey(server.index, k)), k == 0 ? "PURCHASE" : "RENEWAL"));
                }
            }
            List<Object[]> payments = new ArrayList<>();
            Map<Integer, List<Entry>> plans = new HashMap<>();
            for (int c = first; c < last; c++) {
                List<Entry> plan = plan(c, charges.getOrDefault(c, List.of()));
                plans.put(c, plan);
                for (Entry entry : plan) {
                    if (entry.reference() == null) {
                        payments.add(new Object[] {customers.get(c), entry.topUpReference(), entry.amount(), currency,
                                utc(entry.at()), utc(entry.at()), utc(entry.at()), entry.amount()});
                    }
                }
            }
            jdbc.batchUpdate("INSERT INTO payment (user_id, gateway, reference, amount, currency, status, created_at, updated_at, "
                    + "settled_at, settled_by, version, charged_amount) VALUES (?, 'bank_transfer', ?, ?, ?, 'PAID', ?, ?, ?, "
                    + "'generated', 0, ?)", payments);
            Map<String, Long> paymentIds = new HashMap<>();
            jdbc.query("SELECT id, reference FROM payment WHERE user_id >= ? AND user_id <= ? AND reference LIKE 'GEN-%'",
                    row -> {
                        paymentIds.put(row.getString(2), row.getLong(1));
                    }, min(customers), max(customers));
            List<Object[]> wallets = new ArrayList<>();
            List<Object[]> entries = new ArrayList<>();
            for (int c = first; c < last; c++) {
                long user = customers.get(c);
                BigDecimal balance = BigDecimal.ZERO.setScale(4);
                Instant lastAt = now.minus(HISTORY);
                for (Entry entry : plans.get(c)) {
                    boolean topUp = entry.reference() == null;
                    balance = topUp ? balance.add(entry.amount()) : balance.subtract(entry.amount());
                    entries.add(new Object[] {user, topUp ? entry.amount() : entry.amount().negate(), balance,
                            topUp ? "TOP_UP" : entry.reason(), topUp ? "payment" : "order",
                            String.valueOf(topUp ? paymentIds.get(entry.topUpReference()) : entry.reference()), utc(entry.at())});
                    lastAt = entry.at();
                }
                wallets.add(new Object[] {user, balance, utc(lastAt)});
            }
            jdbc.batchUpdate("INSERT INTO wallet (user_id, balance, updated_at) VALUES (?, ?, ?)", wallets);
            jdbc.batchUpdate("INSERT INTO wallet_entry (user_id, amount, balance_after, reason, reference_type, reference_id, "
                    + "created_at) VALUES (?, ?, ?, ?, ?, ?, ?)", entries);
        }

        private List<Entry> plan(int customer, List<Charge> charges) {
            List<Charge> ordered = new ArrayList<>(charges);
            ordered.sort(Comparator.comparing(Charge::at));
            BigDecimal total = ordered.stream().map(Charge::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
            // Large enough that the top-ups a customer makes always pay for their charges, with some left over.
            BigDecimal topUp = total.divide(BigDecimal.valueOf(DatasetSize.TOP_UPS_PER_CUSTOMER - 5), 0, RoundingMode.CEILING)
                    .max(BigDecimal.TEN).setScale(4);
            List<Entry> plan = new ArrayList<>();
            BigDecimal balance = BigDecimal.ZERO;
            int topUps = 0;
            for (Charge charge : ordered) {
                while (balance.compareTo(charge.amount()) < 0) {
                    plan.add(Entry.topUp(customer, topUps++, topUp, charge.at().minusSeconds(60)));
                    balance = balance.add(topUp);
                }
                plan.add(new Entry(charge.at(), charge.amount().setScale(4), charge.orderId(), charge.reason(), null));
                balance = balance.subtract(charge.amount());
            }
            Instant after = ordered.isEmpty() ? now.minus(HISTORY) : ordered.get(ordered.size() - 1).at();
            while (topUps < DatasetSize.TOP_UPS_PER_CUSTOMER) {
                plan.add(Entry.topUp(customer, topUps, topUp, after.plusSeconds(60L * (topUps + 1))));
                topUps++;
            }
            return plan;
        }

        /** Each server's history: bought, set up, running, and suspended for some. */
        private void logs(Map<Integer, Long> serverIds) {
            List<Object[]> rows = new ArrayList<>();
            for (Seeded server : seeded) {
                Instant created = created(server.index);
                rows.add(line(server.panelId, created, "PENDING", "PROVISIONING", null));
                rows.add(line(server.panelId, created.plusSeconds(2), "PROVISIONING", "INSTALLING", null));
                rows.add(line(server.panelId, created.plusSeconds(60), "INSTALLING", "ACTIVE", null));
                if (server.suspended) {
                    rows.add(line(server.panelId, now.minus(Duration.ofDays(5)), "ACTIVE", "SUSPENDED", "unpaid"));
                }
            }
            jdbc.batchUpdate("INSERT INTO server_log (server_id, at, event, from_state, to_state, detail) "
                    + "VALUES (?, ?, 'state', ?, ?, ?)", rows);
            logLines = rows.size();
        }

        private Object[] line(long serverId, Instant at, String from, String to, String detail) {
            return new Object[] {serverId, utc(at), from, to, detail};
        }

        /** The group's Pterodactyl side: a user per customer and their servers, suspended where the panel says so. */
        void seed(PterodactylEmulator emulator) {
            EmulatorState state = emulator.state();
            synchronized (state) {
                Map<Integer, Long> users = new HashMap<>();
                for (int c = first; c < last; c++) {
                    User user = state.createUser(email(c), String.format("customer%06d", c), "Customer",
                            String.format("%06d", c), PASSWORD, false);
                    users.put(c, user.id);
                }
                for (Seeded generated : seeded) {
                    Server server = new Server();
                    server.id = generated.pterodactylId;
                    server.uuid = generated.uuid;
                    server.externalId = pterodactylServers.externalId(generated.panelId);
                    server.name = name(generated.index);
                    server.ownerId = users.get(generated.customer);
                    server.nodeId = 1;
                    server.nestId = 1;
                    server.memory = 512;
                    server.disk = 2048;
                    server.cpu = 100;
                    server.installedOnce = true;
                    server.status = generated.suspended ? Server.SUSPENDED : null;
                    server.createdAt = created(generated.index);
                    server.updatedAt = server.createdAt;
                    state.servers.put(server.id, server);
                }
            }
        }

        private List<Integer> serversOf(int customer) {
            int largest = size.largestCustomerServers();
            List<Integer> indexes = new ArrayList<>();
            if (customer == 0) {
                for (int s = 0; s < largest; s++) {
                    indexes.add(s);
                }
                return indexes;
            }
            for (int s = largest + customer - 1; s < size.servers(); s += size.customers() - 1) {
                indexes.add(s);
            }
            return indexes;
        }

        private Instant created(int server) {
            return now.minus(HISTORY).plusSeconds(60L * (server % 1440));
        }

        private Instant orderTime(int server, int order) {
            return created(server).plus(PERIOD.multipliedBy(order));
        }
    }

    private static final class Seeded {
        final int index;
        final int customer;
        final long pterodactylId;
        final String uuid;
        final boolean suspended;
        long panelId;

        Seeded(int index, int customer, long pterodactylId, String uuid, boolean suspended) {
            this.index = index;
            this.customer = customer;
            this.pterodactylId = pterodactylId;
            this.uuid = uuid;
            this.suspended = suspended;
        }
    }

    private record Charge(Instant at, BigDecimal amount, long orderId, String reason) {
    }

    /** One ledger line to be: a charge of an order ({@code reference}) or a top-up (no reference yet). */
    private record Entry(Instant at, BigDecimal amount, Long reference, String reason, String topUpReference) {

        static Entry topUp(int customer, int number, BigDecimal amount, Instant at) {
            return new Entry(at, amount, null, "TOP_UP", "GEN-" + customer + "-" + number);
        }
    }

    /** One in twenty servers is suspended for not paying. */
    private static boolean suspended(int server) {
        return server % 20 == 7;
    }

    private static String email(int customer) {
        return String.format("customer-%06d", customer) + DOMAIN;
    }

    private static String name(int server) {
        return String.format("generated-%06d", server);
    }

    private static String orderKey(int server, int order) {
        return "generated-" + server + "-" + order;
    }

    private static String uuid(int server) {
        return UUID.nameUUIDFromBytes(("generated-server-" + server).getBytes(StandardCharsets.UTF_8)).toString();
    }

    private static LocalDateTime utc(Instant instant) {
        // Stored as UTC wall time, as Hibernate stores the panel's own timestamps.
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static long min(Map<Integer, Long> customers) {
        return customers.values().stream().mapToLong(Long::longValue).min().orElse(0);
    }

    private static long max(Map<Integer, Long> customers) {
        return customers.values().stream().mapToLong(Long::longValue).max().orElse(0);
    }
}
