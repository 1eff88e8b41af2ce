package io.pteroca.panel.theme;

import static org.assertj.core.api.Assertions.assertThat;

import io.pteroca.panel.PanelApplication;
import io.pteroca.panel.setting.Settings;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;

/** {@code theme create|list|set|reset} work against the database and themes folder of a panel that runs meanwhile. */
class ThemeCommandLineTest {

    private ConfigurableApplicationContext runningPanel;
    private String[] panelArgs;
    private Path themesDir;
    private final PrintStream originalOut = System.out;
    private final PrintStream originalErr = System.err;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeEach
    void startPanel() throws Exception {
        Path dir = Files.createTempDirectory(Files.createDirectories(Path.of("target")), "theme-cli");
        themesDir = dir.resolve("themes").toAbsolutePath();
        panelArgs = new String[] {
            "--spring.datasource.url=jdbc:h2:file:" + dir.toAbsolutePath().resolve("pteroca") + ";AUTO_SERVER=TRUE",
            "--pteroca.encryption.key-file=" + dir.resolve("encryption.key"),
            "--pteroca.themes.dir=" + themesDir
        };
        SpringApplication panel = new SpringApplication(PanelApplication.class);
        panel.setWebApplicationType(WebApplicationType.NONE);
        runningPanel = panel.run(panelArgs);
    }

    @AfterEach
    void stopPanel() {
        System.setOut(originalOut);
        System.setErr(originalErr);
        runningPanel.close();
    }

    private int run(String... args) {
        out.reset();
        err.reset();
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            String[] all = new String[args.length + panelArgs.length + 1];
            all[0] = "theme";
            System.arraycopy(args, 0, all, 1, args.length);
            System.arraycopy(panelArgs, 0, all, args.length + 1, panelArgs.length);
            return ThemeCommandLine.run(PanelApplication.class, all);
        } finally {
            System.setOut(originalOut);
            System.setErr(originalErr);
        }
    }

    private String activeTheme() {
        Settings settings = runningPanel.getBean(Settings.class);
        settings.invalidate();
        return settings.get(ThemeSettings.ACTIVE);
    }

    @Test
    void createsListsSetsAndResetsThemes() throws Exception {
        assertThat(run("create", "shop", "--from", "midnight")).isZero();
        assertThat(Files.readString(themesDir.resolve("shop/theme.yaml"))).contains("name: shop").contains("version: 1.0.0");
        assertThat(themesDir.resolve("shop/templates/fragments/layout.html")).exists();

        assertThat(run("create", "blank")).isZero();
        assertThat(Files.readString(themesDir.resolve("blank/theme.yaml"))).contains("name: blank");
        assertThat(themesDir.resolve("blank/static/css/theme.css")).exists();

        assertThat(run("list")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).containsPattern("default\\s+\\S+\\s+panel,landing,email\\s+ok\\s+active")
                .containsPattern("midnight\\s+1\\.0\\.0\\s+panel,landing,email\\s+ok").contains("shop").contains("blank");

        assertThat(run("set", "shop")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("Theme shop is active.");
        assertThat(activeTheme()).isEqualTo("shop");
        assertThat(run("reset")).isZero();
        assertThat(activeTheme()).isEqualTo(Theme.DEFAULT);
    }

    @Test
    void refusesDangerousThemesTakenNamesAndNonsense() throws Exception {
        Path evil = Files.createDirectories(themesDir.resolve("evil/templates/account"));
        Files.writeString(themesDir.resolve("evil/theme.yaml"), "name: evil\nversion: 1.0.0\ncontexts: [panel]\n");
        Files.writeString(evil.resolve("login.html"), "<p>\n<script>fetch('/admin')</script></p>");
        assertThat(run("set", "evil")).isEqualTo(1);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("error   templates/account/login.html:2: Inline scripts are blocked");
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("Refused: The theme evil cannot be used");
        assertThat(activeTheme()).isEqualTo(Theme.DEFAULT);

        assertThat(run("create", "midnight")).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("belongs to a theme that comes with the panel");
        assertThat(run("create", "two", "names")).isEqualTo(2);
        assertThat(run("create", "Bad Name")).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("is not a theme name");
        assertThat(run("create", "bad_name")).isEqualTo(1);
        assertThat(run("create", "copy", "--from", "nothing")).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("There is no theme called nothing");
        assertThat(run("set", "nothing")).isEqualTo(1);
        assertThat(run("remove", "evil")).isEqualTo(2);
        assertThat(run()).isEqualTo(2);
    }
}
