package io.pteroca.emulator.client;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;

import io.pteroca.emulator.http.ApiException;
import io.pteroca.emulator.http.Json;
import io.pteroca.emulator.http.Request;
import io.pteroca.emulator.http.Response;
import io.pteroca.emulator.http.Router;
import io.pteroca.emulator.http.Validator;
import io.pteroca.emulator.state.BackupArchive;
import io.pteroca.emulator.state.EmulatorState;
import io.pteroca.emulator.state.FileTree;
import io.pteroca.emulator.state.Node;
import io.pteroca.emulator.state.Server;
import io.pteroca.emulator.state.User;
import io.pteroca.emulator.wings.Jwt;
import io.pteroca.emulator.wings.WingsSimulator;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A server's files through the client API, on its {@link FileTree}: list, contents (up to the panel's 4 MiB editor
 * limit), write, create-folder, rename, copy, delete, chmod, compress, decompress, pull, and the signed links for
 * upload and download that Wings' port serves. Wings' refusals come back in the panel's translation (recording 110).
 * Each route first passes the server's 404, state 409 and permission 403 like the panel.
 */
final class FilesApi {

    /** The panel's {@code pterodactyl.files.max_edit_size}. */
    static final long MAX_EDIT_SIZE = 4L * 1024 * 1024;
    private static final DateTimeFormatter ARCHIVE_NAME = DateTimeFormatter.ofPattern("'archive-'yyyy-MM-dd'T'HHmmss'Z.tar.gz'")
            .withZone(ZoneOffset.UTC);
    private static final int PULLS_PER_WINDOW = 10;
    private static final long PULL_WINDOW_SECONDS = 300;

    private final ClientContext context;
    private final EmulatorState state;
    private final Map<Long, Deque<Instant>> pulls = new HashMap<>();

    FilesApi(ClientContext context) {
        this.context = context;
        this.state = context.state;
    }

    void register(Router router) {
        String files = ClientApi.SERVER + "/files";
        router.add("GET", files + "/list", this::list)
                .add("GET", files + "/contents", this::contents)
                .add("GET", files + "/download", this::download)
                .add("POST", files + "/write", this::write)
                .add("POST", files + "/create-folder", this::createFolder)
                .add("PUT", files + "/rename", this::rename)
                .add("POST", files + "/copy", this::copy)
                .add("POST", files + "/delete", this::delete)
                .add("POST", files + "/chmod", this::chmod)
                .add("POST", files + "/compress", this::compress)
                .add("POST", files + "/decompress", this::decompress)
                .add("POST", files + "/pull", this::pull)
                .add("GET", files + "/upload", this::upload);
    }

    /** Runs a step on Wings: unreachable or failing Wings first, then its refusals in the panel's words. */
    private <T> T onWings(Server server, Supplier<T> step) {
        context.callWings(server);
        try {
            return step.get();
        } catch (FileTree.WingsError e) {
            throw WingsSimulator.translate(e.status(), e.getMessage());
        }
    }

    private Response done(Server server, Runnable step) {
        onWings(server, () -> {
            step.run();
            return null;
        });
        return Response.noContent();
    }

    private Response list(Request request) {
        Server server = context.usable(request, "file.read");
        FileTree tree = state.filesOf(server);
        return onWings(server, () -> {
            List<ObjectNode> data = new ArrayList<>();
            tree.list(resolved("/", request.query("directory")))
                    .forEach(child -> data.add(FileStat.of(child.getKey(), child.getValue())));
            return Response.ok(Json.list(data));
        });
    }

    private Response contents(Request request) {
        Server server = context.usable(request, "file.read-content");
        String file = resolved("/", request.query("file"));
        byte[] data = onWings(server, () -> state.filesOf(server).read(file));
        if (data.length > MAX_EDIT_SIZE) {
            throw new ApiException(400, "FileSizeTooLargeException",
                    "The file you are attempting to open is too large to view in the file editor.");
        }
        context.log(request, "server:file.read", server, p -> p.put("file", file));
        return Response.bytes(200, "text/plain; charset=UTF-8", data);
    }

    private Response write(Request request) {
        Server server = context.usable(request, "file.create");
        String file = request.query("file");
        if (file == null || file.isBlank()) {
            throw ApiException.validation("file", "required", "The file field is required.");
        }
        String path = resolved("/", file);
        done(server, () -> state.filesOf(server).write(path, request.body()));
        context.log(request, "server:file.write", server, p -> p.put("file", path));
        return Response.noContent();
    }

    private Response createFolder(Request request) {
        Server server = context.usable(request, "file.create");
        Validator v = new Validator(request.json());
        v.required("name");
        v.throwIfInvalid();
        String root = rootOf(request.json());
        done(server, () -> state.filesOf(server).makeDirectories(resolved(root, v.string("name"))));
        context.log(request, "server:file.create-directory", server, p -> {
            p.put("name", v.string("name"));
            p.put("directory", root);
        });
        return Response.noContent();
    }

