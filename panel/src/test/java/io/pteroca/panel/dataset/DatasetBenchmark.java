package io.pteroca.panel.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import io.pteroca.emulator.PterodactylEmulator;
import io.pteroca.panel.support.TestDatabases;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The data set generator at full size (or {@code -Dpteroca.bench.dataset-scale}) into fresh H2 and PostgreSQL
 * databases, as {@code bench/seed} runs it: prints the seconds each took and the rows written per second. Run by
 * bench/run.
 */
class DatasetBenchmark {

    private static final String SCALE = System.getProperty("pteroca.bench.dataset-scale", "1");

    @Test
    void generatesTheFullDataSetOnH2AndPostgres() throws SQLException {
        generate("h2", "jdbc:h2:mem:dataset-bench-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");
        TestDatabases.Connection postgres = TestDatabases.postgres();
        String database = "dataset_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (var connection = DriverManager.getConnection(postgres.url(), postgres.user(), postgres.password())) {
            connection.createStatement().execute("CREATE DATABASE " + database);
        }
        generate("postgres", postgres.url().replaceFirst("/postgres(\\?|$)", "/" + database + "$1"), postgres.user(),
                postgres.password());
    }

    private static void generate(String engine, String url, String user, String password) {
        try (PterodactylEmulator emulator = PterodactylEmulator.builder().host("127.0.0.1").port(0).build().start();
             ConfigurableApplicationContext panel = DatasetGeneratorTest.freshPanel(url, user, password)) {
            long start = System.nanoTime();
            assertThat(DatasetCommandLine.execute(panel, Map.of("generated-data", "true", "scale", SCALE), emulator,
                    System.err, System.err)).isZero();
            double seconds = (System.nanoTime() - start) / 1e9;
            long rows = panel.getBean(org.springframework.jdbc.core.JdbcTemplate.class).queryForObject("SELECT "
                    + "(SELECT COUNT(*) FROM users) + (SELECT COUNT(*) FROM game_server) + (SELECT COUNT(*) FROM server_order) "
                    + "+ (SELECT COUNT(*) FROM payment) + (SELECT COUNT(*) FROM wallet) + (SELECT COUNT(*) FROM wallet_entry) "
                    + "+ (SELECT COUNT(*) FROM server_log)", Long.class);
            synchronized (emulator.state()) {
                assertThat(emulator.state().servers).hasSize(DatasetSize.scaled(Double.parseDouble(SCALE)).servers());
            }
            System.out.println("dataset_seconds_" + engine + ": " + String.format("%.1f", seconds));
            System.out.println("dataset_rows_per_second_" + engine + ": " + Math.round(rows / seconds));
        }
    }
}
