package io.pteroca.panel.plugin;

/** A plugin action the rules refuse; the problem says why in the admin's language. */
public class PluginRefusedException extends RuntimeException {

    private final transient PluginProblem problem;

    PluginRefusedException(PluginProblem problem) {
        super(problem.toString());
        this.problem = problem;
    }

    PluginRefusedException(String key, Object... args) {
        this(PluginProblem.of(key, args));
    }

    PluginProblem problem() {
        return problem;
    }

    public String messageKey() {
        return problem.key();
    }

    public Object[] messageArgs() {
        return problem.args().toArray();
    }
}
