package io.pteroca.plugin.cron;

/**
 * Work on a schedule. Each due run happens once across all panel instances (a database lock), and a run missed
 * while the panel was down happens once when it is back, not once per missed tick.
 */
public interface CronTask {

    /** Unique within the plugin: lower case letters, digits and dashes. */
    String name();

    /**
     * A Unix cron expression of five fields (minute, hour, day of month, month, day of week), in UTC,
     * e.g. {@code "0 * * * *"} for every hour. The panel checks the schedule at most once a minute.
     */
    String schedule();

    void run() throws Exception;
}
