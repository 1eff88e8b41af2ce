package io.pteroca.emulator.client;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import io.pteroca.emulator.http.ApiException;
import io.pteroca.emulator.http.Json;
import io.pteroca.emulator.http.Request;
import io.pteroca.emulator.http.Response;
import io.pteroca.emulator.http.Router;
import io.pteroca.emulator.state.EmulatorState;
import io.pteroca.emulator.state.Server;
import io.pteroca.emulator.wings.WingsSimulator;
import tools.jackson.databind.node.ObjectNode;

/** A flat in-memory file system per server: list a directory, read a file, write a file. */
final class FilesApi {

    private static final String NOT_ON_DISK = "The requested resource was not found on the system.";

    private final ClientContext context;
    private final EmulatorState state;

    FilesApi(ClientContext context) {
        this.context = context;
        this.state = context.state;
    }

    void register(Router router) {
        String files = ClientApi.SERVER + "/files";
        router.add("GET", files + "/list", this::list)
                .add("GET", files + "/contents", this::contents)
                .add("POST", files + "/write", this::write);
    }

    private static String normalise(String path) {
        String p = path == null || path.isBlank() ? "/" : path.trim();
        p = ("/" + p).replaceAll("/+", "/");
        return p.length() > 1 && p.endsWith("/") ? p.substring(0, p.length() - 1) : p;
    }

    private Response list(Request request) {
        Server server = context.usable(request, "file.read");
        context.callWings(server);
        String directory = normalise(request.query("directory"));
        String prefix = directory.equals("/") ? "/" : directory + "/";
        TreeMap<String, Long> entries = new TreeMap<>();
        List<String> dirs = new ArrayList<>();
        for (Map.Entry<String, String> file : state.filesOf(server).entrySet()) {
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
            throw WingsSimulator.translate(404, NOT_ON_DISK);
        }
        List<ObjectNode> data = new ArrayList<>();
        dirs.forEach(d -> data.add(fileObject(d, false, 4096)));
        entries.forEach((name, size) -> data.add(fileObject(name, true, size)));
        return Response.ok(Json.list(data));
    }

    private ObjectNode fileObject(String name, boolean isFile, long size) {
        return Json.item("file_object", Json.fields("name", name, "mode", isFile ? "-rw-r--r--" : "drwxr-xr-x",
                "mode_bits", isFile ? "644" : "755", "size", size, "is_file", isFile, "is_symlink", false,
                "mimetype", isFile ? "text/plain; charset=utf-8" : "inode/directory",
                "created_at", Json.atom(state.now()), "modified_at", Json.atom(state.now())));
    }

    private Response contents(Request request) {
        Server server = context.usable(request, "file.read-content");
        context.callWings(server);
        String file = normalise(request.query("file"));
        String content = state.filesOf(server).get(file);
        if (content == null) {
            throw WingsSimulator.translate(404, NOT_ON_DISK);
        }
        context.log(request, "server:file.read", server, p -> p.put("file", file));
        return Response.text(200, content);
    }

    private Response write(Request request) {
        Server server = context.usable(request, "file.create");
        String file = request.query("file");
        if (file == null || file.isBlank()) {
            throw ApiException.validation("file", "required", "The file field is required.");
        }
        context.callWings(server);
        state.filesOf(server).put(normalise(file), request.bodyText());
        context.log(request, "server:file.write", server, p -> p.put("file", normalise(file)));
        return Response.noContent();
    }
}
