package io.pteroca.panel.pterodactyl;

import static org.assertj.core.api.Assertions.assertThat;

import io.pteroca.emulator.PterodactylEmulator;
import io.pteroca.panel.PanelApplication;
import io.pteroca.panel.account.Accounts;
import io.pteroca.panel.account.Role;
import io.pteroca.panel.support.BackgroundWork;
import io.pteroca.panel.support.TestPterodactyl;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;

/** link-pterodactyl links an account explicitly, and a Pterodactyl root admin only with --force. */
class PterodactylCommandLineTest {

    @Test
    void linksExistingUsersAndRootAdminsOnlyWithForce() throws Exception {
        Path dir = Files.createTempDirectory(Path.of("target"), "cli-link");
        String[] database = {
            "--spring.datasource.url=jdbc:h2:file:" + dir.toAbsolutePath().resolve("pteroca") + ";AUTO_SERVER=TRUE",
            "--pteroca.encryption.key-file=" + dir.resolve("encryption.key")
        };
        PterodactylEmulator emulator = TestPterodactyl.emulator();
        String plain = "plain-" + UUID.randomUUID().toString().substring(0, 6) + "@example.test";
        String root = "root-" + UUID.randomUUID().toString().substring(0, 6) + "@example.test";
        synchronized (emulator.state()) {
            emulator.state().createUser(plain, "p" + UUID.randomUUID().toString().substring(0, 6), "Pla", "In", null, false);
            emulator.state().createUser(root, "r" + UUID.randomUUID().toString().substring(0, 6), "Ro", "Ot", null, true);
        }
        SpringApplication app = new SpringApplication(PanelApplication.class, BackgroundWork.Counting.class);
        app.setWebApplicationType(WebApplicationType.NONE);
        try (ConfigurableApplicationContext panel = app.run(database)) {
            panel.getBean(PterodactylSettings.class).configure(emulator.baseUrl(), emulator.applicationKey());
            Accounts accounts = panel.getBean(Accounts.class);
            long plainId = accounts.createVerified(plain, "Pla", "In", "cli linking secret", Role.USER, "test").id();
            long rootId = accounts.createVerified(root, "Ro", "Ot", "cli linking secret", Role.USER, "test").id();
            PterodactylLinkRepository links = panel.getBean(PterodactylLinkRepository.class);
            panel.getBean(AccountLinker.class).link(plainId);
            panel.getBean(AccountLinker.class).link(rootId);
            // The attempts right after each activation committed may have held the rows: let them end.
            BackgroundWork.awaitIdle();
            assertThat(links.findById(plainId).orElseThrow().status()).isEqualTo(PterodactylLink.Status.NEEDS_LINKING);
            assertThat(links.findById(rootId).orElseThrow().status()).isEqualTo(PterodactylLink.Status.NEEDS_LINKING);

            assertThat(PterodactylCommandLine.run(PanelApplication.class, args("--email=" + plain, database))).isZero();
            assertThat(links.findById(plainId).orElseThrow().status()).isEqualTo(PterodactylLink.Status.LINKED);
            assertThat(PterodactylCommandLine.run(PanelApplication.class, args("--email=" + root, database))).isEqualTo(1);
            assertThat(links.findById(rootId).orElseThrow().status()).isEqualTo(PterodactylLink.Status.NEEDS_LINKING);
            assertThat(PterodactylCommandLine.run(PanelApplication.class, args("--email=" + root + " --force", database)))
                    .isZero();
            assertThat(links.findById(rootId).orElseThrow().rootAdmin()).isTrue();
            assertThat(PterodactylCommandLine.run(PanelApplication.class, new String[] {"link-pterodactyl"})).isEqualTo(2);
        }
    }

    private static String[] args(String options, String[] database) {
        String[] own = ("link-pterodactyl " + options).split(" ");
        String[] all = new String[own.length + database.length];
        System.arraycopy(own, 0, all, 0, own.length);
        System.arraycopy(database, 0, all, own.length, database.length);
        return all;
    }
}
