package io.pteroca.plugin;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * SQL on the plugin's own tables only. Every statement is checked before it runs: the tables it names must start
 * with {@link #tablePrefix()}, and one call runs one statement. Values go in as {@code ?} parameters, never
 * concatenated into the SQL (the security scan reports string-built SQL as HIGH).
 */
public interface PluginDatabase {

    /** {@code plg_<id>_} with the id's dashes as underscores, e.g. {@code plg_hello_world_}. */
    String tablePrefix();

    /** Runs an INSERT, UPDATE, DELETE or DDL statement and returns the rows changed. */
    int update(String sql, Object... parameters);

    /** Runs a query; column names come back in lower case. */
    List<Row> query(String sql, Object... parameters);

    /** The first row of a query, if any. */
    default Optional<Row> queryFirst(String sql, Object... parameters) {
        List<Row> rows = query(sql, parameters);
        return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0));
    }

    /** Runs the work in one transaction: everything it wrote commits together or not at all. */
    <T> T inTransaction(Supplier<T> work);
}
