package io.pteroca.panel.plugin;

import io.pteroca.panel.account.AccountView;
import io.pteroca.panel.account.Accounts;
import io.pteroca.panel.account.Role;
import io.pteroca.panel.support.WebSession;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import org.springframework.context.ApplicationContext;

/** Accounts and uploads for the plugin tests. */
final class PluginFixtures {

    static final String PASSWORD = "plugin test secret";

    private final ApplicationContext context;
    private final int port;

    PluginFixtures(ApplicationContext context, int port) {
        this.context = context;
        this.port = port;
    }

    AccountView account(Role role) {
        return context.getBean(Accounts.class).createVerified(role.name().toLowerCase() + "-" + UUID.randomUUID().toString()
                .substring(0, 8) + "@example.test", "Ada", "Plugin", PASSWORD, role, "test");
    }

    WebSession signedIn(AccountView account) {
        WebSession web = new WebSession("http://localhost:" + port);
        web.signIn(account.email(), PASSWORD);
        return web;
    }

    /** Uploads a jar from Admin → Plugins as the admin of this session would. */
    static WebSession.Page upload(WebSession admin, Path jar) throws Exception {
        admin.get("/admin/plugins");
        return admin.upload("/admin/plugins/upload", "file", jar.getFileName().toString(), Files.readAllBytes(jar));
    }

    /** Waits for something another thread does (event delivery), bounded so a failure ends the test. */
    static void await(BooleanSupplier condition, String what) {
        Instant deadline = Instant.now().plusSeconds(20);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("timed out waiting for " + what);
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
