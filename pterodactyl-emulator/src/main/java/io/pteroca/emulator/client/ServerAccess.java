package io.pteroca.emulator.client;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.pteroca.emulator.http.ApiException;
import io.pteroca.emulator.http.Request;
import io.pteroca.emulator.state.EmulatorState;
import io.pteroca.emulator.state.Server;
import io.pteroca.emulator.state.User;

/**
 * Who may do what on a server through the client API: owners and root admins everything, subusers
 * only what their permission keys (the panel's real keys) allow. Non-members get 404, not 403.
 */
public final class ServerAccess {

    /** The panel's permission groups and their keys, in the panel's order. */
    public static final Map<String, Map<String, String>> PERMISSIONS = new LinkedHashMap<>();

    static {
        group("websocket", "Connecting to the server's console websocket.",
                "connect", "Connect to the websocket for live console output and stats.");
        group("control", "Controlling the server's power state and console.",
                "console", "Send commands to the server console.", "start", "Start the server.", "stop", "Stop or kill the server.",
                "restart", "Restart the server.");
        group("user", "Managing the server's subusers.",
                "create", "Add subusers.", "read", "List and view subusers.", "update", "Change subusers' permissions.",
                "delete", "Remove subusers.");
        group("file", "Working with the server's files.",
                "create", "Create files and folders.", "read", "List directories.", "read-content", "Read file contents.",
                "update", "Change files.", "delete", "Delete files.", "archive", "Compress and decompress files.",
                "sftp", "Connect over SFTP.");
        group("backup", "Managing the server's backups.",
                "create", "Create backups.", "read", "List and view backups.", "delete", "Delete, lock and unlock backups.",
                "download", "Download backups.", "restore", "Restore backups.");
        group("allocation", "Managing the server's network allocations.",
                "read", "List allocations.", "create", "Assign allocations.", "update", "Change notes and the primary allocation.",
                "delete", "Remove allocations.");
        group("startup", "Managing the server's startup settings.",
                "read", "View startup variables.", "update", "Change startup variables.", "docker-image", "Change the docker image.");
        group("database", "Managing the server's databases.",
                "create", "Create databases.", "read", "List databases.", "update", "Rotate database passwords.",
                "delete", "Delete databases.", "view_password", "See database passwords.");
        group("schedule", "Managing the server's schedules.",
                "create", "Create schedules.", "read", "List and view schedules.", "update", "Change and run schedules and tasks.",
                "delete", "Delete schedules.");
        group("settings", "Managing the server's settings.",
                "rename", "Rename the server.", "reinstall", "Reinstall the server.");
        group("activity", "Reading the server's activity log.", "read", "View the activity log.");
    }

    private static void group(String name, String description, String... keys) {
        Map<String, String> entries = new LinkedHashMap<>();
        entries.put("__description", description);
        for (int i = 0; i < keys.length; i += 2) {
            entries.put(keys[i], keys[i + 1]);
        }
        PERMISSIONS.put(name, entries);
    }

    /** Every real permission key ("control.console", ...). */
    public static List<String> allKeys() {
        List<String> keys = new ArrayList<>();
        PERMISSIONS.forEach((group, entries) -> entries.keySet().stream().filter(k -> !k.startsWith("__"))
                .forEach(k -> keys.add(group + "." + k)));
        return keys;
    }

    private final EmulatorState state;

    public ServerAccess(EmulatorState state) {
        this.state = state;
    }

    /** The server, if the caller owns it, is its subuser, or is a root admin; 404 otherwise. */
    public Server accessible(Request request) {
        User user = request.caller().user();
        return state.serverByIdentifier(request.param("server"))
                .filter(s -> visibleTo(user, s))
                .orElseThrow(() -> new ApiException(404, "NotFoundHttpException", "The requested resource does not exist on this server."));
    }

    /** Whether the user owns the server, is its subuser, or is a root admin. */
    public boolean visibleTo(User user, Server server) {
        return user.rootAdmin || server.ownerId == user.id || state.subuser(server, user.id).isPresent();
    }

    /** accessible(), the state gate (409 while suspended, installing or restoring), then the permission (403). */
    public Server usable(Request request, String permission) {
        Server server = accessible(request);
        if (server.suspended()) {
            throw conflict("This server is currently suspended and the functionality requested is unavailable.");
        }
        if (Server.INSTALLING.equals(server.status) || Server.INSTALL_FAILED.equals(server.status)) {
            throw conflict("This server has not yet completed its installation process, please try again later.");
        }
        if (Server.RESTORING.equals(server.status)) {
            throw conflict("This server is currently restoring from a backup, please try again later.");
        }
        require(request.caller().user(), server, permission);
        return server;
    }

    public void require(User user, Server server, String permission) {
        if (permission != null && !can(user, server, permission)) {
            throw ApiException.forbidden("This action is unauthorized.");
        }
    }

    public boolean can(User user, Server server, String permission) {
        if (user.rootAdmin || server.ownerId == user.id) {
            return true;
        }
        return state.subuser(server, user.id).map(s -> s.permissions.contains(permission)).orElse(false);
    }

    /** ["*"] for owners and admins, the subuser's keys otherwise. */
    public List<String> permissionsOf(User user, Server server) {
        if (user.rootAdmin || server.ownerId == user.id) {
            return List.of("*");
        }
        return state.subuser(server, user.id).map(s -> List.copyOf(s.permissions)).orElse(List.of());
    }

    private static ApiException conflict(String detail) {
        return new ApiException(409, "ServerStateConflictException", detail);
    }
}
