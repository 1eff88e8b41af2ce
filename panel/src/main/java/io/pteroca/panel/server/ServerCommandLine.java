package io.pteroca.panel.server;

import io.pteroca.panel.audit.AuditEvent;
import io.pteroca.panel.pterodactyl.PterodactylFailure;
import io.pteroca.panel.shared.CommandLine;
import io.pteroca.panel.shared.Refusal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Set;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code java -jar pteroca-panel.jar import-server --server=ID --owner=EMAIL --product=ID --paid-until=YYYY-MM-DD}:
 * takes an existing Pterodactyl server under the panel's management, the command-line twin of Admin → Servers →
 * Import. {@code import-server --list} prints the servers that can be imported.
 */
public final class ServerCommandLine {

    static final String IMPORT = "import-server";
    private static final String USAGE = "Usage: java -jar pteroca-panel.jar import-server --list\n"
            + "       java -jar pteroca-panel.jar import-server --server=ID --owner=EMAIL --product=ID --paid-until=YYYY-MM-DD";

    private ServerCommandLine() {
    }

    public static boolean isCommand(String[] args) {
        return args.length > 0 && IMPORT.equals(args[0]);
    }

    public static int run(Class<?> application, String[] args) {
        Map<String, String> options = CommandLine.options(args);
        boolean list = options.containsKey("list");
        if (!list && !(options.containsKey("server") && options.containsKey("owner") && options.containsKey("product")
                && options.containsKey("paid-until"))) {
            System.err.println(USAGE);
            return 2;
        }
        try (ConfigurableApplicationContext context = CommandLine.start(application, args,
                Set.of("list", "server", "owner", "product", "paid-until"))) {
            ServerImport imports = context.getBean(ServerImport.class);
            if (list) {
                imports.candidates().forEach(server -> System.out.printf("%d\t%s\t%s\towner: %s%n", server.id(), server.identifier(),
                        server.name(), imports.suggestedOwner(server.userId())));
                return 0;
            }
            long id = imports.importServer(Integer.parseInt(options.get("server")), options.get("owner"),
                    Long.parseLong(options.get("product")),
                    LocalDate.parse(options.get("paid-until")).atStartOfDay().toInstant(ZoneOffset.UTC), null);
            context.publishEvent(new AuditEvent("server_imported", null, "command line", null, options.get("owner"), null,
                    "Pterodactyl server " + options.get("server") + " as server " + id));
            System.out.println("Imported as server " + id + ".");
            return 0;
        } catch (NumberFormatException | DateTimeParseException badInput) {
            System.err.println(USAGE);
            return 2;
        } catch (Refusal refused) {
            System.err.println("Refused: " + switch (refused.messageKey()) {
                case "import.owner" -> "no account has this e-mail";
                case "import.ownerNotLinked" -> "that account has no Pterodactyl user yet";
                case "import.product" -> "no such product, or it has no price";
                case "import.paidUntil" -> "the paid-until date must be in the future";
                case "import.gone" -> "Pterodactyl has no such server";
                case "import.managed" -> "the panel already manages this server";
                default -> refused.messageKey();
            });
            return 1;
        } catch (PterodactylFailure failed) {
            System.err.println("Pterodactyl refused: " + failed.getMessage());
            return 1;
        }
    }
}
