package io.pteroca.panel.manage;

import io.pteroca.panel.pterodactyl.PterodactylServers;
import io.pteroca.panel.server.ServerAccess;
import io.pteroca.panel.server.ServerHistory;
import io.pteroca.panel.server.ServerView;
import io.pteroca.panel.shared.Refusal;
import io.pteroca.pterodactyl.client.SchedulesApi;
import io.pteroca.pterodactyl.client.model.Schedule;
import io.pteroca.pterodactyl.client.model.ScheduleSpec;
import io.pteroca.pterodactyl.client.model.TaskSpec;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * A server's schedules and their tasks: list, create within the plan's schedule limit (Pterodactyl has none of its
 * own), change, run now, delete. Permissions and input are checked here first; calls use the owner's key; changes
 * are logged.
 */
@Service
class Schedules {

    private final ServerAccess access;
    private final PterodactylServers pterodactyl;
    private final ServerHistory history;

    Schedules(ServerAccess access, PterodactylServers pterodactyl, ServerHistory history) {
        this.access = access;
        this.pterodactyl = pterodactyl;
        this.history = history;
    }

    List<Schedule> list(ServerView server, long accountId) {
        access.require(server, accountId, "schedule.read");
        return api(server).list(server.identifier());
    }

    Schedule get(ServerView server, long accountId, int scheduleId) {
        access.require(server, accountId, "schedule.read");
        return api(server).get(server.identifier(), scheduleId);
    }

    void create(ServerView server, long accountId, ScheduleForm form) {
        access.require(server, accountId, "schedule.create");
        ScheduleSpec spec = form.spec();
        int limit = server.plan().product().featureLimits().schedules();
        if (api(server).list(server.identifier()).size() >= limit) {
            throw new Refusal("schedule.limit");
        }
        Schedule created = api(server).create(server.identifier(), spec);
        history.note(server.id(), "schedule_created", accountId, describe(created.id(), spec));
    }

    void update(ServerView server, long accountId, int scheduleId, ScheduleForm form) {
        access.require(server, accountId, "schedule.update");
        ScheduleSpec spec = form.spec();
        api(server).update(server.identifier(), scheduleId, spec);
        history.note(server.id(), "schedule_updated", accountId, describe(scheduleId, spec));
    }

    void execute(ServerView server, long accountId, int scheduleId) {
        access.require(server, accountId, "schedule.update");
        api(server).execute(server.identifier(), scheduleId);
        history.note(server.id(), "schedule_executed", accountId, "#" + scheduleId);
    }

    void delete(ServerView server, long accountId, int scheduleId) {
        access.require(server, accountId, "schedule.delete");
        api(server).delete(server.identifier(), scheduleId);
        history.note(server.id(), "schedule_deleted", accountId, "#" + scheduleId);
    }

    void addTask(ServerView server, long accountId, int scheduleId, TaskForm form) {
        access.require(server, accountId, "schedule.update");
        TaskSpec spec = form.spec();
        api(server).createTask(server.identifier(), scheduleId, spec);
        history.note(server.id(), "schedule_task_added", accountId, describe(scheduleId, spec));
    }

    void updateTask(ServerView server, long accountId, int scheduleId, int taskId, TaskForm form) {
        access.require(server, accountId, "schedule.update");
        TaskSpec spec = form.spec();
        api(server).updateTask(server.identifier(), scheduleId, taskId, spec);
        history.note(server.id(), "schedule_task_updated", accountId, describe(scheduleId, spec));
    }

    void deleteTask(ServerView server, long accountId, int scheduleId, int taskId) {
        access.require(server, accountId, "schedule.update");
        api(server).deleteTask(server.identifier(), scheduleId, taskId);
        history.note(server.id(), "schedule_task_deleted", accountId, "#" + scheduleId + " task " + taskId);
    }

    private SchedulesApi api(ServerView server) {
        return pterodactyl.schedulesAs(server.ownerId());
    }

    private static String describe(int scheduleId, ScheduleSpec spec) {
        return "#" + scheduleId + " " + spec.name() + " (" + String.join(" ", spec.minute(), spec.hour(), spec.dayOfMonth(),
                spec.month(), spec.dayOfWeek()) + ")";
    }

    private static String describe(int scheduleId, TaskSpec spec) {
        return "#" + scheduleId + " " + spec.action() + (spec.payload().isEmpty() ? "" : ": " + spec.payload());
    }
}
