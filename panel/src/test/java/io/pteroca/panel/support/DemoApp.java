package io.pteroca.panel.support;

import io.pteroca.panel.PanelApplication;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The panel as {@code ./pteroca demo} starts it (the demo profile, its own emulator, its own in-memory database, the
 * example plugin in its plugins folder) on a free port, once per test run, with everything it printed while starting.
 */
public final class DemoApp {

    private static Started pterodactyl;

    private DemoApp() {
    }

    /** The demo and everything it printed while starting. */
    public record Started(ConfigurableApplicationContext context, String output) {

        public int port() {
            return Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
        }

        public String url() {
            return "http://localhost:" + port();
        }

        public WebSession browser() {
            return new WebSession(url());
        }
    }

    public static synchronized ConfigurableApplicationContext context() {
        if (pterodactyl == null) {
            pterodactyl = start("demo");
            Runtime.getRuntime().addShutdownHook(new Thread(pterodactyl.context()::close));
        }
        return pterodactyl.context();
    }

    /**
     * The demo as {@code ./pteroca demo --pteroca.emulator.flavor=pelican} starts it, beside the usual one (its own
     * in-memory database and plugins folder); the caller closes it when done, so it runs only while its test does.
     */
    public static Started onPelican() {
        return start("demo-pelican", "--pteroca.emulator.flavor=pelican",
                "--spring.datasource.url=jdbc:h2:mem:pteroca-demo-pelican;DB_CLOSE_DELAY=-1");
    }

    private static Started start(String name, String... arguments) {
        PrintStream console = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setOut(new PrintStream(new Both(console, captured), true, StandardCharsets.UTF_8));
        try {
            Path plugins = TestPlugins.folder(name);
            Files.copy(TestPlugins.helloWorld(), plugins.resolve("hello-world.jar"), StandardCopyOption.REPLACE_EXISTING);
            List<String> all = new ArrayList<>(List.of("--spring.profiles.active=demo", "--server.port=0",
                    "--pteroca.plugins.dir=" + plugins,
                    "--pteroca.plugins.data-dir=" + Path.of("target", "test-data", name + "-plugin-data")));
            all.addAll(List.of(arguments));
            ConfigurableApplicationContext started = new SpringApplication(BackgroundWork.Counting.class, PanelApplication.class)
                    .run(all.toArray(String[]::new));
            return new Started(started, captured.toString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            System.setOut(console);
        }
    }

    /** What the demo printed from its first line until it was started, the accounts banner included. */
    public static String startupOutput() {
        context();
        return pterodactyl.output();
    }

    public static int port() {
        context();
        return pterodactyl.port();
    }

    public static String url() {
        return "http://localhost:" + port();
    }

    public static WebSession browser() {
        return new WebSession(url());
    }

    /** Writes to the console and keeps a copy. */
    private static final class Both extends OutputStream {
        private final OutputStream first;
        private final OutputStream second;

        Both(OutputStream first, OutputStream second) {
            this.first = first;
            this.second = second;
        }

        @Override
        public void write(int b) throws IOException {
            first.write(b);
            second.write(b);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            first.write(bytes, offset, length);
            second.write(bytes, offset, length);
        }

        @Override
        public void flush() throws IOException {
            first.flush();
            second.flush();
        }
    }
}
