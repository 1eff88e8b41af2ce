package io.pteroca.panel.shared;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * What the panel's shell commands share: {@code --name=value} options, and starting the panel without its web
 * server against the same database, so a command works while the panel runs.
 */
public final class CommandLine {

    private CommandLine() {
    }

    /** The command's own {@code --name=value} options (after the command name). */
    public static Map<String, String> options(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (int i = 1; i < args.length; i++) {
            if (args[i].startsWith("--") && args[i].contains("=")) {
                int eq = args[i].indexOf('=');
                options.put(args[i].substring(2, eq), args[i].substring(eq + 1));
            } else if (args[i].startsWith("--")) {
                options.put(args[i].substring(2), "true");
            }
        }
        return options;
    }

    /**
     * Starts the panel without a web server and without its scheduled jobs (the running panel does those); every
     * argument but the command and its own options goes to Spring.
     */
    public static ConfigurableApplicationContext start(Class<?> application, String[] args, Set<String> ownOptions) {
        // The context prepared at build time (-Paot, used with spring.aot.enabled=true as in the Docker image) is the
        // web panel's; a command's context differs (no web server, no jobs), so it is always prepared at run time.
        System.setProperty("spring.aot.enabled", "false");
        SpringApplication app = new SpringApplication(application);
        app.setWebApplicationType(WebApplicationType.NONE);
        app.setDefaultProperties(Map.of("pteroca.scheduling.enabled", "false"));
        app.setLogStartupInfo(false);
        String[] springArgs = Arrays.stream(args).skip(1)
                .filter(a -> ownOptions.stream().noneMatch(o -> a.equals("--" + o) || a.startsWith("--" + o + "=")))
                .toArray(String[]::new);
        return app.run(springArgs);
    }
}
