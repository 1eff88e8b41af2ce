package io.pteroca.emulator.client;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;

import io.pteroca.emulator.http.ApiException;
import io.pteroca.emulator.http.Json;
import io.pteroca.emulator.http.Pagination;
import io.pteroca.emulator.http.Request;
import io.pteroca.emulator.http.Response;
import io.pteroca.emulator.http.Router;
import io.pteroca.emulator.http.Validator;
import io.pteroca.emulator.state.Backup;
import io.pteroca.emulator.state.EmulatorState;
import io.pteroca.emulator.state.Node;
import io.pteroca.emulator.state.Server;
import io.pteroca.emulator.state.User;
import io.pteroca.emulator.wings.Jwt;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** A server's backups: list, create (throttled), get, download link, lock, restore, delete. */
final class BackupsApi {

    private final ClientContext context;
    private final EmulatorState state;
    private final BackupMaker maker;

    BackupsApi(ClientContext context, BackupMaker maker) {
        this.context = context;
        this.state = context.state;
        this.maker = maker;
    }

    void register(Router router) {
        String backups = ClientApi.SERVER + "/backups";
        router.add("GET", backups, this::list)
                .add("POST", backups, this::create)
                .add("GET", backups + "/{backup}", r -> Response.ok(backup(backupOf(r, "backup.read"))))
                .add("GET", backups + "/{backup}/download", this::download)
                .add("POST", backups + "/{backup}/lock", this::lock)
                .add("POST", backups + "/{backup}/restore", this::restore)
                .add("DELETE", backups + "/{backup}", this::delete);
    }

    private Response list(Request request) {
        Server server = context.usable(request, "backup.read");
        List<Backup> backups = state.backupsOf(server);
        ObjectNode page = Pagination.page(request, state.settings().panelUrl, backups, 20, 50, true, this::backup);
        ObjectNode pagination = (ObjectNode) page.get("meta").get("pagination");
        ObjectNode meta = Json.object();
        meta.put("backup_count", backups.stream().filter(b -> b.successful || b.completesAt != null).count());
        meta.set("pagination", pagination);
        page.set("meta", meta);
        return Response.ok(page);
    }

    private Response create(Request request) {
        Server server = context.usable(request, "backup.create");
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
        Backup backup = maker.start(server, Validator.text(body, "name"), Validator.text(body, "ignored"),
                body.path("is_locked").asBoolean(false), false);
        context.log(request, "server:backup.start", server, p -> {
            p.put("name", backup.name);
            p.put("locked", backup.locked);
        });
        return Response.ok(backup(backup));
    }

    private Backup backupOf(Request request, String permission) {
        Server server = context.usable(request, permission);
        return ClientContext.find(state.backupsOf(server), b -> b.uuid.equals(request.param("backup")));
    }

    private Response download(Request request) {
        Backup backup = backupOf(request, "backup.download");
        Server server = state.server(backup.serverId);
        if (!backup.successful) {
            throw ApiException.display("The backup requested has not completed yet.");
        }
        Node node = state.node(server.nodeId);
        User user = request.user();
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
        context.logName(request, "server:backup.download", server, backup.name);
        return Response.ok(Json.item("signed_url", a));
    }

    private Response lock(Request request) {
        Backup backup = backupOf(request, "backup.delete");
        backup.locked = !backup.locked;
        context.logName(request, backup.locked ? "server:backup.lock" : "server:backup.unlock", state.server(backup.serverId),
                backup.name);
        return Response.ok(backup(backup));
    }

    private Response restore(Request request) {
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
        context.callWings(server);
        boolean truncate = v.at("truncate").asBoolean(false) || "1".equals(v.string("truncate"));
        server.status = Server.RESTORING;
        server.restoringFrom = backup;
        server.restoreTruncates = truncate;
        state.finishLater(server);
        context.log(request, "server:backup.restore", server, p -> {
            p.put("name", backup.name);
            p.put("truncate", truncate);
        });
        return Response.noContent();
    }

    private Response delete(Request request) {
        Backup backup = backupOf(request, "backup.delete");
        Server server = state.server(backup.serverId);
        if (backup.locked) {
            throw new ApiException(400, "BackupLockedException", "Cannot delete a backup that is marked as locked.");
        }
        context.callWings(server);
        backup.deleted = true;
        context.log(request, "server:backup.delete", server, p -> {
            p.put("name", backup.name);
            p.put("failed", !backup.successful && backup.completesAt == null);
        });
        return Response.noContent();
    }

    private ObjectNode backup(Backup b) {
        if (state.pelican()) {
            // Pelican marks the backups a schedule made; the API's are never scheduled.
            ObjectNode a = backupAttributes(b);
            ObjectNode ordered = Json.object();
            a.properties().forEach(e -> {
                ordered.set(e.getKey(), e.getValue());
                if (e.getKey().equals("is_locked")) {
                    ordered.put("is_scheduled", false);
                }
            });
            return Json.item("backup", ordered);
        }
        return Json.item("backup", backupAttributes(b));
    }

    private ObjectNode backupAttributes(Backup b) {
        return (Json.fields("uuid", b.uuid, "is_successful", b.successful, "is_locked", b.locked, "name", b.name,
                "ignored_files", List.copyOf(b.ignoredFiles), "checksum", b.checksum, "bytes", b.bytes,
                "created_at", Json.atom(b.createdAt), "completed_at", Json.atom(b.completedAt)));
    }
}
