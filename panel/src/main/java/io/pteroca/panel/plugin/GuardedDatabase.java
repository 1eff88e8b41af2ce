package io.pteroca.panel.plugin;

import io.pteroca.plugin.PluginAccessDeniedException;
import io.pteroca.plugin.PluginDatabase;
import io.pteroca.plugin.Row;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The SQL a plugin may run: one statement per call, on tables named with its prefix only. Besides the names
 * after FROM, INTO, UPDATE... every identifier of the statement is compared with the tables that exist, so a
 * panel table (or another plugin's) cannot be reached by a form of SQL the reader does not know.
 */
@Component
class GuardedDatabase {

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final DataSource dataSource;

    GuardedDatabase(JdbcTemplate jdbc, TransactionTemplate transactions, DataSource dataSource) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.dataSource = dataSource;
    }

    PluginDatabase of(PluginManifest manifest, CapabilityGuard guard) {
        String prefix = manifest.tablePrefix();
        return new PluginDatabase() {
            @Override
            public String tablePrefix() {
                return prefix;
            }

            @Override
            public int update(String sql, Object... parameters) {
                guard.require(io.pteroca.plugin.Capability.MIGRATIONS, "database access");
                check(sql, prefix);
                return jdbc.update(sql, bind(parameters));
            }

            @Override
            public List<Row> query(String sql, Object... parameters) {
                guard.require(io.pteroca.plugin.Capability.MIGRATIONS, "database access");
                check(sql, prefix);
                return jdbc.queryForList(sql, bind(parameters)).stream().map(Row::new).toList();
            }

            @Override
            public <T> T inTransaction(Supplier<T> work) {
                return transactions.execute(status -> work.get());
            }
        };
    }

    void check(String sql, String prefix) {
        List<String> statements = SqlStatements.split(sql == null ? "" : sql);
        if (statements.size() != 1) {
            throw new PluginAccessDeniedException("one SQL statement per call");
        }
        SqlStatements.violation(statements.get(0), prefix).ifPresent(reason -> {
            throw new PluginAccessDeniedException(reason);
        });
        Set<String> foreign = new HashSet<>(SqlStatements.identifiers(statements.get(0)));
        foreign.retainAll(tablesOutside(prefix));
        if (!foreign.isEmpty()) {
            throw new PluginAccessDeniedException("table " + foreign.iterator().next() + " is not named " + prefix + "…");
        }
    }

    private Set<String> tablesOutside(String prefix) {
        Set<String> tables = new HashSet<>();
        try (Connection connection = dataSource.getConnection();
             ResultSet rs = connection.getMetaData().getTables(connection.getCatalog(), connection.getSchema(), "%",
                     new String[] {"TABLE", "VIEW"})) {
            while (rs.next()) {
                String table = rs.getString("TABLE_NAME").toLowerCase(Locale.ROOT);
                if (!table.startsWith(prefix)) {
                    tables.add(table);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot list the database's tables", e);
        }
        return tables;
    }

    private static Object[] bind(Object[] parameters) {
        Object[] bound = parameters.clone();
        for (int i = 0; i < bound.length; i++) {
            if (bound[i] instanceof Instant instant) {
                bound[i] = Timestamp.from(instant);
            }
        }
        return bound;
    }
}
