package io.pteroca.panel.pterodactyl;

import io.pteroca.panel.account.Accounts;
import io.pteroca.panel.audit.AuditEvent;
import io.pteroca.panel.shared.CommandLine;
import io.pteroca.panel.shared.Refusal;
import io.pteroca.pterodactyl.error.PterodactylException;
import java.util.Map;
import java.util.Set;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code java -jar pteroca-panel.jar link-pterodactyl --email=EMAIL [--force]}: links an account to the
 * Pterodactyl user that already has its e-mail, the command-line twin of the admin screen. {@code --force} is
 * needed when that user is a Pterodactyl root admin.
 */
public final class PterodactylCommandLine {

    static final String LINK = "link-pterodactyl";

    private PterodactylCommandLine() {
    }

    public static boolean isCommand(String[] args) {
        return args.length > 0 && LINK.equals(args[0]);
    }

    public static int run(Class<?> application, String[] args) {
        Map<String, String> options = CommandLine.options(args);
        if (!options.containsKey("email")) {
            System.err.println("Usage: java -jar pteroca-panel.jar link-pterodactyl --email=EMAIL [--force]");
            return 2;
        }
        try (ConfigurableApplicationContext context = CommandLine.start(application, args, Set.of("email", "force"))) {
            var account = context.getBean(Accounts.class).findByEmail(options.get("email")).orElse(null);
            if (account == null) {
                System.err.println("Refused: no account has this e-mail");
                return 1;
            }
            boolean force = "true".equals(options.get("force"));
            context.getBean(AccountLinker.class).linkExisting(account.id(), force);
            context.publishEvent(new AuditEvent("pterodactyl_user_linked", null, "command line", account.id(), account.email(),
                    null, force ? "forced (root admin)" : null));
            System.out.println("Linked " + account.email() + " to its Pterodactyl user.");
            return 0;
        } catch (Refusal refused) {
            System.err.println("Refused: " + switch (refused.messageKey()) {
                case "pterodactyl.link.noSuchUser" -> "Pterodactyl has no user with this e-mail";
                case "pterodactyl.link.rootAdmin" -> "that Pterodactyl user is a root admin; add --force to link it anyway";
                case "pterodactyl.link.notWaiting" -> "this account is not waiting to be linked (see Admin → Pterodactyl)";
                case "pterodactyl.link.ownedByAPanel" -> "that Pterodactyl user was made by a panel for another account";
                case "pterodactyl.link.alreadyLinked" -> "that Pterodactyl user is already linked to another account";
                default -> refused.messageKey();
            });
            return 1;
        } catch (PterodactylException failed) {
            System.err.println("Pterodactyl refused: " + failed.getMessage());
            return 1;
        }
    }
}
