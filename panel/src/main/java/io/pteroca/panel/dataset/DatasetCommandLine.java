package io.pteroca.panel.dataset;

import io.pteroca.emulator.PterodactylEmulator;
import io.pteroca.panel.pterodactyl.PterodactylSettings;
import io.pteroca.panel.shared.CommandLine;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code java -jar pteroca-panel.jar seed-dataset --generated-data [--scale=1] [--emulator-port=8081] [--accounts-dir=DIR]}:
 * fills an empty
 * bench database with a generated data set ({@link DatasetGenerator}), starts a Pterodactyl emulator holding the
 * matching servers, points the panel's Pterodactyl settings at it, writes the generated accounts for the load test
 * into {@code --accounts-dir} when given, and keeps the emulator running until stopped (Ctrl-C). The flag says the caller means it; without it, or on a database with real customers, nothing is written.
 */
public final class DatasetCommandLine {

    static final String COMMAND = "seed-dataset";
    private static final String USAGE = "Usage: java -jar pteroca-panel.jar seed-dataset --generated-data [--scale=1] "
            + "[--emulator-port=8081] [--accounts-dir=DIR]\n"
            + "  Fills an EMPTY bench database (no real customers) with 10,000 customers, 50,000 servers and their orders,\n"
            + "  payments and ledgers at scale 1, and keeps a Pterodactyl emulator with the matching servers running.\n"
            + "  --accounts-dir: where to write customers.csv and staff.csv (email,password) for bench/load.";

    private DatasetCommandLine() {
    }

    public static boolean isCommand(String[] args) {
        return args.length > 0 && COMMAND.equals(args[0]);
    }

    public static int run(Class<?> application, String[] args) {
        Map<String, String> options = CommandLine.options(args);
        Optional<DatasetSize> size = size(options);
        if (size.isEmpty()) {
            System.err.println(USAGE);
            return 2;
        }
        int port = Integer.parseInt(options.getOrDefault("emulator-port", "8081"));
        PterodactylEmulator emulator = PterodactylEmulator.builder().host("127.0.0.1").port(port).build().start();
        int code;
        // The panel's own jobs must not run against the data set while it is written: the context ends first.
        try (ConfigurableApplicationContext context = CommandLine.start(application, args,
                Set.of("generated-data", "scale", "emulator-port", "accounts-dir"))) {
            code = execute(context, size.get(), accountsDir(options), emulator, System.out, System.err);
        }
        if (code != 0) {
            emulator.close();
            return code;
        }
        System.out.println("The Pterodactyl emulator with the data set's servers runs at " + emulator.baseUrl()
                + "; start the panel against the same database now. Ctrl-C stops the emulator (its servers are in memory only).");
        // Scripts that check the emulator afterwards (bench/cluster) read its servers with this key.
        System.out.println("Application API key: " + emulator.applicationKey());
        try {
            new CountDownLatch(1).await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        emulator.close();
        return 0;
    }

    private static Optional<DatasetSize> size(Map<String, String> options) {
        if (!options.containsKey("generated-data")) {
            return Optional.empty();
        }
        try {
            return Optional.of(DatasetSize.scaled(Double.parseDouble(options.getOrDefault("scale", "1"))));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** Checks, then generates into the context's database and {@code emulator}; 0 done, 1 refused, 2 wrong usage. */
    static int execute(ApplicationContext context, Map<String, String> options, PterodactylEmulator emulator, PrintStream out,
                       PrintStream err) {
        Optional<DatasetSize> size = size(options);
        if (size.isEmpty()) {
            err.println(USAGE);
            return 2;
        }
        return execute(context, size.get(), accountsDir(options), emulator, out, err);
    }

    private static Optional<Path> accountsDir(Map<String, String> options) {
        return Optional.ofNullable(options.get("accounts-dir")).filter(dir -> !dir.isBlank()).map(Path::of);
    }

    private static int execute(ApplicationContext context, DatasetSize size, Optional<Path> accountsDir,
                               PterodactylEmulator emulator, PrintStream out, PrintStream err) {
        DatasetGenerator generator = context.getBean(DatasetGenerator.class);
        Optional<String> refusal = generator.refusal();
        if (refusal.isPresent()) {
            err.println(refusal.get());
            return 1;
        }
        context.getBean(PterodactylSettings.class).configure(emulator.baseUrl(), emulator.applicationKey());
        DatasetGenerator.Summary done = generator.generate(size, emulator);
        out.println("dataset_customers: " + done.customers());
        out.println("dataset_staff: " + DatasetSize.STAFF);
        out.println("dataset_products: " + done.products());
        out.println("dataset_servers: " + done.servers());
        out.println("dataset_orders: " + done.orders());
        out.println("dataset_payments: " + done.payments());
        out.println("dataset_ledger_entries: " + done.ledgerEntries());
        out.println("dataset_log_lines: " + done.logLines());
        out.println("dataset_seconds: " + String.format("%.1f", done.millis() / 1000.0));
        out.println("Every generated account signs in with the password \"" + DatasetGenerator.PASSWORD + "\"; "
                + DatasetGenerator.customerEmail(0) + " to " + DatasetGenerator.customerEmail(size.largeCustomers() - 1)
                + " have " + size.largeCustomerServers() + " servers each; " + DatasetGenerator.staffEmail(0) + " to "
                + DatasetGenerator.staffEmail(DatasetSize.STAFF - 1) + " are Administrators.");
        if (accountsDir.isPresent()) {
            try {
                writeAccounts(accountsDir.get(), DatasetGenerator.accounts(size));
            } catch (IOException e) {
                err.println("The data set is written, but not the accounts for bench/load: " + e.getMessage());
                return 1;
            }
            out.println("The accounts for bench/load are in " + accountsDir.get().toAbsolutePath()
                    + " (ACCOUNTS_DIR=" + accountsDir.get() + " bench/load <the panel's URL>).");
        }
        return 0;
    }

    /** customers.csv and staff.csv with the header the load test reads: email,password. */
    private static void writeAccounts(Path folder, DatasetGenerator.Accounts accounts) throws IOException {
        Files.createDirectories(folder);
        Files.write(folder.resolve("customers.csv"), csv(accounts.customers()), StandardCharsets.UTF_8);
        Files.write(folder.resolve("staff.csv"), csv(accounts.staff()), StandardCharsets.UTF_8);
    }

    private static List<String> csv(List<String> emails) {
        List<String> lines = new ArrayList<>();
        lines.add("email,password");
        emails.forEach(email -> lines.add(email + "," + DatasetGenerator.PASSWORD));
        return lines;
    }
}
