package io.pteroca.panel.plugin;

import java.util.Arrays;
import java.util.List;

/**
 * Why a plugin is refused, blocked or faulted: a message key of {@code messages*.properties} and its arguments,
 * so the reason reads in the admin's language and is stored without HTML.
 */
record PluginProblem(String key, List<String> args) {

    PluginProblem {
        args = List.copyOf(args);
    }

    static PluginProblem of(String key, Object... args) {
        return new PluginProblem(key, Arrays.stream(args).map(String::valueOf).toList());
    }

    /** The arguments as stored in one column: one per line. */
    String storedArgs() {
        return args.stream().map(a -> a.replace('\n', ' ')).reduce((a, b) -> a + "\n" + b).orElse("");
    }

    static PluginProblem stored(String key, String args) {
        if (key == null) {
            return null;
        }
        return new PluginProblem(key, args == null || args.isEmpty() ? List.of() : List.of(args.split("\n", -1)));
    }

    /** For the log and the command line, which have no message bundle at hand. */
    @Override
    public String toString() {
        return key + (args.isEmpty() ? "" : " " + args);
    }
}
