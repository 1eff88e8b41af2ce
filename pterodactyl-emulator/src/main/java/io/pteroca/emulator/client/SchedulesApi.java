package io.pteroca.emulator.client;

import java.util.Comparator;
import java.util.List;

import io.pteroca.emulator.http.ApiException;
import io.pteroca.emulator.http.Json;
import io.pteroca.emulator.http.Request;
import io.pteroca.emulator.http.Response;
import io.pteroca.emulator.http.Router;
import io.pteroca.emulator.http.Validator;
import io.pteroca.emulator.state.EmulatorState;
import io.pteroca.emulator.state.Node;
import io.pteroca.emulator.state.Schedule;
import io.pteroca.emulator.state.Server;
import io.pteroca.emulator.state.Task;
import io.pteroca.emulator.wings.WingsSimulator;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** A server's schedules and their tasks; execute runs the tasks at once. */
final class SchedulesApi {

    private static final List<String> TASK_ACTIONS = List.of("command", "power", "backup");
    private static final int TASK_LIMIT = 10;

    private final ClientContext context;
    private final EmulatorState state;
    private final BackupMaker backups;

    SchedulesApi(ClientContext context, BackupMaker backups) {
        this.context = context;
        this.state = context.state;
        this.backups = backups;
    }

    void register(Router router) {
        String schedules = ClientApi.SERVER + "/schedules";
        String schedule = schedules + "/{schedule}";
        router.add("GET", schedules, r -> {
            Server server = context.usable(r, "schedule.read");
            return Response.ok(Json.list(state.schedules.values().stream().filter(s -> s.serverId == server.id)
                    .map(this::schedule).toList()));
        })
                .add("POST", schedules, this::create)
                .add("GET", schedule, r -> Response.ok(schedule(scheduleOf(r, "schedule.read"))))
                .add("POST", schedule, this::update)
                .add("DELETE", schedule, this::delete)
                .add("POST", schedule + "/execute", this::execute)
                .add("POST", schedule + "/tasks", r -> saveTask(r, false))
                .add("POST", schedule + "/tasks/{task}", r -> saveTask(r, true))
                .add("DELETE", schedule + "/tasks/{task}", this::deleteTask);
    }

    private Schedule scheduleOf(Request request, String permission) {
        Server server = context.usable(request, permission);
        Schedule schedule = state.schedules.get(request.id("schedule"));
        if (schedule == null || schedule.serverId != server.id) {
            throw ApiException.notFound();
        }
        return schedule;
    }

    private static Task taskOf(Request request, Schedule schedule) {
        long id = request.id("task");
        return ClientContext.find(schedule.tasks, t -> t.id == id);
    }

    private Response create(Request request) {
        Server server = context.usable(request, "schedule.create");
        Schedule schedule = new Schedule();
        schedule.serverId = server.id;
        apply(schedule, request.json());
        schedule.id = state.nextId("schedules");
        schedule.createdAt = state.now();
        schedule.updatedAt = schedule.createdAt;
        state.schedules.put(schedule.id, schedule);
        context.logName(request, "server:schedule.create", server, schedule.name);
        return Response.ok(schedule(schedule));
    }

    private Response update(Request request) {
        Schedule schedule = scheduleOf(request, "schedule.update");
        String oldName = schedule.name;
        apply(schedule, request.json());
        schedule.updatedAt = state.now();
        context.log(request, "server:schedule.update", state.server(schedule.serverId), p -> {
            p.put("name", oldName);
            p.put("active", schedule.active);
        });
        return Response.ok(schedule(schedule));
    }

    /**
     * Validates and applies a schedule body. The real panel does not validate `month` and crashes with a
     * 500 without it; the emulator answers the 422 of the missing rule instead.
     */
    private void apply(Schedule schedule, JsonNode body) {
        Validator v = new Validator(body);
        v.required("name");
        v.required("minute");
        v.required("hour");
        v.required("day_of_month", "day of month");
        v.required("day_of_week", "day of week");
        v.throwIfInvalid();
        v.required("month");
        v.throwIfInvalid();
        Cron cron = Cron.parse(v.string("minute"), v.string("hour"), v.string("day_of_month"), v.string("month"),
                v.string("day_of_week"));
        if (cron == null) {
            throw ApiException.display("The cron data provided does not evaluate to a valid expression.");
        }
        schedule.name = v.string("name");
        schedule.minute = v.string("minute");
        schedule.hour = v.string("hour");
        schedule.dayOfMonth = v.string("day_of_month");
        schedule.month = v.string("month");
        schedule.dayOfWeek = v.string("day_of_week");
        schedule.active = body.path("is_active").asBoolean(schedule.active);
        schedule.onlyWhenOnline = body.path("only_when_online").asBoolean(false);
        schedule.nextRunAt = cron.next(state.clock().instant());
    }

    private Response delete(Request request) {
        Schedule schedule = scheduleOf(request, "schedule.delete");
        state.schedules.remove(schedule.id);
        context.logName(request, "server:schedule.delete", state.server(schedule.serverId), schedule.name);
        return Response.noContent();
    }

