package io.pteroca.panel.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import io.pteroca.emulator.PterodactylEmulator;
import io.pteroca.emulator.state.Server;
import io.pteroca.panel.PanelApplication;
import io.pteroca.panel.shared.CommandLine;
import io.pteroca.panel.support.TestPlugins;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/** The data set generator at 1/1000 scale on a fresh H2 database, as the seed-dataset command runs it. */
class DatasetGeneratorTest {

    private static final Map<String, String> ONE_THOUSANDTH = Map.of("generated-data", "true", "scale", "0.001");

    @Test
    void refusesRealCustomersGeneratesLedgersThatAddUpWithTheMatchingPterodactylServersAndRefusesToRunAgain() {
        try (PterodactylEmulator emulator = PterodactylEmulator.builder().host("127.0.0.1").port(0).build().start();
             ConfigurableApplicationContext panel = freshPanel("jdbc:h2:mem:dataset-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1",
                     "sa", "")) {
            JdbcTemplate jdbc = panel.getBean(JdbcTemplate.class);
            Output output = new Output();
            // A customer who deleted their account is still a real customer.
            jdbc.update("INSERT INTO users (email, deleted_email, password_hash, first_name, last_name, role, email_verified, blocked, "
                    + "session_version, created_at, updated_at, version) VALUES (NULL, 'gone@example.test', 'x', 'Real', 'Person', "
                    + "'USER', TRUE, FALSE, 0, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 0)");
            assertThat(DatasetCommandLine.execute(panel, ONE_THOUSANDTH, emulator, output.out, output.out)).isEqualTo(1);
            assertThat(output.text()).contains("1 real customer account");
            assertThat(count(jdbc, "SELECT COUNT(*) FROM catalog_product")).as("nothing written").isZero();
            synchronized (emulator.state()) {
                assertThat(emulator.state().servers).isEmpty();
            }
            jdbc.update("DELETE FROM users");

            assertThat(DatasetCommandLine.execute(panel, Map.of("scale", "0.001"), emulator, output.out, output.out))
                    .as("without --generated-data").isEqualTo(2);
            assertThat(DatasetCommandLine.execute(panel, ONE_THOUSANDTH, emulator, output.out, output.out)).isZero();

            assertThat(count(jdbc, "SELECT COUNT(*) FROM users WHERE email LIKE '%" + DatasetGenerator.DOMAIN + "'")).isEqualTo(10);
            assertThat(count(jdbc, "SELECT COUNT(*) FROM catalog_product")).isEqualTo(20);
            assertThat(count(jdbc, "SELECT COUNT(*) FROM game_server")).isEqualTo(50);
            assertThat(count(jdbc, "SELECT COUNT(*) FROM server_order")).isEqualTo(200);
            assertThat(count(jdbc, "SELECT COUNT(*) FROM payment WHERE status = 'PAID'")).isEqualTo(300);
            assertThat(count(jdbc, "SELECT COUNT(*) FROM wallet_entry")).isEqualTo(500);
            assertThat(count(jdbc, "SELECT COUNT(*) FROM server_log")).isGreaterThanOrEqualTo(150);
            assertThat(count(jdbc, "SELECT COUNT(*) FROM game_server WHERE owner_id = (SELECT id FROM users WHERE email = "
                    + "'customer-000000" + DatasetGenerator.DOMAIN + "')")).as("the customer with many servers").isEqualTo(25);
            assertThat(jdbc.queryForList("SELECT w.user_id FROM wallet w WHERE w.balance <> "
                    + "(SELECT COALESCE(SUM(e.amount), 0) FROM wallet_entry e WHERE e.user_id = w.user_id)", Long.class))
                    .as("wallets whose ledger does not add up").isEmpty();
            assertThat(count(jdbc, "SELECT COUNT(*) FROM wallet_entry WHERE balance_after < 0")).isZero();
            assertThat(jdbc.queryForObject("SELECT COALESCE(SUM(amount), 0) FROM wallet_entry WHERE reason = 'TOP_UP'", BigDecimal.class))
                    .isEqualByComparingTo(jdbc.queryForObject("SELECT SUM(amount) FROM payment", BigDecimal.class));
            assertThat(jdbc.queryForObject("SELECT -SUM(amount) FROM wallet_entry WHERE reason IN ('PURCHASE', 'RENEWAL')",
                    BigDecimal.class)).isEqualByComparingTo(jdbc.queryForObject("SELECT SUM(total) FROM server_order", BigDecimal.class));

            Map<Long, String> panelSide = jdbc.query("SELECT pterodactyl_server_id, state FROM game_server", (row, n) ->
                    Map.entry(row.getLong(1), row.getString(2))).stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
            synchronized (emulator.state()) {
                List<Server> servers = List.copyOf(emulator.state().servers.values());
                assertThat(servers).hasSize(50);
                assertThat(servers).allSatisfy(server -> {
                    assertThat(panelSide).containsKey(server.id);
                    assertThat(server.suspended()).isEqualTo(panelSide.get(server.id).equals("SUSPENDED"));
                });
            }
            assertThat(output.text()).contains("dataset_servers: 50", "dataset_ledger_entries: 500");

            Output again = new Output();
            assertThat(DatasetCommandLine.execute(panel, ONE_THOUSANDTH, emulator, again.out, again.out)).isEqualTo(1);
            assertThat(again.text()).contains("already holds a generated data set");
            jdbc.update("INSERT INTO users (email, password_hash, first_name, last_name, role, email_verified, blocked, session_version, "
                    + "created_at, updated_at, version) VALUES ('someone@example.test', 'x', 'Real', 'Person', 'USER', TRUE, FALSE, 0, "
                    + "CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 0)");
            Output real = new Output();
            assertThat(DatasetCommandLine.execute(panel, ONE_THOUSANDTH, emulator, real.out, real.out)).isEqualTo(1);
            assertThat(real.text()).contains("1 real customer account");
            assertThat(count(jdbc, "SELECT COUNT(*) FROM game_server")).as("nothing more written").isEqualTo(50);
        }
    }

    /** The panel without its web server on an empty database, as the command starts it. */
    static ConfigurableApplicationContext freshPanel(String url, String user, String password) {
        return CommandLine.start(PanelApplication.class, new String[] {DatasetCommandLine.COMMAND,
                "--spring.datasource.url=" + url, "--spring.datasource.username=" + user,
                "--spring.datasource.password=" + password,
                "--pteroca.encryption.key-file=" + Path.of("target", "test-data", "encryption.key"),
                "--pteroca.plugins.dir=" + TestPlugins.folder("dataset"),
                "--pteroca.plugins.data-dir=" + Path.of("target", "test-data", "plugin-data")}, Set.of());
    }

    private static int count(JdbcTemplate jdbc, String sql) {
        return jdbc.queryForObject(sql, Integer.class);
    }

    private static final class Output {
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        final PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);

        String text() {
            return bytes.toString(StandardCharsets.UTF_8);
        }
    }
}
