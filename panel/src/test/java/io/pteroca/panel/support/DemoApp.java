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
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The panel as {@code ./pteroca demo} starts it (the demo profile, its own emulator, its own in-memory database, the
 * example plugin in its plugins folder) on a free port, once per test run, with everything it printed while starting.
 */
public final class DemoApp {

    private static ConfigurableApplicationContext context;
    private static String startupOutput;

    private DemoApp() {
    }

    public static synchronized ConfigurableApplicationContext context() {
        if (context == null) {
            PrintStream console = System.out;
            ByteArrayOutputStream captured = new ByteArrayOutputStream();
            System.setOut(new PrintStream(new Both(console, captured), true, StandardCharsets.UTF_8));
            try {
                Path plugins = TestPlugins.folder("demo");
                Files.copy(TestPlugins.helloWorld(), plugins.resolve("hello-world.jar"), StandardCopyOption.REPLACE_EXISTING);
                context = new SpringApplication(BackgroundWork.Counting.class, PanelApplication.class)
                        .run("--spring.profiles.active=demo", "--server.port=0", "--pteroca.plugins.dir=" + plugins,
                                "--pteroca.plugins.data-dir=" + Path.of("target", "test-data", "demo-plugin-data"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } finally {
                System.setOut(console);
            }
            startupOutput = captured.toString(StandardCharsets.UTF_8);
            Runtime.getRuntime().addShutdownHook(new Thread(context::close));
        }
        return context;
    }

    /** What the demo printed from its first line until it was started, the accounts banner included. */
    public static String startupOutput() {
        context();
        return startupOutput;
    }

    public static int port() {
        return Integer.parseInt(context().getEnvironment().getProperty("local.server.port"));
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
