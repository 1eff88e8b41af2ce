package io.pteroca.emulator.state;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class EmulatorStateTickTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-01-01T00:00:00Z"));
    private final EmulatorState state = new EmulatorState(clock, new EmulatorSettings());

    @Test
    void finishesEachInstallOnceItsTimeHasComeAndAgainAfterAReinstall() {
        Server first = installing(1);
        clock.advance(Duration.ofMillis(500));
        Server second = installing(2);

        clock.advance(Duration.ofMillis(600));
        state.tick();
        assertThat(first.status).isNull();
        assertThat(first.installedOnce).isTrue();
        assertThat(second.status).isEqualTo(Server.INSTALLING);

        clock.advance(Duration.ofMillis(400));
        state.tick();
        assertThat(second.status).isNull();

        first.status = Server.INSTALLING;
        state.finishLater(first);
        state.tick();
        assertThat(first.status).isEqualTo(Server.INSTALLING);
        clock.advance(Duration.ofSeconds(1));
        state.tick();
        assertThat(first.status).isNull();
    }

    @Test
    void leavesAloneServersDeletedOrWhoseInstallWasCalledOff() {
        Server deleted = installing(1);
        Server calledOff = installing(2);
        state.servers.remove(deleted.id);
        calledOff.pendingDoneAt = null;

        clock.advance(Duration.ofSeconds(2));
        state.tick();

        assertThat(deleted.status).isEqualTo(Server.INSTALLING);
        assertThat(deleted.installedOnce).isFalse();
        assertThat(calledOff.status).isEqualTo(Server.INSTALLING);
    }

    @Test
    void completesABackupAfterTheDelayWithTheServersFiles() {
        Server server = installing(1);
        state.filesOf(server).put("/server.properties", "motd=hello");
        Backup backup = new Backup();
        backup.id = 7;
        backup.serverId = server.id;
        backup.uuid = state.uuid();
        backup.name = "nightly";
        state.completeLater(backup);
        state.backups.put(backup.id, backup);

        state.tick();
        assertThat(backup.successful).isFalse();

        clock.advance(Duration.ofSeconds(1));
        state.tick();
        assertThat(backup.successful).isTrue();
        assertThat(backup.files).containsEntry("server.properties", "motd=hello");
        assertThat(backup.completedAt).isEqualTo(clock.instant());
    }

    private Server installing(long id) {
        Server server = new Server();
        server.id = id;
        server.uuid = state.uuid();
        server.name = "server " + id;
        state.servers.put(id, server);
        server.status = Server.INSTALLING;
        state.finishLater(server);
        return server;
    }
}
