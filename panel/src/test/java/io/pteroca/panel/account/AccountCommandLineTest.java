package io.pteroca.panel.account;

import static org.assertj.core.api.Assertions.assertThat;

import io.pteroca.panel.PanelApplication;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.crypto.password.PasswordEncoder;

/** The account commands work against the database of a panel that is running at the same time. */
class AccountCommandLineTest {

    private ConfigurableApplicationContext runningPanel;
    private String[] databaseArgs;
    private final InputStream originalIn = System.in;

    @BeforeEach
    void startPanel() throws Exception {
        Path dir = Files.createTempDirectory(Path.of("target"), "cli");
        databaseArgs = new String[] {
            "--spring.datasource.url=jdbc:h2:file:" + dir.toAbsolutePath().resolve("pteroca") + ";AUTO_SERVER=TRUE",
            "--pteroca.encryption.key-file=" + dir.resolve("encryption.key")
        };
        SpringApplication panel = new SpringApplication(PanelApplication.class);
        panel.setWebApplicationType(WebApplicationType.NONE);
        runningPanel = panel.run(databaseArgs);
    }

    @AfterEach
    void stopPanel() {
        System.setIn(originalIn);
        runningPanel.close();
    }

    private int run(String password, String... args) {
        System.setIn(new ByteArrayInputStream((password + "\n").getBytes(StandardCharsets.UTF_8)));
        String[] all = new String[args.length + databaseArgs.length];
        System.arraycopy(args, 0, all, 0, args.length);
        System.arraycopy(databaseArgs, 0, all, args.length, databaseArgs.length);
        return AccountCommandLine.run(PanelApplication.class, all);
    }

    @Test
    void createsAnAdminAndSetsPasswordsWhileThePanelRuns() {
        Accounts accounts = runningPanel.getBean(Accounts.class);
        PasswordEncoder encoder = runningPanel.getBean(PasswordEncoder.class);
        assertThat(run("cli admin secret", "create-admin", "--email=root@example.test", "--first-name=Root",
                "--last-name=Admin")).isZero();
        AccountView admin = accounts.findByEmail("root@example.test").orElseThrow();
        assertThat(admin.role()).isEqualTo(Role.ADMIN);
        assertThat(admin.emailVerified()).isTrue();

        assertThat(run("another cli secret", "set-password", "--email=ROOT@example.test")).isZero();
        String hash = runningPanel.getBean(org.springframework.jdbc.core.JdbcTemplate.class)
                .queryForObject("select password_hash from users where id = ?", String.class, admin.id());
        assertThat(encoder.matches("another cli secret", hash)).isTrue();
    }

    @Test
    void refusesBadInputWithAnExitCode() {
        assertThat(run("short", "create-admin", "--email=weak@example.test", "--first-name=W", "--last-name=K")).isEqualTo(1);
        assertThat(run("long enough secret", "create-admin", "--email=missing-names@example.test")).isEqualTo(2);
        assertThat(run("long enough secret", "set-password", "--email=nobody@example.test")).isEqualTo(1);
        assertThat(runningPanel.getBean(Accounts.class).findByEmail("weak@example.test")).isEmpty();
    }
}
