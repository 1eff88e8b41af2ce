package io.pteroca.emulator.client;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.regex.Pattern;

import io.pteroca.emulator.http.ApiException;
import io.pteroca.emulator.http.Json;
import io.pteroca.emulator.http.Pagination;
import io.pteroca.emulator.http.Request;
import io.pteroca.emulator.http.Response;
import io.pteroca.emulator.http.Router;
import io.pteroca.emulator.http.Validator;
import io.pteroca.emulator.state.ActivityLog;
import io.pteroca.emulator.state.Allocation;
import io.pteroca.emulator.state.Backup;
import io.pteroca.emulator.state.Database;
import io.pteroca.emulator.state.DatabaseHost;
import io.pteroca.emulator.state.EmulatorState;
import io.pteroca.emulator.state.Node;
import io.pteroca.emulator.state.Schedule;
import io.pteroca.emulator.state.Server;
import io.pteroca.emulator.state.Subuser;
import io.pteroca.emulator.state.Task;
import io.pteroca.emulator.state.User;
import io.pteroca.emulator.wings.Jwt;
import io.pteroca.emulator.wings.WingsSimulator;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** The client API's server features: backups, databases, schedules, network, subusers, activity and files. */
public final class ServerFeaturesApi {

    private static final String S = "/api/client/servers/{server}";
    private static final DateTimeFormatter BACKUP_NAME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneOffset.UTC);
    private static final Pattern ALPHA_DASH = Pattern.compile("^[\\p{L}\\p{N}_-]+$");
    private static final Pattern REMOTE = Pattern.compile("^[0-9%.]{1,15}$");
    private static final List<String> TASK_ACTIONS = List.of("command", "power", "backup");

    private final EmulatorState state;
    private final WingsSimulator wings;
    private final ServerAccess access;
    private final ClientTransformers transformers;

    public ServerFeaturesApi(EmulatorState state, WingsSimulator wings) {
        this.transformers = new ClientTransformers(state);
        this.state = state;
        this.wings = wings;
        this.access = new ServerAccess(state);
    }

    public void register(Router router) {
        router.add("GET", S + "/backups", this::listBackups)
                .add("POST", S + "/backups", this::createBackup)
                .add("GET", S + "/backups/{backup}", r -> Response.ok(backup(backupOf(r, "backup.read"))))
                .add("GET", S + "/backups/{backup}/download", this::downloadBackup)
                .add("POST", S + "/backups/{backup}/lock", this::lockBackup)
                .add("POST", S + "/backups/{backup}/restore", this::restoreBackup)
                .add("DELETE", S + "/backups/{backup}", this::deleteBackup)
                .add("GET", S + "/databases", this::listDatabases)
                .add("POST", S + "/databases", this::createDatabase)
                .add("POST", S + "/databases/{database}/rotate-password", this::rotatePassword)
                .add("DELETE", S + "/databases/{database}", this::deleteDatabase)
                .add("GET", S + "/schedules", r -> {
                    Server server = access.usable(r, "schedule.read");
                    return Response.ok(Json.list(state.schedules.values().stream().filter(s -> s.serverId == server.id)
                            .map(this::schedule).toList()));
                })
                .add("POST", S + "/schedules", this::createSchedule)
                .add("GET", S + "/schedules/{schedule}", r -> Response.ok(schedule(scheduleOf(r, "schedule.read"))))
                .add("POST", S + "/schedules/{schedule}", this::updateSchedule)
                .add("DELETE", S + "/schedules/{schedule}", this::deleteSchedule)
                .add("POST", S + "/schedules/{schedule}/execute", this::executeSchedule)
                .add("POST", S + "/schedules/{schedule}/tasks", r -> saveTask(r, null))
                .add("POST", S + "/schedules/{schedule}/tasks/{task}", r -> saveTask(r, r.param("task")))
                .add("DELETE", S + "/schedules/{schedule}/tasks/{task}", this::deleteTask)
                .add("GET", S + "/network/allocations", r -> {
                    Server server = access.usable(r, "allocation.read");
                    return Response.ok(Json.list(state.allocationsOf(server).stream().map(a -> transformers.allocation(a, server)).toList()));
                })
                .add("POST", S + "/network/allocations", this::assignAllocation)
                .add("POST", S + "/network/allocations/{allocation}", this::allocationNotes)
                .add("POST", S + "/network/allocations/{allocation}/primary", this::primaryAllocation)
                .add("DELETE", S + "/network/allocations/{allocation}", this::deleteAllocation)
                .add("GET", S + "/users", r -> {
                    Server server = access.usable(r, "user.read");
                    return Response.ok(Json.list(state.subusers.values().stream().filter(s -> s.serverId == server.id)
                            .map(this::subuser).toList()));
                })
                .add("POST", S + "/users", this::createSubuser)
                .add("GET", S + "/users/{user}", r -> Response.ok(subuser(subuserOf(r, "user.read"))))
                .add("POST", S + "/users/{user}", this::updateSubuser)
                .add("DELETE", S + "/users/{user}", this::deleteSubuser)
                .add("GET", S + "/activity", this::serverActivity)
                .add("GET", "/api/client/account/activity", this::accountActivity)
                .add("GET", S + "/files/list", this::listFiles)
                .add("GET", S + "/files/contents", this::fileContents)
                .add("POST", S + "/files/write", this::writeFile);
    }

    private static ApiException notFound() {
        return ApiException.notFound();
    }

    private User user(Request request) {
        return request.caller().user();
    }

    // ---- backups ----

    private Response listBackups(Request request) {
        Server server = access.usable(request, "backup.read");
        List<Backup> backups = state.backupsOf(server);
        ObjectNode page = Pagination.page(request, state.settings().panelUrl, backups, 20, 50, true, this::backup);
        ObjectNode pagination = (ObjectNode) page.get("meta").get("pagination");
        ObjectNode meta = Json.object();
        meta.put("backup_count", backups.stream().filter(b -> b.successful || b.completesAt != null).count());
        meta.set("pagination", pagination);
        page.set("meta", meta);
        return Response.ok(page);
    }

    private Response createBackup(Request request) {
        Server server = access.usable(request, "backup.create");
        Validator v = new Validator(request.json());
        v.throwIfInvalid();
        Instant now = state.clock().instant();
        long window = state.settings().backupThrottleWindowSeconds;
        List<Backup> recent = state.backups.values().stream().filter(b -> b.serverId == server.id)
                .filter(b -> b.createdAt.isAfter(now.minusSeconds(window))).toList();
        if (recent.size() >= state.settings().backupThrottleCount) {
            Instant oldest = recent.stream().map(b -> b.createdAt).min(Comparator.naturalOrder()).orElseThrow();
            long retry = Math.max(1, window - (now.getEpochSecond() - oldest.getEpochSecond()));
            throw new ApiException(429, "TooManyRequestsHttpException", "Only " + state.settings().backupThrottleCount
                    + " backups may be generated within a " + window + " second span of time.").withHeader("Retry-After", Long.toString(retry));
        }
        JsonNode body = request.json();
        Backup backup = startBackup(server, Validator.text(body, "name"), Validator.text(body, "ignored"),
                body.path("is_locked").asBoolean(false), false);
        state.log("server:backup.start", user(request), server, true, p -> {
            p.put("name", backup.name);
            p.put("locked", backup.locked);
        });
        return Response.ok(backup(backup));
    }

    /** Creates a backup that the simulated Wings completes after the install delay; override drops the oldest at the limit. */
    private Backup startBackup(Server server, String name, String ignored, boolean locked, boolean override) {
        List<Backup> kept = state.backupsOf(server).stream().filter(b -> b.successful || b.completesAt != null).toList();
        if (kept.size() >= server.backupLimit) {
            Backup oldest = override ? kept.stream().filter(b -> !b.locked && b.successful).findFirst().orElse(null) : null;
            if (oldest == null) {
                throw new ApiException(400, "TooManyBackupsException",
                        "Cannot create a new backup, this server has reached its limit of " + server.backupLimit + " backups.");
            }
            oldest.deleted = true;
        }
        wings.call(state.node(server.nodeId));
        Backup backup = new Backup();
        backup.id = state.nextId("backups");
        backup.serverId = server.id;
        backup.uuid = state.uuid();
        backup.createdAt = state.now();
        backup.name = name == null || name.isBlank() ? "Backup at " + BACKUP_NAME.format(backup.createdAt) : name;
        if (ignored != null) {
            for (String line : ignored.split("\n")) {
                if (!line.trim().isEmpty()) {
                    backup.ignoredFiles.add(line.trim());
                }
            }
        }
        backup.locked = locked;
        backup.completesAt = state.clock().instant().plus(state.installDelay());
        state.backups.put(backup.id, backup);
        return backup;
    }

    private Backup backupOf(Request request, String permission) {
        Server server = access.usable(request, permission);
        return state.backupsOf(server).stream().filter(b -> b.uuid.equals(request.param("backup"))).findFirst()
                .orElseThrow(ServerFeaturesApi::notFound);
    }

    private Response downloadBackup(Request request) {
        Backup backup = backupOf(request, "backup.download");
        Server server = state.server(backup.serverId);
        if (!backup.successful) {
            throw ApiException.display("The backup requested has not completed yet.");
        }
        Node node = state.node(server.nodeId);
        User user = user(request);
        long now = state.clock().instant().getEpochSecond();
        String jti = state.randomHex(32);
        ObjectNode claims = Jwt.panelClaims(state.settings().panelUrl, node, jti, now, 900);
        claims.put("backup_uuid", backup.uuid);
        claims.put("server_uuid", server.uuid);
        claims.put("user_uuid", user.uuid);
        claims.put("user_id", user.id);
        claims.put("unique_id", state.randomString(16));
        ObjectNode a = Json.object();
        a.put("url", node.scheme + "://" + node.fqdn + ":" + node.daemonListen + "/download/backup?token="
                + Jwt.sign(claims, jti, node.daemonToken));
        state.log("server:backup.download", user, server, true, p -> p.put("name", backup.name));
        return Response.ok(Json.item("signed_url", a));
    }

    private Response lockBackup(Request request) {
        Backup backup = backupOf(request, "backup.delete");
        backup.locked = !backup.locked;
        state.log(backup.locked ? "server:backup.lock" : "server:backup.unlock", user(request), state.server(backup.serverId), true,
                p -> p.put("name", backup.name));
        return Response.ok(backup(backup));
    }

    private Response restoreBackup(Request request) {
        Backup backup = backupOf(request, "backup.restore");
        Server server = state.server(backup.serverId);
        Validator v = new Validator(request.json());
        if (v.required("truncate")) {
            JsonNode truncate = v.at("truncate");
            if (!truncate.isBoolean() && !List.of("0", "1", "true", "false").contains(truncate.asString())) {
                v.fail("truncate", "boolean", "The truncate field must be true or false.");
            }
        }
        v.throwIfInvalid();
        if (!backup.successful) {
            throw ApiException.display("This backup cannot be restored at this time: not completed or failed.");
        }
        wings.call(state.node(server.nodeId));
        boolean truncate = v.at("truncate").asBoolean(false) || "1".equals(v.string("truncate"));
        server.status = Server.RESTORING;
        server.restoringBackup = backup.name;
        server.pendingDoneAt = state.clock().instant().plus(state.installDelay());
        state.log("server:backup.restore", user(request), server, true, p -> {
            p.put("name", backup.name);
            p.put("truncate", truncate);
        });
        return Response.noContent();
    }

    private Response deleteBackup(Request request) {
        Backup backup = backupOf(request, "backup.delete");
        Server server = state.server(backup.serverId);
        if (backup.locked) {
            throw new ApiException(400, "BackupLockedException", "Cannot delete a backup that is marked as locked.");
        }
        wings.call(state.node(server.nodeId));
        backup.deleted = true;
        state.log("server:backup.delete", user(request), server, true, p -> {
            p.put("name", backup.name);
            p.put("failed", !backup.successful && backup.completesAt == null);
        });
        return Response.noContent();
    }

    private ObjectNode backup(Backup b) {
        ObjectNode a = Json.object();
        a.put("uuid", b.uuid);
        a.put("is_successful", b.successful);
        a.put("is_locked", b.locked);
        a.put("name", b.name);
        var ignored = a.putArray("ignored_files");
        b.ignoredFiles.forEach(ignored::add);
        a.put("checksum", b.checksum);
        a.put("bytes", b.bytes);
        a.put("created_at", Json.atom(b.createdAt));
        a.put("completed_at", Json.atom(b.completedAt));
        return Json.item("backup", a);
    }

    // ---- databases ----

    private Response listDatabases(Request request) {
        Server server = access.usable(request, "database.read");
        boolean password = request.includes().contains("password") && access.can(user(request), server, "database.view_password");
        return Response.ok(Json.list(state.databasesOf(server).stream().map(d -> database(d, password, false)).toList()));
    }

    private Response createDatabase(Request request) {
        Server server = access.usable(request, "database.create");
        Validator v = new Validator(request.json());
        if (v.required("database")) {
            String name = v.string("database");
            if (!ALPHA_DASH.matcher(name).matches()) {
                v.fail("database", "alpha_dash", "The database may only contain letters, numbers, and dashes.");
            } else if (name.length() < 1 || name.length() > 48) {
                v.fail("database", "between", "The database must be between 1 and 48 characters.");
            }
        }
        if (v.required("remote") && !REMOTE.matcher(v.string("remote")).matches()) {
            v.fail("remote", "regex", "The remote format is invalid.");
        }
        v.throwIfInvalid();
        if (state.databasesOf(server).size() >= server.databaseLimit) {
            throw new ApiException(400, "TooManyDatabasesException",
                    "Operation aborted: creating a new database would put this server over the defined limit.");
        }
        String name = "s" + server.id + "_" + v.string("database");
        if (state.databasesOf(server).stream().anyMatch(d -> d.database.equals(name))) {
            throw new ApiException(400, "DuplicateDatabaseNameException", "A database with that name already exists for this server.");
        }
        DatabaseHost host = state.databaseHosts.values().stream().filter(h -> Objects.equals(h.nodeId, server.nodeId)).findFirst()
                .or(() -> state.databaseHosts.values().stream().findFirst())
                .orElseThrow(() -> new ApiException(500, "NoSuitableDatabaseHostException",
                        "No database host was found that meets the requirements for this server."));
        Database d = new Database();
        d.id = state.nextId("databases");
        d.hashid = state.randomString(8);
        d.serverId = server.id;
        d.hostId = host.id;
        d.database = name;
        d.username = "u" + server.id + "_" + state.randomString(10);
        d.remote = v.string("remote");
        d.password = state.randomString(24);
        d.createdAt = state.now();
        d.updatedAt = d.createdAt;
        state.databases.put(d.id, d);
        state.log("server:database.create", user(request), server, true, p -> p.put("name", name));
        return Response.ok(database(d, true, true));
    }

    private Database databaseOf(Request request, String permission) {
        Server server = access.usable(request, permission);
        return state.databasesOf(server).stream().filter(d -> request.param("database").equals(d.hashid)).findFirst()
                .orElseThrow(ServerFeaturesApi::notFound);
    }

    private Response rotatePassword(Request request) {
        Database d = databaseOf(request, "database.update");
        d.password = state.randomString(24);
        d.updatedAt = state.now();
        state.log("server:database.rotate-password", user(request), state.server(d.serverId), true, p -> p.put("name", d.database));
        return Response.ok(database(d, true, false));
    }

    private Response deleteDatabase(Request request) {
        Database d = databaseOf(request, "database.delete");
        state.databases.remove(d.id);
        state.log("server:database.delete", user(request), state.server(d.serverId), true, p -> p.put("name", d.database));
        return Response.noContent();
    }

    /** The client shape; max_connections reads null only in the create response. */
    private ObjectNode database(Database d, boolean password, boolean justCreated) {
        if (d.hashid == null) {
            d.hashid = state.randomString(8);
        }
        DatabaseHost host = state.databaseHosts.get(d.hostId);
        ObjectNode a = Json.object();
        a.put("id", d.hashid);
        ObjectNode h = a.putObject("host");
        h.put("address", host.host);
        h.put("port", host.port);
        a.put("name", d.database);
        a.put("username", d.username);
        a.put("connections_from", d.remote);
        if (justCreated) {
            a.putNull("max_connections");
        } else {
            a.put("max_connections", d.maxConnections == null ? 0 : d.maxConnections);
        }
        if (password) {
            ObjectNode p = Json.object();
            p.put("password", d.password);
            a.putObject("relationships").set("password", Json.item("database_password", p));
        }
        return Json.item("server_database", a);
    }

    // ---- schedules and tasks ----

    private Schedule scheduleOf(Request request, String permission) {
        Server server = access.usable(request, permission);
        Schedule schedule = state.schedules.get(parseId(request.param("schedule")));
        if (schedule == null || schedule.serverId != server.id) {
            throw notFound();
        }
        return schedule;
    }

    private static long parseId(String text) {
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private Response createSchedule(Request request) {
        Server server = access.usable(request, "schedule.create");
        Schedule schedule = new Schedule();
        schedule.serverId = server.id;
        applySchedule(schedule, request.json());
        schedule.id = state.nextId("schedules");
        schedule.createdAt = state.now();
        schedule.updatedAt = schedule.createdAt;
        state.schedules.put(schedule.id, schedule);
        state.log("server:schedule.create", user(request), server, true, p -> p.put("name", schedule.name));
        return Response.ok(schedule(schedule));
    }

    private Response updateSchedule(Request request) {
        Schedule schedule = scheduleOf(request, "schedule.update");
        String oldName = schedule.name;
        applySchedule(schedule, request.json());
        schedule.updatedAt = state.now();
        state.log("server:schedule.update", user(request), state.server(schedule.serverId), true, p -> {
            p.put("name", oldName);
            p.put("active", schedule.active);
        });
        return Response.ok(schedule(schedule));
    }

    /**
     * Validates and applies a schedule body. The real panel does not validate `month` and crashes with a
     * 500 without it; the emulator answers the 422 of the missing rule instead.
     */
    private void applySchedule(Schedule schedule, JsonNode body) {
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

    private Response deleteSchedule(Request request) {
        Schedule schedule = scheduleOf(request, "schedule.delete");
        state.schedules.remove(schedule.id);
        state.log("server:schedule.delete", user(request), state.server(schedule.serverId), true, p -> p.put("name", schedule.name));
        return Response.noContent();
    }

    /** Runs the tasks at once, in order, ignoring time offsets (the panel's sync queue); even inactive schedules run. */
    private Response executeSchedule(Request request) {
        Schedule schedule = scheduleOf(request, "schedule.update");
        Server server = state.server(schedule.serverId);
        if (schedule.tasks.isEmpty()) {
            throw ApiException.display("Cannot process schedule for task execution: no tasks are registered.");
        }
        state.log("server:schedule.execute", user(request), server, true, p -> p.put("name", schedule.name));
        schedule.lastRunAt = state.now();
        schedule.updatedAt = state.now();
        Node node = state.node(server.nodeId);
        for (Task task : schedule.tasks.stream().sorted(Comparator.comparingInt(t -> t.sequenceId)).toList()) {
            try {
                switch (task.action) {
                    case "command" -> {
                        wings.call(node);
                        if (!wings.acceptsCommands(server)) {
                            throw WingsSimulator.translate(502, "Server must be online in order to send commands.");
                        }
                        wings.console(server, task.payload);
                    }
                    case "power" -> wings.power(node, server, task.payload);
                    default -> startBackup(server, null, task.payload, false, true);
                }
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

    private Response saveTask(Request request, String taskId) {
        Schedule schedule = scheduleOf(request, "schedule.update");
        Server server = state.server(schedule.serverId);
        Task task = null;
        if (taskId != null) {
            long id = parseId(taskId);
            task = schedule.tasks.stream().filter(t -> t.id == id).findFirst().orElseThrow(ServerFeaturesApi::notFound);
        }
        JsonNode body = request.json();
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
        if ("backup".equals(v.string("action")) && server.backupLimit == 0) {
            throw new ApiException(403, "HttpForbiddenException", "A backup task cannot be created when the server's backup limit is set to 0.");
        }
        boolean created = task == null;
        if (created) {
            if (schedule.tasks.size() >= 10) {
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
        state.log(created ? "server:task.create" : "server:task.update", user(request), server, true, p -> {
            p.put("name", schedule.name);
            p.put("action", saved.action);
            p.put("payload", created ? saved.payload : oldPayload);
        });
        return Response.ok(task(saved));
    }

    private Response deleteTask(Request request) {
        Schedule schedule = scheduleOf(request, "schedule.update");
        long id = parseId(request.param("task"));
        Task task = schedule.tasks.stream().filter(t -> t.id == id).findFirst().orElseThrow(ServerFeaturesApi::notFound);
        schedule.tasks.remove(task);
        schedule.tasks.stream().filter(t -> t.sequenceId > task.sequenceId).forEach(t -> t.sequenceId--);
        state.log("server:task.delete", user(request), state.server(schedule.serverId), true, p -> {
            p.put("name", schedule.name);
            p.put("action", task.action);
            p.put("payload", task.payload);
        });
        return Response.noContent();
    }

    private ObjectNode schedule(Schedule s) {
        ObjectNode a = Json.object();
        a.put("id", s.id);
        a.put("name", s.name);
        ObjectNode cron = a.putObject("cron");
        cron.put("day_of_week", s.dayOfWeek);
        cron.put("day_of_month", s.dayOfMonth);
        cron.put("month", s.month);
        cron.put("hour", s.hour);
        cron.put("minute", s.minute);
        a.put("is_active", s.active);
        a.put("is_processing", s.processing);
        a.put("only_when_online", s.onlyWhenOnline);
        a.put("last_run_at", Json.atom(s.lastRunAt));
        a.put("next_run_at", Json.atom(s.nextRunAt));
        a.put("created_at", Json.atom(s.createdAt));
        a.put("updated_at", Json.atom(s.updatedAt));
        a.putObject("relationships").set("tasks", Json.list(s.tasks.stream()
                .sorted(Comparator.comparingInt(t -> t.sequenceId)).map(this::task).toList()));
        return Json.item("server_schedule", a);
    }

    private ObjectNode task(Task t) {
        ObjectNode a = Json.object();
        a.put("id", t.id);
        a.put("sequence_id", t.sequenceId);
        a.put("action", t.action);
        a.put("payload", t.payload);
        a.put("time_offset", t.timeOffset);
        a.put("is_queued", t.queued);
        a.put("continue_on_failure", t.continueOnFailure);
        a.put("created_at", Json.atom(t.createdAt));
        a.put("updated_at", Json.atom(t.updatedAt));
        return Json.item("schedule_task", a);
    }

    // ---- network allocations ----

    private Allocation allocationOf(Request request, String permission, Server[] serverOut) {
        Server server = access.usable(request, permission);
        serverOut[0] = server;
        Allocation allocation = state.allocations.get(parseId(request.param("allocation")));
        if (allocation == null || allocation.serverId == null || allocation.serverId != server.id) {
            throw notFound();
        }
        return allocation;
    }

    /** A random free allocation on the primary's IP within the client range; a new one in the range only if none is free. */
    private Response assignAllocation(Request request) {
        Server server = access.usable(request, "allocation.create");
        if (!state.settings().clientAllocationsEnabled) {
            throw new ApiException(400, "AutoAllocationNotEnabledException", "Server auto-allocation is not enabled for this instance.");
        }
        if (state.allocationsOf(server).size() >= server.allocationLimit) {
            throw ApiException.display("Cannot assign additional allocations to this server: limit has been reached.");
        }
        Allocation primary = state.allocations.get(server.allocationId);
        int from = state.settings().clientAllocationRangeStart;
        int to = state.settings().clientAllocationRangeEnd;
        List<Allocation> free = state.allocations.values().stream()
                .filter(a -> a.nodeId == server.nodeId && a.serverId == null && a.ip.equals(primary.ip) && a.port >= from && a.port <= to)
                .toList();
        Allocation chosen;
        if (!free.isEmpty()) {
            chosen = free.get(state.randomInt(free.size()));
        } else {
            List<Integer> unused = new ArrayList<>();
            for (int port = from; port <= to; port++) {
                int p = port;
                if (state.allocations.values().stream().noneMatch(a -> a.nodeId == server.nodeId && a.ip.equals(primary.ip) && a.port == p)) {
                    unused.add(port);
                }
            }
            if (unused.isEmpty()) {
                throw new ApiException(400, "NoAutoAllocationSpaceAvailableException",
                        "Cannot assign additional allocation: no more space available on node.");
            }
            chosen = new Allocation();
            chosen.id = state.nextId("allocations");
            chosen.nodeId = server.nodeId;
            chosen.ip = primary.ip;
            chosen.port = unused.get(state.randomInt(unused.size()));
            state.allocations.put(chosen.id, chosen);
        }
        chosen.serverId = server.id;
        Allocation assigned = chosen;
        state.log("server:allocation.create", user(request), server, true, p -> p.put("allocation", assigned.ip + ":" + assigned.port));
        return Response.ok(transformers.allocation(assigned, server));
    }

    private Response allocationNotes(Request request) {
        Server[] server = new Server[1];
        Allocation allocation = allocationOf(request, "allocation.update", server);
        Validator v = new Validator(request.json());
        v.present("notes");
        v.throwIfInvalid();
        String old = allocation.notes;
        allocation.notes = v.string("notes");
        state.log("server:allocation.notes", user(request), server[0], true, p -> {
            p.put("allocation", allocation.ip + ":" + allocation.port);
            p.put("old", old);
            p.put("new", allocation.notes);
        });
        return Response.ok(transformers.allocation(allocation, server[0]));
    }

    private Response primaryAllocation(Request request) {
        Server[] server = new Server[1];
        Allocation allocation = allocationOf(request, "allocation.update", server);
        server[0].allocationId = allocation.id;
        state.log("server:allocation.primary", user(request), server[0], true,
                p -> p.put("allocation", allocation.ip + ":" + allocation.port));
        return Response.ok(transformers.allocation(allocation, server[0]));
    }

    private Response deleteAllocation(Request request) {
        Server[] server = new Server[1];
        Allocation allocation = allocationOf(request, "allocation.delete", server);
        if (allocation.id == server[0].allocationId) {
            throw ApiException.display("You cannot delete the primary allocation for this server.");
        }
        allocation.serverId = null;
        allocation.notes = null;
        state.log("server:allocation.delete", user(request), server[0], true,
                p -> p.put("allocation", allocation.ip + ":" + allocation.port));
        return Response.noContent();
    }

    // ---- subusers ----

    private Subuser subuserOf(Request request, String permission) {
        Server server = access.usable(request, permission);
        return state.subusers.values().stream().filter(s -> s.serverId == server.id)
                .filter(s -> state.users.containsKey(s.userId) && state.users.get(s.userId).uuid.equals(request.param("user")))
                .findFirst().orElseThrow(ServerFeaturesApi::notFound);
    }

    /** Validates `permissions` (an array of strings) and keeps only the real keys, plus websocket.connect. */
    private static List<String> permissions(Validator v) {
        List<String> result = new ArrayList<>();
        if (!v.present("permissions")) {
            return result;
        }
        JsonNode list = v.at("permissions");
        if (!list.isArray()) {
            // The real panel crashes here (500 TypeError); the emulator answers the array rule's 422.
            v.fail("permissions", "array", "The permissions must be an array.");
            return result;
        }
        for (int i = 0; i < list.size(); i++) {
            if (!list.get(i).isString()) {
                v.fail("permissions." + i, "string", "The permissions." + i + " must be a string.");
            } else if (ServerAccess.allKeys().contains(list.get(i).asString()) && !result.contains(list.get(i).asString())) {
                result.add(list.get(i).asString());
            }
        }
        if (!result.contains("websocket.connect")) {
            result.add("websocket.connect");
        }
        return result;
    }

    private Response createSubuser(Request request) {
        Server server = access.usable(request, "user.create");
        Validator v = new Validator(request.json());
        if (v.required("email")) {
            v.email("email");
        }
        List<String> permissions = permissions(v);
        v.throwIfInvalid();
        String email = v.string("email");
        User user = state.userByEmail(email).orElse(null);
        if (user != null && user.id == server.ownerId) {
            throw new ApiException(400, "UserIsServerOwnerException", "You cannot add the server owner as a subuser for this server.");
        }
        if (user != null && state.subuser(server, user.id).isPresent()) {
            throw new ApiException(400, "ServerSubuserExistsException", "A user with that email address is already assigned as a subuser for this server.");
        }
        if (user == null) {
            String local = email.substring(0, email.indexOf('@')).replaceAll("[^\\w.-]", "");
            user = state.createUser(email, local + state.randomString(3).toLowerCase(), "Server", "Subuser", null, false);
        }
        Subuser subuser = new Subuser();
        subuser.id = state.nextId("subusers");
        subuser.userId = user.id;
        subuser.serverId = server.id;
        subuser.permissions = permissions;
        subuser.createdAt = state.now();
        subuser.updatedAt = subuser.createdAt;
        state.subusers.put(subuser.id, subuser);
        state.log("server:subuser.create", user(request), server, true, p -> {
            p.put("email", email);
            var list = p.putArray("permissions");
            permissions.forEach(list::add);
        });
        return Response.ok(subuser(subuser));
    }

    private Response updateSubuser(Request request) {
        Subuser subuser = subuserOf(request, "user.update");
        Validator v = new Validator(request.json());
        v.required("permissions");
        List<String> permissions = permissions(v);
        v.throwIfInvalid();
        Server server = state.server(subuser.serverId);
        List<String> old = subuser.permissions;
        subuser.permissions = permissions;
        subuser.updatedAt = state.now();
        if (!old.equals(permissions)) {
            // Wings is told to drop the subuser's websocket tokens.
            wings.call(state.node(server.nodeId));
            wings.denyToken(Jwt.md5Hex(subuser.userId + server.uuid));
        }
        state.log("server:subuser.update", user(request), server, true, p -> {
            p.put("email", state.users.get(subuser.userId).email);
            var list = p.putArray("permissions");
            permissions.forEach(list::add);
        });
        return Response.ok(subuser(subuser));
    }

    private Response deleteSubuser(Request request) {
        Subuser subuser = subuserOf(request, "user.delete");
        Server server = state.server(subuser.serverId);
        state.subusers.remove(subuser.id);
        wings.call(state.node(server.nodeId));
        wings.denyToken(Jwt.md5Hex(subuser.userId + server.uuid));
        state.log("server:subuser.delete", user(request), server, true, p -> p.put("email", state.users.get(subuser.userId).email));
        return Response.noContent();
    }

    private ObjectNode subuser(Subuser s) {
        User u = state.users.get(s.userId);
        ObjectNode a = Json.object();
        a.put("uuid", u.uuid);
        a.put("username", u.username);
        a.put("email", u.email);
        a.put("image", "https://gravatar.com/avatar/" + md5(u.email.toLowerCase()));
        a.put("2fa_enabled", u.twoFactor);
        a.put("created_at", Json.atom(u.createdAt));
        var permissions = a.putArray("permissions");
        s.permissions.forEach(permissions::add);
        return Json.item("server_subuser", a);
    }

    private static String md5(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("MD5").digest(text.getBytes(StandardCharsets.UTF_8));
            return String.format("%032x", new BigInteger(1, digest));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    // ---- activity ----

    private Response serverActivity(Request request) {
        Server server = access.usable(request, "activity.read");
        return Response.ok(activityPage(request, state.activity.stream().filter(e -> Objects.equals(e.serverId, server.id)).toList()));
    }

    private Response accountActivity(Request request) {
        User user = user(request);
        return Response.ok(activityPage(request, state.activity.stream()
                .filter(e -> e.serverId == null && Objects.equals(e.actorId, user.id)).toList()));
    }

    /** Insertion order unless sort=-timestamp; filter[event] is a partial match; per_page is capped at 100. */
    private ObjectNode activityPage(Request request, List<ActivityLog> entries) {
        List<ActivityLog> result = new ArrayList<>(entries);
        String filter = request.query("filter[event]");
        if (filter != null && !filter.isEmpty()) {
            result.removeIf(e -> !e.event.contains(filter));
        }
        String sort = request.query("sort");
        if ("-timestamp".equals(sort)) {
            result.sort(Comparator.comparing((ActivityLog e) -> e.timestamp).reversed());
        } else if ("timestamp".equals(sort)) {
            result.sort(Comparator.comparing((ActivityLog e) -> e.timestamp));
        }
        return Pagination.page(request, state.settings().panelUrl, result, 25, 100, true, this::activity);
    }

    private ObjectNode activity(ActivityLog e) {
        ObjectNode a = Json.object();
        a.put("id", e.id);
        a.putNull("batch");
        a.put("event", e.event);
        a.put("is_api", e.isApi);
        a.put("ip", e.ip);
        a.putNull("description");
        a.set("properties", e.properties);
        a.put("has_additional_metadata", false);
        a.put("timestamp", Json.atom(e.timestamp));
        return Json.item("activity_log", a);
    }

    // ---- files (a flat in-memory file system per server) ----

    private Map<String, String> filesOf(Server server) {
        return state.files.computeIfAbsent(server.uuid, k -> new TreeMap<>());
    }

    private static String normalise(String path) {
        String p = path == null || path.isBlank() ? "/" : path.trim();
        p = ("/" + p).replaceAll("/+", "/");
        return p.length() > 1 && p.endsWith("/") ? p.substring(0, p.length() - 1) : p;
    }

    private Response listFiles(Request request) {
        Server server = access.usable(request, "file.read");
        Node node = state.node(server.nodeId);
        wings.call(node);
        String directory = normalise(request.query("directory"));
        String prefix = directory.equals("/") ? "/" : directory + "/";
        Map<String, String> files = filesOf(server);
        TreeMap<String, Long> entries = new TreeMap<>();
        List<String> dirs = new ArrayList<>();
        for (Map.Entry<String, String> file : files.entrySet()) {
            if (!file.getKey().startsWith(prefix)) {
                continue;
            }
            String rest = file.getKey().substring(prefix.length());
            int slash = rest.indexOf('/');
            if (slash >= 0) {
                if (!dirs.contains(rest.substring(0, slash))) {
                    dirs.add(rest.substring(0, slash));
                }
            } else {
                entries.put(rest, (long) file.getValue().getBytes(StandardCharsets.UTF_8).length);
            }
        }
        if (!directory.equals("/") && entries.isEmpty() && dirs.isEmpty()) {
            throw WingsSimulator.translate(404, "The requested resource was not found on the system.");
        }
        List<ObjectNode> data = new ArrayList<>();
        dirs.forEach(d -> data.add(fileObject(d, false, 4096)));
        entries.forEach((name, size) -> data.add(fileObject(name, true, size)));
        return Response.ok(Json.list(data));
    }

    private ObjectNode fileObject(String name, boolean isFile, long size) {
        ObjectNode a = Json.object();
        a.put("name", name);
        a.put("mode", isFile ? "-rw-r--r--" : "drwxr-xr-x");
        a.put("mode_bits", isFile ? "644" : "755");
        a.put("size", size);
        a.put("is_file", isFile);
        a.put("is_symlink", false);
        a.put("mimetype", isFile ? "text/plain; charset=utf-8" : "inode/directory");
        a.put("created_at", Json.atom(state.now()));
        a.put("modified_at", Json.atom(state.now()));
        return Json.item("file_object", a);
    }

    private Response fileContents(Request request) {
        Server server = access.usable(request, "file.read-content");
        wings.call(state.node(server.nodeId));
        String content = filesOf(server).get(normalise(request.query("file")));
        if (content == null) {
            throw WingsSimulator.translate(404, "The requested resource was not found on the system.");
        }
        state.log("server:file.read", user(request), server, true, p -> p.put("file", normalise(request.query("file"))));
        return Response.text(200, content);
    }

    private Response writeFile(Request request) {
        Server server = access.usable(request, "file.create");
        String file = request.query("file");
        if (file == null || file.isBlank()) {
            throw ApiException.validation("file", "required", "The file field is required.");
        }
        wings.call(state.node(server.nodeId));
        filesOf(server).put(normalise(file), request.bodyText());
        state.log("server:file.write", user(request), server, true, p -> p.put("file", normalise(file)));
        return Response.noContent();
    }
}
