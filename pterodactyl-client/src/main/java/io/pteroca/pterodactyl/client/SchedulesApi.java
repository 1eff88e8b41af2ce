package io.pteroca.pterodactyl.client;

import io.pteroca.pterodactyl.client.model.Schedule;
import io.pteroca.pterodactyl.client.model.ScheduleSpec;
import io.pteroca.pterodactyl.client.model.ScheduleTask;
import io.pteroca.pterodactyl.client.model.TaskSpec;
import io.pteroca.pterodactyl.http.ApiRequest;
import io.pteroca.pterodactyl.http.ApiTransport;
import io.pteroca.pterodactyl.json.PanelJson;
import java.util.List;

/** {@code /api/client/servers/{server}/schedules} and their tasks. Updates are POSTs. */
public final class SchedulesApi {

    private final ApiTransport transport;

    SchedulesApi(ApiTransport transport) {
        this.transport = transport;
    }

    public List<Schedule> list(String server) {
        return PanelJson.list(transport.execute(ApiRequest.get("/api/client/servers/{server}/schedules", server)).json(), Schedule.class);
    }

    public Schedule get(String server, int scheduleId) {
        return PanelJson.item(transport.execute(ApiRequest.get("/api/client/servers/{server}/schedules/{schedule}",
                server, scheduleId)).json(), Schedule.class);
    }

    /** An invalid cron gives 400, not 422. */
    public Schedule create(String server, ScheduleSpec schedule) {
        return PanelJson.item(transport.execute(ApiRequest.of("POST", "/api/client/servers/{server}/schedules", server)
                .json(schedule)).json(), Schedule.class);
    }

    public Schedule update(String server, int scheduleId, ScheduleSpec schedule) {
        return PanelJson.item(transport.execute(ApiRequest.of("POST", "/api/client/servers/{server}/schedules/{schedule}",
                server, scheduleId).json(schedule)).json(), Schedule.class);
    }

    /** Runs the tasks now (answers 202); 400 when the schedule has no tasks. */
    public void execute(String server, int scheduleId) {
        transport.execute(ApiRequest.of("POST", "/api/client/servers/{server}/schedules/{schedule}/execute", server, scheduleId));
    }

    public void delete(String server, int scheduleId) {
        transport.execute(ApiRequest.of("DELETE", "/api/client/servers/{server}/schedules/{schedule}", server, scheduleId));
    }

    public ScheduleTask createTask(String server, int scheduleId, TaskSpec task) {
        return PanelJson.item(transport.execute(ApiRequest.of("POST", "/api/client/servers/{server}/schedules/{schedule}/tasks",
                server, scheduleId).json(task)).json(), ScheduleTask.class);
    }

    public ScheduleTask updateTask(String server, int scheduleId, int taskId, TaskSpec task) {
        return PanelJson.item(transport.execute(ApiRequest.of("POST",
                "/api/client/servers/{server}/schedules/{schedule}/tasks/{task}", server, scheduleId, taskId).json(task)).json(),
                ScheduleTask.class);
    }

    public void deleteTask(String server, int scheduleId, int taskId) {
        transport.execute(ApiRequest.of("DELETE", "/api/client/servers/{server}/schedules/{schedule}/tasks/{task}",
                server, scheduleId, taskId));
    }
}