    private Response rename(Request request) {
        Server server = context.usable(request, "file.update");
        JsonNode body = request.json();
        Validator v = new Validator(body);
        v.required("files");
        v.throwIfInvalid();
        List<String[]> moves = new ArrayList<>();
        for (int i = 0; i < body.path("files").size(); i++) {
            JsonNode move = body.path("files").get(i);
            Validator each = new Validator(move);
            each.required("from", "files." + i + ".from");
            each.required("to", "files." + i + ".to");
            each.throwIfInvalid();
            moves.add(new String[] {each.string("from"), each.string("to")});
        }
        String root = rootOf(body);
        FileTree tree = state.filesOf(server);
        done(server, () -> moves.forEach(m -> tree.rename(resolved(root, m[0]), resolved(root, m[1]))));
        context.log(request, "server:file.rename", server, p -> {
            p.put("directory", root);
            var files = p.putArray("files");
            moves.forEach(m -> files.addObject().put("from", m[0]).put("to", m[1]));
        });
        return Response.noContent();
    }

    private Response copy(Request request) {
        Server server = context.usable(request, "file.create");
        Validator v = new Validator(request.json());
        v.required("location");
        v.throwIfInvalid();
        String location = resolved("/", v.string("location"));
        done(server, () -> state.filesOf(server).copy(location));
        context.log(request, "server:file.copy", server, p -> p.put("file", location));
        return Response.noContent();
    }

    private Response delete(Request request) {
        Server server = context.usable(request, "file.delete");
        List<String> names = names(request.json());
        String root = rootOf(request.json());
        FileTree tree = state.filesOf(server);
        done(server, () -> names.forEach(name -> tree.delete(resolved(root, name))));
        context.log(request, "server:file.delete", server, p -> {
            p.put("directory", root);
            names.forEach(p.putArray("files")::add);
        });
        return Response.noContent();
    }

    private Response chmod(Request request) {
        Server server = context.usable(request, "file.update");
        JsonNode body = request.json();
        Validator v = new Validator(body);
        v.required("files");
        v.throwIfInvalid();
        Map<String, String> modes = new TreeMap<>();
        for (int i = 0; i < body.path("files").size(); i++) {
            JsonNode item = body.path("files").get(i);
            Validator each = new Validator(item);
            each.required("file", "files." + i + ".file");
            if (each.required("mode", "files." + i + ".mode") && !item.path("mode").asString("").matches("\\d+")) {
                each.fail("files." + i + ".mode", "numeric", "The files." + i + ".mode must be a number.");
            }
            each.throwIfInvalid();
            modes.put(each.string("file"), each.string("mode"));
        }
        String root = rootOf(body);
        FileTree tree = state.filesOf(server);
        return done(server, () -> modes.forEach((file, mode) -> {
            if (!mode.matches("[0-7]{1,4}")) {
                // Wings cannot parse the mode as octal: its generic failure.
                throw new FileTree.WingsError(500, "could not parse mode");
            }
            tree.chmod(resolved(root, file), Integer.parseInt(mode, 8));
        }));
    }

    private Response compress(Request request) {
        Server server = context.usable(request, "file.archive");
        List<String> names = names(request.json());
        String root = rootOf(request.json());
        FileTree tree = state.filesOf(server);
        String resolvedRoot = resolved("/", root);
        ObjectNode archive = onWings(server, () -> {
            Map<String, byte[]> contents = new TreeMap<>();
            names.forEach(name -> contents.putAll(tree.filesBelow(resolved(root, name), resolvedRoot)));
            String name = ARCHIVE_NAME.format(state.now());
            String path = resolved(resolvedRoot, name);
            tree.write(path, BackupArchive.tarGzBytes(contents, state.now()));
            return FileStat.of(name, tree.entry(path));
        });
        context.log(request, "server:file.compress", server, p -> {
            p.put("directory", root);
            names.forEach(p.putArray("files")::add);
        });
        return Response.ok(archive);
    }

    private Response decompress(Request request) {
        Server server = context.usable(request, "file.archive");
        Validator v = new Validator(request.json());
        v.required("file");
        v.throwIfInvalid();
        String root = resolved("/", rootOf(request.json()));
        FileTree tree = state.filesOf(server);
        done(server, () -> {
            byte[] archive = tree.read(resolved(root, v.string("file")));
            Map<String, byte[]> contents = FileStat.unpacked(archive);
            if (contents == null) {
                throw new FileTree.WingsError(400, "The archive provided is in a format Wings does not understand");
            }
            contents.forEach((path, data) -> tree.write(resolved(root, path), data));
        });
        context.log(request, "server:file.decompress", server, p -> {
            p.put("directory", root);
            p.put("files", v.string("file"));
        });
        return Response.noContent();
    }

