package io.pteroca.panel.manage;

import io.pteroca.panel.pterodactyl.ScheduleChange;
import io.pteroca.panel.pterodactyl.ScheduleInfo;
import io.pteroca.panel.pterodactyl.ServersAsOwner;
import io.pteroca.panel.pterodactyl.TaskChange;
import io.pteroca.panel.server.ServerAccess;
import io.pteroca.panel.server.ServerHistory;
import io.pteroca.panel.server.ServerView;
import io.pteroca.panel.shared.Refusal;
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
    private final ServersAsOwner pterodactyl;
    private final ServerHistory history;

    Schedules(ServerAccess access, ServersAsOwner pterodactyl, ServerHistory history) {
        this.access = access;
        this.pterodactyl = pterodactyl;
        this.history = history;
    }

    List<ScheduleInfo> list(ServerView server, long accountId) {
        access.require(server, accountId, "schedule.read");
        return pterodactyl.schedules(server.ownerId(), server.identifier());
    }

    ScheduleInfo get(ServerView server, long accountId, int scheduleId) {
        access.require(server, accountId, "schedule.read");
        return pterodactyl.schedule(server.ownerId(), server.identifier(), scheduleId);
    }

    void create(ServerView server, long accountId, ScheduleForm form) {
        access.require(server, accountId, "schedule.create");
        ScheduleChange spec = form.spec();
        int limit = server.plan().product().featureLimits().schedules();
        if (pterodactyl.schedules(server.ownerId(), server.identifier()).size() >= limit) {
            throw new Refusal("schedule.limit");
        }
        ScheduleInfo created = pterodactyl.createSchedule(server.ownerId(), server.identifier(), spec);
        history.note(server.id(), "schedule_created", accountId, describe(created.id(), spec));
    }

    void update(ServerView server, long accountId, int scheduleId, ScheduleForm form) {
        access.require(server, accountId, "schedule.update");
        ScheduleChange spec = form.spec();
        pterodactyl.updateSchedule(server.ownerId(), server.identifier(), scheduleId, spec);
        history.note(server.id(), "schedule_updated", accountId, describe(scheduleId, spec));
    }

    void execute(ServerView server, long accountId, int scheduleId) {
        access.require(server, accountId, "schedule.update");
        pterodactyl.runSchedule(server.ownerId(), server.identifier(), scheduleId);
        history.note(server.id(), "schedule_executed", accountId, "#" + scheduleId);
    }

    void delete(ServerView server, long accountId, int scheduleId) {
        access.require(server, accountId, "schedule.delete");
        pterodactyl.deleteSchedule(server.ownerId(), server.identifier(), scheduleId);
        history.note(server.id(), "schedule_deleted", accountId, "#" + scheduleId);
    }

    void addTask(ServerView server, long accountId, int scheduleId, TaskForm form) {
        access.require(server, accountId, "schedule.update");
        TaskChange spec = form.spec();
        pterodactyl.addTask(server.ownerId(), server.identifier(), scheduleId, spec);
        history.note(server.id(), "schedule_task_added", accountId, describe(scheduleId, spec));
    }

    void updateTask(ServerView server, long accountId, int scheduleId, int taskId, TaskForm form) {
        access.require(server, accountId, "schedule.update");
        TaskChange spec = form.spec();
        pterodactyl.updateTask(server.ownerId(), server.identifier(), scheduleId, taskId, spec);
        history.note(server.id(), "schedule_task_updated", accountId, describe(scheduleId, spec));
    }

    void deleteTask(ServerView server, long accountId, int scheduleId, int taskId) {
        access.require(server, accountId, "schedule.update");
        pterodactyl.deleteTask(server.ownerId(), server.identifier(), scheduleId, taskId);
        history.note(server.id(), "schedule_task_deleted", accountId, "#" + scheduleId + " task " + taskId);
    }

    private static String describe(int scheduleId, ScheduleChange spec) {
        return "#" + scheduleId + " " + spec.name() + " (" + spec.cron().line() + ")";
    }

    private static String describe(int scheduleId, TaskChange spec) {
        return "#" + scheduleId + " " + spec.action() + (spec.payload().isEmpty() ? "" : ": " + spec.payload());
    }
}
