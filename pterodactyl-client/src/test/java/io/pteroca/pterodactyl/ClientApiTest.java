package io.pteroca.pterodactyl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pteroca.pterodactyl.client.ClientApi;
import io.pteroca.pterodactyl.client.ClientServersApi.PowerSignal;
import io.pteroca.pterodactyl.client.model.ScheduleSpec;
import io.pteroca.pterodactyl.client.model.TaskSpec;
import io.pteroca.pterodactyl.error.BadRequestException;
import io.pteroca.pterodactyl.error.ConflictException;
import io.pteroca.pterodactyl.error.ForbiddenException;
import io.pteroca.pterodactyl.error.NotFoundException;
import io.pteroca.pterodactyl.error.ValidationException;
import io.pteroca.pterodactyl.page.ListQuery;
import io.pteroca.pterodactyl.support.PanelTest;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ClientApiTest extends PanelTest {

    private static final String SERVER = "649867d0";
    private ClientApi client;

    @BeforeEach
    void client() {
        client = Pterodactyl.client(panel.settings(sleeper).build());
    }

    @Test
    void accountAndServers() {
        panel.expect("recordings-2/003-account-get.json").serve("recordings/26-client-account-server-list.json")
                .expect("recordings/27-client-get-server.json").expect("recordings/29-client-server-websocket.json");

        var account = client.account().get();
        assertThat(account.id()).isEqualTo(16);
        assertThat(account.admin()).isFalse();
        assertThat(account.firstName()).isEqualTo("Rec");
        assertThat(client.servers().stream(ListQuery.none()).toList()).extracting(s -> s.identifier()).containsExactly("e06a9d93");
        var view = client.servers().get("e06a9d93");
        assertThat(view.serverOwner()).isTrue();
        assertThat(view.userPermissions()).containsExactly("*");
        assertThat(view.server().internalId()).isEqualTo(2);
        assertThat(view.server().sftpDetails().port()).isEqualTo(2022);
        assertThat(view.server().eggFeatures()).contains("eula");
        assertThat(view.server().relationships().allocations().get(0).primary()).isTrue();
        assertThat(view.server().relationships().variables().get(1).serverValue()).isEqualTo("server.jar");
        assertThat(view.server().installing()).isFalse();
        var socket = client.servers().websocket("e06a9d93");
        assertThat(socket.socket()).isEqualTo("ws://127.0.0.1:8443/api/servers/e06a9d93-2bce-46b2-bd3b-ad09858079d1/ws");
        assertThat(socket.token()).startsWith("eyJ");
    }

    @Test
    void stateGateAndPower() {
        panel.expect("recordings-2/001-client-get-server-while-installing.json")
                .expect("recordings-2/002-client-resources-while-installing.json")
                .expect("recordings/31-client-server-power-start.json")
                .serve("recordings/33-client-server-power-bad-signal.json");

        assertThat(client.servers().get(SERVER).server().installing()).isTrue();
        assertThatThrownBy(() -> client.servers().resources(SERVER)).isInstanceOfSatisfying(ConflictException.class, e -> {
            assertThat(e.code()).isEqualTo("ServerStateConflictException");
            assertThat(e.detail()).startsWith("This server has not yet completed its installation process");
        });
        client.servers().power("e06a9d93", PowerSignal.START);
        assertThat(panel.request(2).json().get("signal").asString()).isEqualTo("start");
        assertThatThrownBy(() -> client.servers().power("e06a9d93", PowerSignal.KILL)).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.sourceField()).isEqualTo("signal"));
    }

    @Test
    void startupAndSettings() {
        panel.expect("recordings-2/009-startup-get.json").expect("recordings-2/010-startup-variable-update.json")
                .expect("recordings-2/011-startup-variable-hidden.json").expect("recordings-2/013-startup-variable-invalid-value.json")
                .expect("recordings-2/015-settings-rename.json").expect("recordings-2/017-settings-docker-image-valid.json")
                .expect("recordings-2/018-settings-docker-image-not-in-egg.json");

        var startup = client.startup().get(SERVER);
        assertThat(startup.variables()).extracting(v -> v.envVariable()).contains("MINECRAFT_VERSION");
        assertThat(startup.rawStartupCommand()).endsWith("{{SERVER_JARFILE}}");
        assertThat(startup.dockerImages()).containsEntry("Java 8", "ghcr.io/pterodactyl/yolks:java_8");
        var update = client.startup().updateVariable(SERVER, "SERVER_JARFILE", "paper.jar");
        assertThat(update.variable().serverValue()).isEqualTo("paper.jar");
        assertThat(update.startupCommand()).endsWith("paper.jar");
        assertThatThrownBy(() -> client.startup().updateVariable(SERVER, "DL_PATH", "x")).isInstanceOf(BadRequestException.class);
        assertThatThrownBy(() -> client.startup().updateVariable(SERVER, "SERVER_JARFILE", "not a jar"))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.rule()).isEqualTo("regex"));
        client.settings().rename(SERVER, "rec2 renamed 125808", "renamed by the client");
        client.settings().dockerImage(SERVER, "ghcr.io/pterodactyl/yolks:java_17");
        assertThatThrownBy(() -> client.settings().dockerImage(SERVER, "ghcr.io/example/not-in-egg:latest"))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.sourceField()).isEqualTo("docker_image"));
    }

    @Test
    void backups() {
        panel.expect("recordings-2/023-backups-list-empty.json").expect("recordings-2/025-backup-get-completed.json")
                .expect("recordings-2/026-backup-download.json").expect("recordings-2/027-backup-lock.json")
                .expect("recordings-2/030-backup-create-no-name.json").serve("recordings-2/033-backups-list-two.json")
                .expect("recordings-2/035-backup-restore.json").expect("recordings-2/038-backup-delete.json");
        String uuid = "1c92596c-85c8-4f09-8081-bc01135e5fe1";

        assertThat(client.backups().page(SERVER, ListQuery.none()).backupCount()).isZero();
        var backup = client.backups().get(SERVER, uuid);
        assertThat(backup.successful()).isTrue();
        assertThat(backup.ignoredFiles()).containsExactly("*.log", "cache/");
        assertThat(backup.checksum()).isEqualTo("sha1:7e70094f8aba165a692739a84a9d4659807a80ba");
        assertThat(backup.bytes()).isEqualTo(1048576L);
        assertThat(client.backups().downloadUrl(SERVER, uuid)).startsWith("http://127.0.0.1:8443/download/backup?token=");
        assertThat(client.backups().toggleLock(SERVER, uuid).locked()).isTrue();
        var created = client.backups().create(SERVER, new io.pteroca.pterodactyl.client.model.NewBackup(null, null, null));
        assertThat(created.completedAt()).isNull();
        assertThat(panel.request(4).body()).isEqualTo("{}");
        assertThat(client.backups().stream(SERVER).toList()).hasSize(2);
        client.backups().restore(SERVER, uuid, false);
        client.backups().delete(SERVER, uuid);
    }

    @Test
    void databases() {
        panel.expect("recordings-2/041-database-create.json").expect("recordings-2/042-database-create-duplicate-name.json")
                .expect("recordings-2/046-database-rotate-password.json").expect("recordings-2/047-databases-list.json")
                .expect("recordings-2/049-database-delete.json").expect("recordings-2/050-database-delete-again.json")
                .expect("recordings-2/099-subuser-forbidden-action.json");

        var created = client.databases().create(SERVER, "main", "%");
        assertThat(created.id()).isEqualTo("GmWXm9g0");
        assertThat(created.host().port()).isEqualTo(3306);
        assertThat(created.maxConnections()).isNull();
        assertThat(created.password()).isEqualTo("REDACTED");
        assertThatThrownBy(() -> client.databases().create(SERVER, "main", "%")).isInstanceOfSatisfying(BadRequestException.class,
                e -> assertThat(e.code()).isEqualTo("DuplicateDatabaseNameException"));
        assertThat(client.databases().rotatePassword(SERVER, "GmWXm9g0").maxConnections()).isZero();
        assertThat(client.databases().list(SERVER, false)).extracting(d -> d.connectionsFrom()).containsExactly("%", "127.0.0.1");
        client.databases().delete(SERVER, "rqwjJwM2");
        assertThatThrownBy(() -> client.databases().delete(SERVER, "rqwjJwM2")).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> client.databases().list(SERVER, false)).isInstanceOf(ForbiddenException.class);
    }

    @Test
    void schedulesAndTasks() {
        panel.expect("recordings-2/051-schedules-list-empty.json").expect("recordings-2/057-schedule-update.json")
                .expect("recordings-2/058-task-create-command.json").expect("recordings-2/062-task-update.json")
                .expect("recordings-2/063-task-delete.json").expect("recordings-2/066-schedule-get-after-failed-execute.json")
                .expect("recordings-2/067-schedule-execute.json").expect("recordings-2/070-schedule-execute-no-tasks.json")
                .expect("recordings-2/071-schedule-delete.json");

        assertThat(client.schedules().list(SERVER)).isEmpty();
        var schedule = client.schedules().update(SERVER, 9, new ScheduleSpec("nightly restart (edited)", false, "30", "3", "*", "*", "*", false));
        assertThat(schedule.cron().hour()).isEqualTo("3");
        assertThat(schedule.active()).isFalse();
        assertThat(schedule.tasks()).isEmpty();
        assertThat(panel.request(1).json().get("month").asString()).isEqualTo("*");
        var task = client.schedules().createTask(SERVER, 9, TaskSpec.command("say scheduled hello", 0));
        assertThat(task.sequenceId()).isEqualTo(1);
        assertThat(client.schedules().updateTask(SERVER, 9, 10, new TaskSpec("command", "say updated hello", 10, 1, null)).timeOffset())
                .isEqualTo(10);
        client.schedules().deleteTask(SERVER, 9, 11);
        var loaded = client.schedules().get(SERVER, 9);
        assertThat(loaded.lastRunAt()).isNotNull();
        assertThat(loaded.tasks()).extracting(t -> t.payload()).contains("say updated hello");
        client.schedules().execute(SERVER, 9);
        assertThatThrownBy(() -> client.schedules().execute(SERVER, 10)).isInstanceOf(BadRequestException.class);
        client.schedules().delete(SERVER, 9);
    }

    @Test
    void networkSubusersActivityAndFiles() {
        panel.expect("recordings-2/073-allocations-list.json").expect("recordings-2/074-allocation-assign.json")
                .expect("recordings-2/077-allocation-set-notes.json").expect("recordings-2/079-allocation-set-primary.json")
                .expect("recordings-2/081-allocation-delete-primary.json")
                .expect("recordings-2/086-subuser-create-existing-user.json").expect("recordings-2/094-subuser-update.json")
                .expect("recordings-2/089-subuser-create-server-owner.json")
                .expect("recordings-2/103-activity-server-page2-per-page5.json")
                .expect("recordings-2/107-files-write.json").expect("recordings-2/109-files-contents.json")
                .expect("recordings-2/022-client-files-while-reinstalling.json")
                .expect("recordings-2/110-files-list-missing-dir.json");

        assertThat(client.network().list(SERVER)).singleElement().satisfies(a -> assertThat(a.primary()).isTrue());
        assertThat(client.network().assign(SERVER).port()).isEqualTo(25599);
        assertThat(client.network().setNotes(SERVER, 35, "query port").notes()).isEqualTo("query port");
        assertThat(client.network().makePrimary(SERVER, 35).primary()).isTrue();
        assertThatThrownBy(() -> client.network().delete(SERVER, 35)).isInstanceOf(BadRequestException.class);
        var subuser = client.subusers().create(SERVER, "rec2-other-125808@example.test",
                List.of("control.console", "control.start", "file.read", "control.console"));
        assertThat(subuser.permissions()).contains("websocket.connect");
        assertThat(panel.request(5).json().get("permissions").size()).isEqualTo(3);
        assertThat(client.subusers().updatePermissions(SERVER, subuser.uuid(), List.of("control.console", "control.stop", "backup.read"))
                .permissions()).contains("backup.read");
        assertThatThrownBy(() -> client.subusers().create(SERVER, "rec2-owner-new-125808@example.test", List.of("control.console")))
                .isInstanceOfSatisfying(BadRequestException.class, e -> assertThat(e.code()).isEqualTo("UserIsServerOwnerException"));
        var activity = client.activity().serverPage(SERVER, ListQuery.none().page(2).perPage(5));
        assertThat(activity.pagination().totalPages()).isEqualTo(9);
        assertThat(activity.items().get(0).event()).isEqualTo("server:backup.start");
        assertThat(activity.items().get(0).properties()).containsEntry("name", "first backup");
        client.files().write(SERVER, "/eula.txt", "eula=true");
        assertThat(panel.request(9).body()).isEqualTo("eula=true");
        assertThat(panel.request(9).header("Content-Type")).isEqualTo("text/plain");
        assertThat(client.files().contents(SERVER, "/eula.txt")).isEqualTo("eula=true");
        assertThatThrownBy(() -> client.files().list(SERVER, "/")).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> client.files().list(SERVER, "/nope")).isInstanceOfSatisfying(NotFoundException.class,
                e -> assertThat(e.detail()).startsWith("An error occurred on the remote host: The requested resource was not found"));
    }
}
