package io.pteroca.panel.plugin;

/**
 * One thing the security scan found: its level and rule, where (class and method, or the archive entry, or
 * the migration file) and a short detail such as the call it saw.
 */
public record Finding(Level level, String rule, String className, String methodName, String detail)
        implements java.io.Serializable {

    static Finding of(Rule rule, String className, String methodName, String detail) {
        return new Finding(rule.level(), rule.id(), className, methodName, truncate(detail));
    }

    private static String truncate(String text) {
        return text.length() > 900 ? text.substring(0, 900) + "…" : text;
    }

    /** One line for the command line and the log. */
    public String describe() {
        return level + " " + rule + " in " + className + (methodName.isEmpty() ? "" : "#" + methodName) + ": " + detail;
    }
}
