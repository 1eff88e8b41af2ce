package io.pteroca.panel.plugin;

/** The security scan's rules; each finding names one. The page explains each as {@code plugin.rule.<id>}. */
enum Rule {
    PROCESS_EXECUTION("process-execution", Level.CRITICAL),
    NATIVE_CODE("native-code", Level.CRITICAL),
    UNSAFE("unsafe", Level.CRITICAL),
    CLASS_DEFINITION("class-definition", Level.CRITICAL),
    PROCESS_EXIT("process-exit", Level.CRITICAL),
    PRIVATE_REFLECTION("private-reflection", Level.CRITICAL),
    SCRIPT_ENGINE("script-engine", Level.CRITICAL),
    DESERIALISATION("deserialisation", Level.CRITICAL),
    ZIP_SLIP("zip-slip", Level.CRITICAL),
    ARCHIVE_LINK("archive-link", Level.CRITICAL),
    MIGRATION_OUTSIDE_PREFIX("migration-outside-prefix", Level.CRITICAL),
    TEMPLATE_CODE("template-code", Level.CRITICAL),
    SQL_CONCATENATION("sql-concatenation", Level.HIGH),
    NETWORK_ACCESS("network-access", Level.HIGH),
    UNDECLARED_HOST("undeclared-host", Level.HIGH),
    FILE_WRITE("file-write", Level.HIGH),
    VULNERABLE_LIBRARY("vulnerable-library", Level.HIGH),
    REFLECTIVE_CALL("reflective-call", Level.HIGH),
    HARD_CODED_CREDENTIAL("hard-coded-credential", Level.MEDIUM),
    ENVIRONMENT_READ("environment-read", Level.MEDIUM),
    UNESCAPED_OUTPUT("unescaped-output", Level.MEDIUM),
    THREAD_CREATION("thread-creation", Level.LOW),
    CONSOLE_OUTPUT("console-output", Level.LOW),
    SHUTDOWN_HOOK("shutdown-hook", Level.LOW),
    FINALIZER("finalizer", Level.LOW);

    private final String id;
    private final Level level;

    Rule(String id, Level level) {
        this.id = id;
        this.level = level;
    }

    String id() {
        return id;
    }

    Level level() {
        return level;
    }
}
