package io.pteroca.panel.plugin;

import io.pteroca.panel.shared.CommandLine;
import io.pteroca.plugin.cli.CliCommand;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code java -jar pteroca-panel.jar plugin list|scan [ID]|enable ID [--accept-risk]|disable ID|install FILE}, and
 * the commands plugins register, {@code <plugin-id>:<command> [arguments]}. Like the other commands they start the
 * panel without its web server against the same database. A refused action exits with 1 and prints why, with
 * the findings and their levels; a usage error exits with 2.
 */
public final class PluginCommandLine {

    static final String PLUGIN = "plugin";

    private PluginCommandLine() {
    }

    public static boolean isCommand(String[] args) {
        return args.length > 0 && (PLUGIN.equals(args[0]) || args[0].matches("[a-z][a-z0-9-]{1,31}:[a-z][a-z0-9-]{0,23}"));
    }

    public static int run(Class<?> application, String[] args) {
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        if (PLUGIN.equals(args[0]) && (args.length < 2 || !List.of("list", "scan", "enable", "disable", "install").contains(args[1])
                || List.of("enable", "disable", "install").contains(args[1]) && (args.length < 3 || args[2].startsWith("--")))) {
            err.println(usage());
            return 2;
        }
        try (ConfigurableApplicationContext context = CommandLine.start(application, springArguments(args), Set.of())) {
            return run(context.getBean(Plugins.class), context.getBean(ActivePlugins.class), args, out, err);
        }
    }

    /** The action itself, given a running panel; used by the tests as well. */
    static int run(Plugins plugins, ActivePlugins active, String[] args, PrintWriter out, PrintWriter err) {
        try {
            if (!PLUGIN.equals(args[0])) {
                return runPluginCommand(active, args, out, err);
            }
            switch (args[1]) {
                case "list" -> list(plugins.discover(PluginActor.COMMAND_LINE), out);
                case "scan" -> {
                    if (args.length > 2 && !args[2].startsWith("--")) {
                        printFindings(args[2], plugins.scan(args[2], PluginActor.COMMAND_LINE), out);
                    } else {
                        for (Plugins.Overview overview : plugins.discover(PluginActor.COMMAND_LINE)) {
                            if (overview.present()) {
                                printFindings(overview.record().id(), plugins.scan(overview.record().id(), PluginActor.COMMAND_LINE), out);
                            }
                        }
                    }
                }
                case "enable" -> {
                    plugins.discover(PluginActor.COMMAND_LINE);
                    plugins.enable(args[2], Arrays.asList(args).contains("--accept-risk"), PluginActor.COMMAND_LINE);
                    out.println("Enabled " + args[2]);
                }
                case "disable" -> {
                    plugins.disable(args[2], PluginActor.COMMAND_LINE);
                    out.println("Disabled " + args[2]);
                }
                default -> {
                    Path file = Path.of(args[2]);
                    if (!Files.isRegularFile(file)) {
                        err.println("No such file: " + file);
                        return 2;
                    }
                    Plugins.Overview installed = plugins.install(file, file.getFileName().toString(), PluginActor.COMMAND_LINE);
                    out.println("Installed " + installed.record().id() + " " + installed.record().version()
                            + " (not enabled; run: plugin enable " + installed.record().id() + ")");
                    printFindings(installed.record().id(), installed.findings(), out);
                }
            }
            return 0;
        } catch (PluginUpload.CriticalFindingsException critical) {
            err.println("Refused: " + critical.problem());
            critical.findings().forEach(f -> err.println("  " + f.describe()));
            return 1;
        } catch (PluginRefusedException refused) {
            err.println("Refused: " + refused.problem());
            if (args.length > 2 && PLUGIN.equals(args[0])) {
                plugins.overview(args[2]).ifPresent(o -> o.findings().stream()
                        .filter(f -> f.level() == Level.CRITICAL || f.level() == Level.HIGH)
                        .forEach(f -> err.println("  " + f.describe())));
            }
            return 1;
        }
    }

    private static int runPluginCommand(ActivePlugins active, String[] args, PrintWriter out, PrintWriter err) {
        String[] name = args[0].split(":", 2);
        ActivePlugin plugin = active.get(name[0]).orElse(null);
        CliCommand command = plugin == null ? null : plugin.registrations().commands.stream()
                .filter(c -> c.name().equals(name[1])).findFirst().orElse(null);
        if (command == null) {
            err.println("No command " + args[0] + ": the plugin is not enabled or has no such command.");
            active.commands().forEach(o -> err.println("  " + o.plugin().id() + ":" + o.item().name() + "  " + o.item().description()));
            return 2;
        }
        List<String> arguments = Arrays.asList(args).subList(1, args.length);
        try {
            return plugin.call(() -> command.run(arguments, out, err));
        } catch (Exception e) {
            err.println("The command failed: " + e);
            return 1;
        }
    }

    private static void list(List<Plugins.Overview> overviews, PrintWriter out) {
        if (overviews.isEmpty()) {
            out.println("No plugins.");
        }
        for (Plugins.Overview overview : overviews) {
            PluginStore.Record record = overview.record();
            out.printf("%-24s %-10s %-10s %s%s%n", record.id(), record.version(), record.state(),
                    overview.present() ? String.join(",", overview.manifest().capabilities().stream()
                            .map(io.pteroca.plugin.Capability::yamlName).sorted().toList()) : "(jar missing)",
                    record.reason() == null ? "" : "  " + record.reason());
        }
    }

    private static void printFindings(String id, List<Finding> findings, PrintWriter out) {
        out.println(id + ": " + (findings.isEmpty() ? "no findings" : findings.size() + " findings"));
        findings.forEach(f -> out.println("  " + f.describe()));
    }

    /** Spring gets the options that are not this command's own; the first argument is skipped by the starter. */
    private static String[] springArguments(String[] args) {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(args[0]), Arrays.stream(args).skip(1)
                .filter(a -> a.startsWith("--") && !a.equals("--accept-risk"))).toArray(String[]::new);
    }

    private static String usage() {
        return """
                Usage:
                  java -jar pteroca-panel.jar plugin list
                  java -jar pteroca-panel.jar plugin scan [ID]
                  java -jar pteroca-panel.jar plugin enable ID [--accept-risk]
                  java -jar pteroca-panel.jar plugin disable ID
                  java -jar pteroca-panel.jar plugin install FILE
                  java -jar pteroca-panel.jar <plugin-id>:<command> [arguments]
                The plugins folder is PTEROCA_PLUGINS_DIR (default ./plugins); database options are the panel's own.""";
    }
}
