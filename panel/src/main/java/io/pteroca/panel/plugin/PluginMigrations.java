package io.pteroca.panel.plugin;

import io.pteroca.panel.shared.DatabaseVendorPlaceholders;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Enumeration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.springframework.stereotype.Component;

/**
 * Runs a plugin's SQL migrations ({@code db/migration/V<n>__<name>.sql} in its jar) with Flyway, keeping their
 * history in the plugin's own table {@code plg_<id>_schema_history}. The panel's placeholders work in them
 * ({@code ${id}}, {@code ${ts}}, {@code ${text}}, {@code ${blob}}, {@code ${table_options}}), so one file runs on
 * H2, PostgreSQL and MariaDB. Every statement is checked first: a migration that touches a table outside the
 * plugin's prefix is refused before anything runs.
 */
@Component
class PluginMigrations {

    static final String FOLDER = "db/migration";

    private final DataSource dataSource;

    PluginMigrations(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** True when the jar has migrations at all. */
    static boolean present(Path jar) {
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            return zip.stream().anyMatch(e -> e.getName().startsWith(FOLDER + "/") && e.getName().endsWith(".sql"));
        } catch (IOException e) {
            return false;
        }
    }

    /** Migrates; returns how many migrations ran. */
    int migrate(PluginManifest manifest, Path jar, ClassLoader loader) {
        checkPrefix(manifest, jar);
        try {
            Flyway flyway = Flyway.configure(loader)
                    .dataSource(dataSource)
                    .table(manifest.tablePrefix() + "schema_history")
                    .locations("classpath:" + FOLDER)
                    .placeholders(DatabaseVendorPlaceholders.placeholdersFor(productName()))
                    // The schema already holds the panel's tables: start this plugin's history at 0.
                    .baselineOnMigrate(true)
                    .baselineVersion("0")
                    .cleanDisabled(true)
                    .load();
            return flyway.migrate().migrationsExecuted;
        } catch (FlywayException e) {
            throw new PluginRefusedException("plugin.problem.migration", manifest.id(), firstLine(e.getMessage()));
        }
    }

    private static void checkPrefix(PluginManifest manifest, Path jar) {
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                if (entry.getName().startsWith(FOLDER + "/") && entry.getName().endsWith(".sql")) {
                    String sql;
                    try (InputStream in = zip.getInputStream(entry)) {
                        sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                    }
                    for (String statement : SqlStatements.split(sql)) {
                        SqlStatements.violation(statement, manifest.tablePrefix()).ifPresent(reason -> {
                            throw new PluginRefusedException("plugin.problem.migrationPrefix", manifest.id(), entry.getName(), reason);
                        });
                    }
                }
            }
        } catch (IOException e) {
            throw new PluginRefusedException("plugin.problem.notArchive");
        }
    }

    private String productName() {
        try (Connection connection = dataSource.getConnection()) {
            return connection.getMetaData().getDatabaseProductName();
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot reach the database", e);
        }
    }

    private static String firstLine(String message) {
        return message == null ? "" : message.lines().filter(l -> !l.isBlank()).findFirst().orElse("").strip();
    }
}
