package io.pteroca.plugin.cli;

import java.io.PrintWriter;
import java.util.List;

/**
 * A shell command, run as {@code java -jar pteroca-panel.jar <plugin-id>:<name> [arguments]}. The panel starts
 * without its web server against the same database, enables the plugins that are enabled, and runs the command.
 */
public interface CliCommand {

    /** Lower case letters, digits and dashes. */
    String name();

    /** One line for the command list. */
    String description();

    /** Returns the process exit code: 0 for success. */
    int run(List<String> arguments, PrintWriter out, PrintWriter err) throws Exception;
}
