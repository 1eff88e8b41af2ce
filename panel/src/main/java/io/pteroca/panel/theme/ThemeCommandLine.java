package io.pteroca.panel.theme;

import io.pteroca.panel.audit.AuditEvent;
import io.pteroca.panel.shared.CommandLine;
import io.pteroca.panel.shared.Refusal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.MessageSource;

/**
 * {@code java -jar pteroca-panel.jar theme create NAME [--from THEME] | list | set NAME | reset}: the command-line twin
 * of Admin → Themes. It starts the panel without its web server against the same database and themes directory
 * ({@code PTEROCA_THEMES_DIR}), so it works while the panel runs; {@code set} runs the same checks as the admin page.
 */
public final class ThemeCommandLine {

    static final String COMMAND = "theme";
    private static final String USAGE = """
            Usage:
              java -jar pteroca-panel.jar theme list
              java -jar pteroca-panel.jar theme create NAME [--from THEME]
              java -jar pteroca-panel.jar theme set NAME
              java -jar pteroca-panel.jar theme reset
            Themes live in PTEROCA_THEMES_DIR (./themes unless set); NAME is lower case letters, digits and dashes.""";

    private ThemeCommandLine() {
    }

    public static boolean isCommand(String[] args) {
        return args.length > 0 && COMMAND.equals(args[0]);
    }

    /** Runs the command and returns the process exit code: 0 done, 1 refused, 2 not understood. */
    public static int run(Class<?> application, String[] args) {
        List<String> words = new ArrayList<>();
        String from = Theme.DEFAULT;
        for (int i = 1; i < args.length; i++) {
            if (args[i].equals("--from") && i + 1 < args.length) {
                from = args[++i];
            } else if (args[i].startsWith("--from=")) {
                from = args[i].substring("--from=".length());
            } else if (!args[i].startsWith("--")) {
                words.add(args[i]);
            }
        }
        String action = words.isEmpty() ? "" : words.get(0);
        int expected = switch (action) {
            case "list", "reset" -> 1;
            case "create", "set" -> 2;
            default -> -1;
        };
        if (words.size() != expected) {
            System.err.println(USAGE);
            return 2;
        }
        try (ConfigurableApplicationContext context = CommandLine.start(application, springArguments(args), Set.of("from"))) {
            Themes themes = context.getBean(Themes.class);
            MessageSource messages = context.getBean(MessageSource.class);
            try {
                switch (action) {
                    case "list" -> list(themes);
                    case "create" -> {
                        Theme created = themes.create(words.get(1), from);
                        audit(context, "theme_created", words.get(1) + " from " + from);
                        System.out.println("Created theme " + created.name() + " in "
                                + ((ThemeFiles.Directory) created.files()).root() + ".");
                    }
                    case "set" -> {
                        Theme theme = themes.require(words.get(1));
                        ThemeReport report = themes.check(theme);
                        print(report, messages);
                        themes.activate(theme.name());
                        audit(context, "theme_activated", theme.name());
                        System.out.println("Theme " + theme.name() + " is active.");
                    }
                    default -> {
                        themes.reset();
                        audit(context, "theme_activated", Theme.DEFAULT);
                        System.out.println("The default theme is active.");
                    }
                }
                return 0;
            } catch (Refusal refused) {
                System.err.println("Refused: " + messages.getMessage(refused.messageKey(), refused.args(), Locale.ENGLISH));
                return 1;
            }
        }
    }

    /** Everything but the command's own words goes to Spring: {@code --spring.datasource.url=…} and the like. */
    private static String[] springArguments(String[] args) {
        List<String> spring = new ArrayList<>(List.of(COMMAND));
        for (int i = 1; i < args.length; i++) {
            if (args[i].equals("--from")) {
                i++;
            } else if (args[i].startsWith("--")) {
                spring.add(args[i]);
            }
        }
        return spring.toArray(String[]::new);
    }

    private static void list(Themes themes) {
        System.out.printf("%-24s %-10s %-22s %-24s %s%n", "NAME", "VERSION", "CONTEXTS", "CHECKS", "");
        for (Themes.Overview overview : themes.overview()) {
            Theme theme = overview.theme();
            ThemeManifest manifest = theme.manifest();
            ThemeReport report = overview.report();
            String checks = report.findings().isEmpty() ? "ok"
                    : report.errors() + " error(s), " + report.warnings() + " warning(s)";
            System.out.printf("%-24s %-10s %-22s %-24s %s%n", theme.name(), manifest == null ? "?" : manifest.version(),
                    manifest == null ? "?" : String.join(",", manifest.contextIds()), checks, overview.active() ? "active" : "");
        }
    }

    private static void print(ThemeReport report, MessageSource messages) {
        for (ThemeFinding finding : report.findings()) {
            System.out.println((finding.blocking() ? "error   " : "warning ") + finding.where() + ": "
                    + messages.getMessage(finding.messageKey(), new Object[0], Locale.ENGLISH)
                    + (finding.detail().isEmpty() ? "" : " — " + finding.detail()));
        }
    }

    private static void audit(ConfigurableApplicationContext context, String action, String details) {
        context.publishEvent(new AuditEvent(action, null, "command line", null, null, null, details));
    }
}
