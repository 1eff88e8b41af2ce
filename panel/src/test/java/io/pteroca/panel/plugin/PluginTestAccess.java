package io.pteroca.panel.plugin;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.springframework.context.ApplicationContext;

/** What tests outside this package may do with plugins, as the command line or an admin would. */
public final class PluginTestAccess {

    private final ApplicationContext context;

    public PluginTestAccess(ApplicationContext context) {
        this.context = context;
    }

    private Plugins plugins() {
        return context.getBean(Plugins.class);
    }

    /** Installs a jar as an upload would; returns the plugin's id. */
    public String install(Path jar) {
        return plugins().install(jar, jar.getFileName().toString(), PluginActor.COMMAND_LINE).record().id();
    }

    public void enable(String id) {
        plugins().enable(id, false, PluginActor.COMMAND_LINE);
    }

    public void disable(String id) {
        plugins().disable(id, PluginActor.COMMAND_LINE);
    }

    /** Disables the plugin if it runs, then removes it: leaves the shared panel as it was. */
    public void removeIfPresent(String id) {
        if (context.getBean(ActivePlugins.class).isRunning(id)) {
            plugins().disable(id, PluginActor.COMMAND_LINE);
        }
        if (plugins().overview(id).isPresent()) {
            plugins().remove(id, PluginActor.COMMAND_LINE);
        }
    }

    public boolean running(String id) {
        return context.getBean(ActivePlugins.class).isRunning(id);
    }

    public String state(String id) {
        return context.getBean(PluginStore.class).find(id).map(r -> r.state().name()).orElse("NONE");
    }

    public List<String> findingRules(String id) {
        return context.getBean(PluginStore.class).findingsOf(id).stream().map(Finding::rule).toList();
    }

    /** Runs one tick of the plugin cron dispatcher. */
    public void tickCron() {
        context.getBean(PluginCron.class).tick();
    }

    /** Runs the command line with these arguments on this panel: exit code, standard output and error. */
    public CommandResult command(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = PluginCommandLine.run(plugins(), context.getBean(ActivePlugins.class), args, new PrintWriter(out, true),
                new PrintWriter(err, true));
        return new CommandResult(code, out.toString(), err.toString());
    }

    /** What a command printed and returned. */
    public record CommandResult(int exitCode, String out, String err) {
    }
}
