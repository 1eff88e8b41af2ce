package io.pteroca.panel.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.pteroca.emulator.PterodactylEmulator;
import io.pteroca.panel.PanelApplication;
import io.pteroca.panel.account.Accounts;
import io.pteroca.panel.server.ServerWorkTestAccess;
import io.pteroca.panel.setup.SetupState;
import io.pteroca.panel.support.BackgroundWork;
import io.pteroca.panel.support.TestClockConfiguration;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/** The demo starts the emulator inside the panel, seeds accounts that get Pterodactyl users, and says it is a demo. */
class DemoModeTest {

    @Test
    void theDemoRunsWithItsOwnPterodactylAndSeededAccounts() throws Exception {
        // The test runs the server work itself, with a clock it moves, instead of the demo's timer.
        try (ConfigurableApplicationContext demo = new SpringApplication(TestClockConfiguration.class, BackgroundWork.Counting.class,
                PanelApplication.class).run("--spring.profiles.active=demo", "--server.port=0",
                "--spring.datasource.url=jdbc:h2:mem:demo-test;DB_CLOSE_DELAY=-1", "--pteroca.servers.work-initial-delay=PT24H")) {
            PterodactylEmulator emulator = demo.getBean(PterodactylEmulator.class);
            assertThat(demo.getBean(SetupState.class).completed()).isTrue();
            Accounts accounts = demo.getBean(Accounts.class);
            assertThat(accounts.findByEmail(DemoSeeder.ADMIN_EMAIL).orElseThrow().admin()).isTrue();
            long customerId = accounts.findByEmail(DemoSeeder.CUSTOMER_EMAIL).orElseThrow().id();

            JdbcTemplate jdbc = demo.getBean(JdbcTemplate.class);
            BackgroundWork.awaitIdle();
            assertThat(jdbc.queryForList("select status from pterodactyl_account where user_id = ?", String.class, customerId))
                    .containsExactly("LINKED");
            // The demo customer's server is bought from their wallet and provisioned on the emulator.
            new ServerWorkTestAccess(demo).workUntil(() -> jdbc.queryForList("select state from game_server where owner_id = ?",
                    String.class, customerId).equals(List.of("ACTIVE")), "active demo server", emulator);
            assertThat(jdbc.queryForObject("select balance from wallet where user_id = ?", java.math.BigDecimal.class, customerId))
                    .isEqualByComparingTo("18.51");
            synchronized (emulator.state()) {
                assertThat(emulator.state().userByEmail(DemoSeeder.CUSTOMER_EMAIL)).isPresent();
            }

            String port = demo.getEnvironment().getProperty("local.server.port");
            HttpResponse<String> login = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(login.body()).contains("id=\"demo-badge\"");
            HttpResponse<String> store = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/store")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(store.body()).contains("Minecraft").contains("Voice");
            assertThat(demo.getBean(io.pteroca.panel.catalog.Catalog.class).allProducts())
                    .extracting(io.pteroca.panel.catalog.ProductView::name).containsExactly("Mumble", "Paper 2 GB", "Paper 4 GB");
            assertThat(demo.getBean(io.pteroca.panel.setting.Settings.class).definition("payment.bank_transfer.enabled")
                    .map(d -> demo.getBean(io.pteroca.panel.setting.Settings.class).get(d))).contains("true");
        }
    }
}