    /** Runs the tasks at once, in order, ignoring time offsets (the panel's sync queue); even inactive schedules run. */
    private Response execute(Request request) {
        Schedule schedule = scheduleOf(request, "schedule.update");
        Server server = state.server(schedule.serverId);
        if (schedule.tasks.isEmpty()) {
            throw ApiException.display("Cannot process schedule for task execution: no tasks are registered.");
        }
        context.logName(request, "server:schedule.execute", server, schedule.name);
        schedule.lastRunAt = state.now();
        schedule.updatedAt = state.now();
        Node node = state.node(server.nodeId);
        for (Task task : schedule.tasks.stream().sorted(Comparator.comparingInt(t -> t.sequenceId)).toList()) {
            try {
                run(server, node, task);
            } catch (ApiException e) {
                if (!task.continueOnFailure) {
                    schedule.processing = false;
                    throw e;
                }
            }
        }
        schedule.processing = false;
        return Response.acceptedEmptyArray();
    }

    private void run(Server server, Node node, Task task) {
        WingsSimulator wings = context.wings;
        switch (task.action) {
            case "command" -> {
                wings.call(node);
                if (!wings.acceptsCommands(server)) {
                    throw WingsSimulator.translate(502, "Server must be online in order to send commands.");
                }
                wings.console(server, task.payload);
            }
            case "power" -> wings.power(node, server, task.payload);
            default -> backups.start(server, null, task.payload, false, true);
        }
    }

    private Response saveTask(Request request, boolean existing) {
        Schedule schedule = scheduleOf(request, "schedule.update");
        Server server = state.server(schedule.serverId);
        Task task = existing ? taskOf(request, schedule) : null;
        JsonNode body = request.json();
        Validator v = validateTask(body);
        if ("backup".equals(v.string("action")) && server.backupLimit == 0) {
            throw new ApiException(403, "HttpForbiddenException", "A backup task cannot be created when the server's backup limit is set to 0.");
        }
        boolean created = task == null;
        if (created) {
            if (schedule.tasks.size() >= TASK_LIMIT) {
                throw ApiException.display("Schedules may not have more than 10 tasks associated with them. Creating this task would put this schedule over the limit.");
            }
            task = new Task();
            task.id = state.nextId("tasks");
            task.sequenceId = schedule.tasks.stream().mapToInt(t -> t.sequenceId).max().orElse(0) + 1;
            task.createdAt = state.now();
            schedule.tasks.add(task);
        }
        String oldPayload = task.payload;
        task.action = v.string("action");
        task.payload = v.string("payload") == null ? "" : v.string("payload");
        task.timeOffset = v.at("time_offset").asInt();
        task.continueOnFailure = body.path("continue_on_failure").asBoolean(created ? false : task.continueOnFailure);
        task.updatedAt = state.now();
        Task saved = task;
        context.log(request, created ? "server:task.create" : "server:task.update", server, p -> {
            p.put("name", schedule.name);
            p.put("action", saved.action);
            p.put("payload", created ? saved.payload : oldPayload);
        });
        return Response.ok(task(saved));
    }

    private static Validator validateTask(JsonNode body) {
        Validator v = new Validator(body);
        if (v.required("action")) {
            v.in("action", "action", TASK_ACTIONS);
        }
        if (!"backup".equals(v.string("action"))) {
            v.required("payload");
        }
        if (v.required("time_offset", "time offset")) {
            JsonNode offset = v.at("time_offset");
            if (!offset.isNumber() && !offset.asString().matches("\\d+")) {
                v.fail("time_offset", "numeric", "The time offset must be a number.");
            } else if (offset.asInt() < 0 || offset.asInt() > 900) {
                v.fail("time_offset", "between", "The time offset must be between 0 and 900.");
            }
        }
        v.throwIfInvalid();
        return v;
    }

    private Response deleteTask(Request request) {
        Schedule schedule = scheduleOf(request, "schedule.update");
        Task task = taskOf(request, schedule);
        schedule.tasks.remove(task);
        schedule.tasks.stream().filter(t -> t.sequenceId > task.sequenceId).forEach(t -> t.sequenceId--);
        context.log(request, "server:task.delete", state.server(schedule.serverId), p -> {
            p.put("name", schedule.name);
            p.put("action", task.action);
            p.put("payload", task.payload);
        });
        return Response.noContent();
    }

    private ObjectNode schedule(Schedule s) {
        ObjectNode a = Json.fields("id", s.id, "name", s.name,
                "cron", Json.fields("day_of_week", s.dayOfWeek, "day_of_month", s.dayOfMonth, "month", s.month, "hour", s.hour,
                        "minute", s.minute),
                "is_active", s.active, "is_processing", s.processing, "only_when_online", s.onlyWhenOnline,
                "last_run_at", Json.atom(s.lastRunAt), "next_run_at", Json.atom(s.nextRunAt),
                "created_at", Json.atom(s.createdAt), "updated_at", Json.atom(s.updatedAt));
        a.putObject("relationships").set("tasks", Json.list(s.tasks.stream()
                .sorted(Comparator.comparingInt(t -> t.sequenceId)).map(this::task).toList()));
        return Json.item("server_schedule", a);
    }

    private ObjectNode task(Task t) {
        return Json.item("schedule_task", Json.fields("id", t.id, "sequence_id", t.sequenceId, "action", t.action,
                "payload", t.payload, "time_offset", t.timeOffset, "is_queued", t.queued, "continue_on_failure", t.continueOnFailure,
                "created_at", Json.atom(t.createdAt), "updated_at", Json.atom(t.updatedAt)));
    }
}