    /**
     * The panel validates the URL and allows 10 pulls per 5 minutes per server; Wings refuses addresses of its own
     * network. The emulator has no internet: it writes a small stand-in file named after the URL's last segment.
     */
    private Response pull(Request request) {
        Server server = context.usable(request, "file.create");
        JsonNode body = request.json();
        Validator v = new Validator(body);
        if (v.required("url") && !validUrl(v.string("url"))) {
            v.fail("url", "url", "The url must be a valid URL.");
        }
        v.throwIfInvalid();
        throttlePull(server);
        URI url = URI.create(v.string("url"));
        String host = url.getHost().toLowerCase();
        String directory = resolved("/", Validator.text(body, "directory"));
        String filename = Validator.text(body, "filename");
        String segment = url.getPath() == null || url.getPath().isEmpty() ? "" : FileTree.nameOf(url.getPath());
        String name = filename == null || filename.isBlank() ? (segment.isEmpty() ? "download" : segment) : filename;
        done(server, () -> {
            if (host.equals("localhost") || host.startsWith("127.") || host.startsWith("10.") || host.startsWith("192.168.")) {
                throw new FileTree.WingsError(400, "Cannot perform that action: destination resolves to internal network location");
            }
            state.filesOf(server).write(resolved(directory, name), ("downloaded from " + url + "\n").getBytes(StandardCharsets.UTF_8));
        });
        context.log(request, "server:file.pull", server, p -> {
            p.put("directory", directory);
            p.put("url", url.toString());
        });
        return Response.noContent();
    }

    private static boolean validUrl(String value) {
        try {
            URI url = new URI(value);
            return ("http".equals(url.getScheme()) || "https".equals(url.getScheme())) && url.getHost() != null;
        } catch (java.net.URISyntaxException e) {
            return false;
        }
    }

    private void throttlePull(Server server) {
        Instant now = state.clock().instant();
        Deque<Instant> recent = pulls.computeIfAbsent(server.id, k -> new ArrayDeque<>());
        recent.removeIf(at -> at.plusSeconds(PULL_WINDOW_SECONDS).isBefore(now));
        if (recent.size() >= PULLS_PER_WINDOW) {
            long retry = Math.max(1, PULL_WINDOW_SECONDS - (now.getEpochSecond() - recent.peekFirst().getEpochSecond()));
            throw new ApiException(429, "TooManyRequestsHttpException", "Too Many Attempts.").withHeader("Retry-After", Long.toString(retry));
        }
        recent.addLast(now);
    }

    private Response download(Request request) {
        Server server = context.usable(request, "file.read-content");
        String file = request.query("file");
        if (file == null || file.isBlank()) {
            throw ApiException.validation("file", "required", "The file field is required.");
        }
        context.log(request, "server:file.download", server, p -> p.put("file", file));
        return signedUrl(request, server, "/download/file", claims -> claims.put("file_path", file));
    }

    private Response upload(Request request) {
        Server server = context.usable(request, "file.create");
        return signedUrl(request, server, "/upload/file", claims -> { });
    }

    /** The panel's link to Wings: a 15-minute HS256 token with the server, the user and a one-time unique id. */
    private Response signedUrl(Request request, Server server, String wingsPath, java.util.function.Consumer<ObjectNode> extra) {
        Node node = state.node(server.nodeId);
        User user = request.user();
        long now = state.clock().instant().getEpochSecond();
        String jti = Jwt.md5Hex(user.id + server.uuid);
        ObjectNode claims = Jwt.panelClaims(state.settings().panelUrl, node, jti, now, 900);
        extra.accept(claims);
        claims.put("server_uuid", server.uuid);
        claims.put("user_uuid", user.uuid);
        claims.put("user_id", user.id);
        claims.put("unique_id", state.randomString(16));
        ObjectNode a = Json.object();
        a.put("url", node.scheme + "://" + node.fqdn + ":" + node.daemonListen + wingsPath + "?token="
                + Jwt.sign(claims, jti, node.daemonToken));
        return Response.ok(Json.item("signed_url", a));
    }

    /** The path Wings resolves; one leaving the server's root is its 404, as the panel passes it on. */
    private static String resolved(String root, String path) {
        try {
            return FileTree.resolve(root, path);
        } catch (FileTree.WingsError e) {
            throw WingsSimulator.translate(e.status(), e.getMessage());
        }
    }

    private static String rootOf(JsonNode body) {
        String root = Validator.text(body, "root");
        return root == null || root.isBlank() ? "/" : root;
    }

    private static List<String> names(JsonNode body) {
        Validator v = new Validator(body);
        v.required("files");
        v.throwIfInvalid();
        List<String> names = new ArrayList<>();
        body.path("files").forEach(name -> names.add(name.asString()));
        return names;
    }
}
