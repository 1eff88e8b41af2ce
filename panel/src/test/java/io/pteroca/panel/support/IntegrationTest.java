package io.pteroca.panel.support;

import io.pteroca.panel.mail.MailSettings;
import io.pteroca.panel.pterodactyl.PterodactylSettings;
import io.pteroca.panel.setting.Settings;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The panel on a random port with H2, GreenMail as its SMTP server, a clock tests can move and its background work
 * counted ({@link BackgroundWork}). All subclasses share one application context, so it starts once per test run.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import({TestClockConfiguration.class, BackgroundWork.Counting.class})
@org.junit.jupiter.api.extension.ExtendWith(Chromium.FailureCapture.class)
public abstract class IntegrationTest {

    /** The panel's themes directory in these tests; tests that install a theme give it a name of its own. */
    protected static final Path THEMES_DIR = Path.of("target", "test-themes").toAbsolutePath();

    @LocalServerPort
    protected int port;
    @Autowired
    protected Settings settings;
    @Autowired
    protected MutableClock clock;
    @Autowired
    protected JdbcTemplate jdbc;
    @Autowired
    protected PterodactylSettings pterodactylSettings;

    @DynamicPropertySource
    static void panelProperties(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> "jdbc:h2:mem:integration;DB_CLOSE_DELAY=-1");
        registry.add("pteroca.encryption.key-file", () -> Path.of("target", "test-data", "encryption.key").toString());
        registry.add("pteroca.captcha.verify-url", CaptchaStub::url);
        registry.add("pteroca.stripe.api-base", TestStripe::url);
        registry.add("pteroca.plugins.dir", () -> TestPlugins.folder("integration").toString());
        registry.add("pteroca.plugins.data-dir", () -> Path.of("target", "test-data", "plugin-data").toString());
        registry.add("pteroca.plugins.advisories-file", () -> Path.of("target", "test-data", "plugin-advisories.json").toString());
        registry.add("pteroca.themes.dir", () -> THEMES_DIR.toString());
    }

    @BeforeEach
    void resetSharedState() {
        // What the previous test started (a link, a sync, an e-mail) ends before this one looks at anything.
        BackgroundWork.awaitIdle();
        clock.reset();
        jdbc.update("DELETE FROM rate_limit_window");
        TestPterodactyl.use(io.pteroca.emulator.state.EmulatorSettings.Flavor.PTERODACTYL).faults().clear();
        pterodactylSettings.configure(TestPterodactyl.emulator().baseUrl(), TestPterodactyl.emulator().applicationKey());
        // A test that activated a theme must not change how the next one's pages look.
        settings.set(settings.definition("appearance.theme").orElseThrow(), "");
        settings.setAll(Map.of(
                MailSettings.HOST, "127.0.0.1",
                MailSettings.PORT, Integer.toString(TestMail.port()),
                MailSettings.SECURITY, "none",
                MailSettings.FROM_ADDRESS, "panel@pteroca.test"));
    }

    protected WebSession browser() {
        return new WebSession("http://localhost:" + port);
    }
}
