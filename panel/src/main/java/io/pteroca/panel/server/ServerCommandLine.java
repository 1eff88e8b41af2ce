package io.pteroca.panel.server;

import io.pteroca.panel.audit.AuditEvent;
import io.pteroca.panel.pterodactyl.PterodactylFailure;
import io.pteroca.panel.shared.CommandLine;
import io.pteroca.panel.shared.Refusal;
import java.io.PrintStream;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Set;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code java -jar pteroca-panel.jar import-server --server=ID --owner=EMAIL --product=ID --paid-until=YYYY-MM-DD
 * --limits=product|server [--take-over]}: takes an existing Pterodactyl server under the panel's management, the
 * command-line twin of Admin → Servers → Import. {@code import-server --list} prints the servers that can be imported
 * with their limits, and marks those another system manages.
 */
public final class ServerCommandLine {

    static final String IMPORT = "import-server";
    private static final String USAGE = "Usage: java -jar pteroca-panel.jar import-server --list\n"
            + "       java -jar pteroca-panel.jar import-server --server=ID --owner=EMAIL --product=ID --paid-until=YYYY-MM-DD\n"
            + "             --limits=product|server [--take-over]\n"
            + "  --limits=product  writes the product's limits to the server in Pterodactyl\n"
            + "  --limits=server   keeps the server's own limits as its plan\n"
            + "  --take-over       imports a server another system manages (its external id is not this panel's)";

    private ServerCommandLine() {
    }

    public static boolean isCommand(String[] args) {
        return args.length > 0 && IMPORT.equals(args[0]);
    }

    public static int run(Class<?> application, String[] args) {
        Map<String, String> options = CommandLine.options(args);
        if (!complete(options)) {
            System.err.println(USAGE);
            return 2;
        }
        try (ConfigurableApplicationContext context = CommandLine.start(application, args,
                Set.of("list", "server", "owner", "product", "paid-until", "limits", "take-over"))) {
            return execute(context, options, System.out, System.err);
        }
    }

    private static boolean complete(Map<String, String> options) {
        return options.containsKey("list") || options.containsKey("server") && options.containsKey("owner")
                && options.containsKey("product") && options.containsKey("paid-until") && limits(options) != null;
    }

    private static ServerImport.Limits limits(Map<String, String> options) {
        return switch (options.getOrDefault("limits", "")) {
            case "product" -> ServerImport.Limits.PRODUCT;
            case "server" -> ServerImport.Limits.SERVER;
            default -> null;
        };
    }

    /** The command against a running panel's beans; returns the exit code (0 done, 1 refused, 2 bad usage). */
    static int execute(ApplicationContext context, Map<String, String> options, PrintStream out, PrintStream err) {
        if (!complete(options)) {
            err.println(USAGE);
            return 2;
        }
        ServerImport imports = context.getBean(ServerImport.class);
        try {
            if (options.containsKey("list")) {
                imports.candidates().forEach(candidate -> out.println(line(candidate)));
                return 0;
            }
            ServerImport.Imported imported = imports.importServer(Integer.parseInt(options.get("server")), options.get("owner"),
                    Long.parseLong(options.get("product")),
                    LocalDate.parse(options.get("paid-until")).atStartOfDay().toInstant(ZoneOffset.UTC), limits(options),
                    options.containsKey("take-over"), null);
            context.publishEvent(new AuditEvent("server_imported", null, "command line", null, options.get("owner"), null,
                    "Pterodactyl server " + options.get("server") + " as server " + imported.serverId() + ", "
                            + options.get("limits") + " limits"));
            if (imported.tookOverFrom() != null) {
                context.publishEvent(new AuditEvent("server_taken_over", null, "command line", null, options.get("owner"), null,
                        "Pterodactyl server " + options.get("server") + " managed as " + imported.tookOverFrom()
                                + ", now server " + imported.serverId()));
            }
            out.println("Imported as server " + imported.serverId() + ".");
            return 0;
        } catch (NumberFormatException | DateTimeParseException badInput) {
            err.println(USAGE);
            return 2;
        } catch (Refusal refused) {
            err.println("Refused: " + switch (refused.messageKey()) {
                case "import.owner" -> "no account has this e-mail";
                case "import.ownerNotLinked" -> "that account has no Pterodactyl user yet";
                case "import.product" -> "no such product, or it has no price";
                case "import.paidUntil" -> "the paid-until date must be in the future";
                case "import.gone" -> "Pterodactyl has no such server";
                case "import.managed" -> "the panel already manages this server";
                case "import.managedElsewhere" -> "another system manages this server (external id " + refused.args()[0]
                        + "); add --take-over to import it anyway";
                default -> refused.messageKey();
            });
            return 1;
        } catch (PterodactylFailure failed) {
            err.println("Pterodactyl refused: " + failed.getMessage());
            return 1;
        }
    }

    /** One importable server: id, identifier, name, suggested owner, its limits, and who else manages it. */
    private static String line(ServerImport.Candidate candidate) {
        var server = candidate.server();
        var limits = server.limits();
        return String.format("%d\t%s\t%s\towner: %s\tlimits: %d MB RAM, %d MB disk, %d %% CPU, %d databases, %d backups, %d ports%s",
                server.id(), server.identifier(), server.name(), candidate.suggestedOwner(), limits.memory(), limits.disk(),
                limits.cpu(), limits.databases(), limits.backups(), limits.allocations(),
                candidate.managedElsewhere() == null ? ""
                        : "\tMANAGED ELSEWHERE: " + candidate.managedElsewhere() + " (import only with --take-over)");
    }
}
