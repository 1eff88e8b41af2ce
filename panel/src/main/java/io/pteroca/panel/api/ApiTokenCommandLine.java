package io.pteroca.panel.api;

import io.pteroca.panel.account.AccountView;
import io.pteroca.panel.account.Accounts;
import io.pteroca.panel.shared.CommandLine;
import io.pteroca.panel.shared.Refusal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code java -jar pteroca-panel.jar api-token create --email=EMAIL --name=NAME --scopes=read,write [--expires=DATE]}:
 * makes a personal access token for an account, as its account page would (same checks, audited), and prints it once.
 */
public final class ApiTokenCommandLine {

    static final String COMMAND = "api-token";
    private static final Set<String> OPTIONS = Set.of("email", "name", "scopes", "expires");
    private static final String USAGE = """
            Usage:
              java -jar pteroca-panel.jar api-token create --email=EMAIL --name=NAME --scopes=SCOPES [--expires=YYYY-MM-DD]
            SCOPES is a comma-separated list of read, write, admin:read, admin:write (admin scopes for staff only).
            The token works until the end of the --expires day (UTC), or until revoked when not given.""";

    private ApiTokenCommandLine() {
    }

    public static boolean isCommand(String[] args) {
        return args.length > 0 && COMMAND.equals(args[0]);
    }

    /** Runs the command and returns the process exit code: 0 done, 1 refused, 2 not understood. */
    public static int run(Class<?> application, String[] args) {
        Map<String, String> options = CommandLine.options(args);
        if (args.length < 2 || !"create".equals(args[1]) || !options.keySet().containsAll(Set.of("email", "name", "scopes"))) {
            System.err.println(USAGE);
            return 2;
        }
        Set<ApiScope> scopes;
        Instant expires;
        try {
            scopes = ApiScope.parse(options.get("scopes"));
            expires = options.containsKey("expires")
                    ? LocalDate.parse(options.get("expires")).plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant() : null;
        } catch (IllegalArgumentException | DateTimeParseException unreadable) {
            System.err.println(USAGE);
            return 2;
        }
        String[] springArgs = Arrays.stream(args).filter(arg -> !arg.equals("create")).toArray(String[]::new);
        try (ConfigurableApplicationContext context = CommandLine.start(application, springArgs, OPTIONS)) {
            AccountView account = context.getBean(Accounts.class).findByEmail(options.get("email")).filter(a -> !a.deleted())
                    .orElse(null);
            if (account == null) {
                System.err.println("Refused: no account has this e-mail");
                return 1;
            }
            try {
                ApiTokens.Issued issued = context.getBean(ApiTokens.class).create(account.id(), options.get("name"), scopes,
                        expires, null, "the command line");
                System.out.println("Created API token " + issued.id() + " for " + account.email()
                        + ". Copy it now, it is not shown again:");
                System.out.println(issued.token());
                return 0;
            } catch (Refusal refused) {
                System.err.println("Refused: " + context.getMessage(refused.messageKey(), refused.args(), refused.messageKey(),
                        Locale.ENGLISH));
                return 1;
            }
        }
    }
}
