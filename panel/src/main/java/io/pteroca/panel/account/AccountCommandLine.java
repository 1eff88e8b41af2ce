package io.pteroca.panel.account;

import io.pteroca.panel.shared.CommandLine;
import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Account commands for a shell on the server, run as {@code java -jar pteroca-panel.jar <command> --option=value}.
 * They start the panel without its web server against the same database, so they work while the panel runs.
 * The password is read from {@code PTEROCA_PASSWORD}, else from the terminal, else from the first line of stdin,
 * never from the command line where other users could see it.
 */
public final class AccountCommandLine {

    static final String CREATE_ADMIN = "create-admin";
    static final String SET_PASSWORD = "set-password";
    private static final Set<String> COMMANDS = Set.of(CREATE_ADMIN, SET_PASSWORD);

    private AccountCommandLine() {
    }

    public static boolean isCommand(String[] args) {
        return args.length > 0 && COMMANDS.contains(args[0]);
    }

    /** Runs the command and returns the process exit code. */
    public static int run(Class<?> application, String[] args) {
        Map<String, String> options = CommandLine.options(args);
        if (!options.containsKey("email") || CREATE_ADMIN.equals(args[0])
                && (!options.containsKey("first-name") || !options.containsKey("last-name"))) {
            System.err.println(usage());
            return 2;
        }
        String password = readPassword();
        if (password == null || password.isEmpty()) {
            System.err.println("No password given: set PTEROCA_PASSWORD or type it when asked.");
            return 2;
        }
        try (ConfigurableApplicationContext context = CommandLine.start(application, args,
                Set.of("email", "first-name", "last-name"))) {
            Accounts accounts = context.getBean(Accounts.class);
            if (CREATE_ADMIN.equals(args[0])) {
                AccountView admin = accounts.createVerified(options.get("email"), options.get("first-name"),
                        options.get("last-name"), password, Role.ADMIN, "command line");
                System.out.println("Created admin " + admin.email() + " (id " + admin.id() + ")");
            } else {
                accounts.setPassword(options.get("email"), password);
                System.out.println("Password set for " + options.get("email") + "; its sessions were ended.");
            }
            return 0;
        } catch (IllegalArgumentException refused) {
            System.err.println("Refused: " + describe(refused.getMessage()));
            return 1;
        }
    }

    private static String describe(String messageKey) {
        return switch (messageKey) {
            case "register.emailTaken" -> "an account with this e-mail already exists";
            case "register.emailInvalid" -> "the e-mail address is not valid";
            case "register.nameRequired" -> "first and last name are required";
            case "password.tooShort" -> "the password needs at least " + PasswordPolicy.MIN_LENGTH + " characters";
            case "password.tooLong" -> "the password is longer than " + PasswordPolicy.MAX_BYTES + " bytes";
            case "password.tooCommon" -> "the password is too common";
            case "account.unknown" -> "no account has this e-mail";
            default -> messageKey;
        };
    }

    private static String readPassword() {
        String fromEnvironment = System.getenv("PTEROCA_PASSWORD");
        if (fromEnvironment != null && !fromEnvironment.isEmpty()) {
            return fromEnvironment;
        }
        Console console = System.console();
        if (console != null) {
            char[] typed = console.readPassword("Password: ");
            return typed == null ? null : new String(typed);
        }
        try {
            return new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
        } catch (IOException e) {
            return null;
        }
    }

    private static String usage() {
        return """
                Usage:
                  java -jar pteroca-panel.jar create-admin --email=EMAIL --first-name=NAME --last-name=NAME
                  java -jar pteroca-panel.jar set-password --email=EMAIL
                The password comes from PTEROCA_PASSWORD, or is asked for, or read from the first line of stdin.
                Database options are the panel's own (PTEROCA_DB_URL, PTEROCA_DB_USER, PTEROCA_DB_PASSWORD).""";
    }
}
