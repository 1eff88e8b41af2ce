package io.pteroca.emulator.wings;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.pteroca.emulator.state.EmulatorState;
import io.pteroca.emulator.state.FileTree;
import io.pteroca.emulator.state.Node;
import io.pteroca.emulator.state.Server;
import io.pteroca.emulator.state.User;
import tools.jackson.databind.node.ObjectNode;

/**
 * Wings' file links signed by the panel: {@code GET /download/file?token=…} streams the file of the token's
 * {@code file_path}, and {@code POST /upload/file?token=…&directory=…} takes a multipart body whose {@code files}
 * parts are written into the directory, each at most the node's upload limit. Tokens are checked as for backup
 * downloads ({@link BackupDownloads#link}). The body is read in small pieces and counted as it arrives, so a test can
 * see that a sender streams it.
 */
final class FileTransfers {

    static final String DOWNLOAD = "/download/file";
    static final String UPLOAD = "/upload/file";
    private static final Pattern BOUNDARY = Pattern.compile("boundary=\"?([^\";]+)\"?");
    private static final Pattern FILENAME = Pattern.compile("filename=\"([^\"]*)\"");

    private final EmulatorState state;
    private final BackupDownloads links;
    private final AtomicLong received = new AtomicLong();

    FileTransfers(EmulatorState state, BackupDownloads links) {
        this.state = state;
        this.links = links;
    }

    /** Bytes of upload bodies received so far, over all uploads. */
    long received() {
        return received.get();
    }

    HttpReply download(String rawQuery) {
        synchronized (state) {
            BackupDownloads.Link link = links.link(rawQuery);
            if (link.refusal() != null) {
                return link.refusal();
            }
            Server server = serverOf(link.claims());
            FileTree files = state.filesOf(server);
            String path;
            try {
                path = FileTree.resolve("/", link.claims().path("file_path").asString(""));
            } catch (FileTree.WingsError e) {
                return HttpReply.error(404, FileTree.NOT_FOUND, false);
            }
            FileTree.Entry entry = files.entry(path);
            if (entry == null) {
                return HttpReply.error(404, FileTree.NOT_FOUND, false);
            }
            if (entry.directory()) {
                return HttpReply.error(404, "The requested resource does not exist on this instance.", false);
            }
            HttpReply reply = new HttpReply(200, "application/octet-stream", new LinkedHashMap<>(), entry.data.clone());
            reply.headers().put("Content-Disposition", "attachment; filename=\"" + FileTree.nameOf(path) + "\"");
            return reply;
        }
    }

    HttpReply upload(String rawQuery, Map<String, String> headers, InputStream in) throws IOException {
        String length = headers.get("content-length");
        if (length == null) {
            return HttpReply.error(400, "Failed to get multipart form data from request.", false);
        }
        byte[] body = read(in, Long.parseLong(length.trim()));
        synchronized (state) {
            BackupDownloads.Link link = links.link(rawQuery);
            if (link.refusal() != null) {
                return link.refusal();
            }
            Matcher boundary = BOUNDARY.matcher(headers.getOrDefault("content-type", ""));
            if (body == null || !boundary.find()) {
                return HttpReply.error(400, "Failed to get multipart form data from request.", false);
            }
            Map<String, byte[]> parts = parts(body, boundary.group(1));
            if (parts.isEmpty()) {
                return HttpReply.error(400, "No files were found on the request body.", false);
            }
            Server server = serverOf(link.claims());
            Node node = state.node(server.nodeId);
            for (Map.Entry<String, byte[]> part : parts.entrySet()) {
                if (part.getValue().length > node.uploadSize * 1024 * 1024) {
                    return HttpReply.error(400, "File " + part.getKey() + " is larger than the maximum file upload size of "
                            + node.uploadSize + " MB.", false);
                }
            }
            String directory = directory(rawQuery);
            FileTree files = state.filesOf(server);
            User user = state.users.values().stream().filter(u -> u.uuid.equals(link.claims().path("user_uuid").asString("")))
                    .findFirst().orElse(null);
            try {
                for (Map.Entry<String, byte[]> part : parts.entrySet()) {
                    files.write(FileTree.resolve(directory, part.getKey()), part.getValue());
                    state.log("server:file.uploaded", user, server, false, p -> {
                        p.put("file", part.getKey());
                        p.put("directory", directory);
                    });
                }
            } catch (FileTree.WingsError e) {
                return HttpReply.error(e.status(), e.getMessage(), false);
            }
            return HttpReply.text(200, "text/plain; charset=utf-8", "");
        }
    }

    private Server serverOf(ObjectNode claims) {
        String uuid = claims.path("server_uuid").asString("");
        return state.servers.values().stream().filter(s -> s.uuid.equalsIgnoreCase(uuid)).findFirst().orElseThrow();
    }

    private static String directory(String rawQuery) {
        for (String pair : rawQuery == null ? new String[0] : rawQuery.split("&")) {
            if (pair.startsWith("directory=")) {
                return URLDecoder.decode(pair.substring(10), StandardCharsets.UTF_8);
            }
        }
        return "/";
    }

    /** The body, read in pieces and counted; null when the sender stops early. */
    private byte[] read(InputStream in, long length) throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        byte[] buffer = new byte[64 * 1024];
        long left = length;
        while (left > 0) {
            int n = in.read(buffer, 0, (int) Math.min(buffer.length, left));
            if (n < 0) {
                return null;
            }
            body.write(buffer, 0, n);
            received.addAndGet(n);
            left -= n;
        }
        return body.toByteArray();
    }

    /** The {@code files} parts of a multipart body by file name. */
    private static Map<String, byte[]> parts(byte[] body, String boundary) {
        Map<String, byte[]> parts = new LinkedHashMap<>();
        byte[] delimiter = ("--" + boundary).getBytes(StandardCharsets.ISO_8859_1);
        int at = indexOf(body, delimiter, 0);
        while (at >= 0) {
            int headStart = at + delimiter.length + 2;
            int headEnd = indexOf(body, "\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1), headStart);
            if (headEnd < 0) {
                break;
            }
            int next = indexOf(body, ("\r\n--" + boundary).getBytes(StandardCharsets.ISO_8859_1), headEnd);
            if (next < 0) {
                break;
            }
            String head = new String(body, headStart, headEnd - headStart, StandardCharsets.UTF_8);
            Matcher filename = FILENAME.matcher(head);
            if (head.contains("name=\"files\"") && filename.find()) {
                parts.put(filename.group(1), java.util.Arrays.copyOfRange(body, headEnd + 4, next));
            }
            at = next + 2;
        }
        return parts;
    }

    private static int indexOf(byte[] data, byte[] pattern, int from) {
        outer:
        for (int i = Math.max(0, from); i <= data.length - pattern.length; i++) {
            for (int j = 0; j < pattern.length; j++) {
                if (data[i + j] != pattern[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
