package io.pteroca.pterodactyl.client;

import io.pteroca.pterodactyl.client.model.FileObject;
import io.pteroca.pterodactyl.error.PanelUnreachableException;
import io.pteroca.pterodactyl.error.PterodactylException;
import io.pteroca.pterodactyl.http.ApiRequest;
import io.pteroca.pterodactyl.http.ApiTransport;
import io.pteroca.pterodactyl.http.ErrorResponses;
import io.pteroca.pterodactyl.json.PanelJson;
import io.pteroca.pterodactyl.page.ListQuery;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * {@code /api/client/servers/{server}/files}: list, read, write, create folders, rename or move, copy, delete, change
 * modes, compress, decompress, pull from a URL, and Wings' signed links for uploads and downloads. Paths go to
 * Pterodactyl as given; callers decide which paths they allow. Pterodactyl passes Wings' refusals on in its own
 * error shape ("An error occurred on the remote host: …").
 */
public final class FilesApi {

    private static final String FILES = "/api/client/servers/{server}/files";

    private final ApiTransport transport;

    FilesApi(ApiTransport transport) {
        this.transport = transport;
    }

    /** The directory's entries, directories first, as Wings orders them. */
    public List<FileObject> list(String server, String directory) {
        return PanelJson.list(transport.execute(ApiRequest.get(FILES + "/list", server)
                .query(ListQuery.none().param("directory", directory))).json(), FileObject.class);
    }

    /** Writes {@code content} as the raw request body (not JSON); makes the file and its folders when missing. */
    public void write(String server, String file, String content) {
        transport.execute(ApiRequest.of("POST", FILES + "/write", server)
                .query(ListQuery.none().param("file", file)).text(content));
    }

    /** Raw file contents (the panel answers text/plain); files over the panel's edit limit are refused (400). */
    public String contents(String server, String file) {
        return transport.execute(ApiRequest.get(FILES + "/contents", server)
                .query(ListQuery.none().param("file", file))).body();
    }

    public void createFolder(String server, String root, String name) {
        transport.execute(ApiRequest.of("POST", FILES + "/create-folder", server).json(Map.of("root", root, "name", name)));
    }

    /** Renames or moves, relative to {@code root}; a missing source is skipped, an existing target refused. */
    public void rename(String server, String root, String from, String to) {
        transport.execute(ApiRequest.of("PUT", FILES + "/rename", server)
                .json(Map.of("root", root, "files", List.of(Map.of("from", from, "to", to)))));
    }

    /** Copies a file beside itself ("name copy.ext"); directories are refused. */
    public void copy(String server, String location) {
        transport.execute(ApiRequest.of("POST", FILES + "/copy", server).json(Map.of("location", location)));
    }

    /** Deletes files and folders (with their contents) named relative to {@code root}. */
    public void delete(String server, String root, List<String> names) {
        transport.execute(ApiRequest.of("POST", FILES + "/delete", server).json(Map.of("root", root, "files", names)));
    }

    /** {@code mode} in octal digits, e.g. "644". */
    public void chmod(String server, String root, String name, String mode) {
        transport.execute(ApiRequest.of("POST", FILES + "/chmod", server)
                .json(Map.of("root", root, "files", List.of(Map.of("file", name, "mode", mode)))));
    }

    /** Packs the named entries of {@code root} into a new .tar.gz there, and returns it. */
    public FileObject compress(String server, String root, List<String> names) {
        return PanelJson.item(transport.execute(ApiRequest.of("POST", FILES + "/compress", server)
                .json(Map.of("root", root, "files", names))).json(), FileObject.class);
    }

    public void decompress(String server, String root, String file) {
        transport.execute(ApiRequest.of("POST", FILES + "/decompress", server).json(Map.of("root", root, "file", file)));
    }

    /** Wings downloads the URL into {@code directory}; {@code filename} null keeps the URL's own name. */
    public void pull(String server, String url, String directory, String filename) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("url", url);
        body.put("directory", directory);
        if (filename != null) {
            body.put("filename", filename);
        }
        transport.execute(ApiRequest.of("POST", FILES + "/pull", server).json(body));
    }

    /** A one-time link (15 minutes) from which Wings serves the file. */
    public String downloadUrl(String server, String file) {
        return signedUrl(ApiRequest.get(FILES + "/download", server).query(ListQuery.none().param("file", file)));
    }

    /** A one-time link (15 minutes) to which a multipart upload goes; see {@link #upload}. */
    public String uploadUrl(String server) {
        return signedUrl(ApiRequest.get(FILES + "/upload", server));
    }

    private String signedUrl(ApiRequest request) {
        return transport.execute(request).json().path("attributes").path("url").asString();
    }

    /**
     * Sends one file to Wings' signed upload link as {@code multipart/form-data} (field {@code files}), streaming
     * {@code content} as it is read: never more than the HTTP client's buffers are held. {@code length} is the
     * file's exact size. Wings' refusals (too large for the node's upload limit, a used link) become the usual
     * exceptions.
     */
    public void upload(String signedUrl, String directory, String fileName, Supplier<InputStream> content, long length) {
        String boundary = "pteroca-" + UUID.randomUUID();
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\""
                + fileName.replace("\"", "%22") + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        Supplier<InputStream> body = () -> new SequenceInputStream(new ByteArrayInputStream(head),
                new SequenceInputStream(content.get(), new ByteArrayInputStream(tail)));
        String endpoint = "POST /upload/file";
        HttpRequest request = HttpRequest.newBuilder(URI.create(signedUrl + "&directory="
                        + ListQuery.encodeComponent(directory)))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.fromPublisher(HttpRequest.BodyPublishers.ofInputStream(body),
                        head.length + length + tail.length))
                .build();
        HttpResponse<String> response;
        try {
            response = transport.httpClient().send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new PanelUnreachableException(endpoint, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PterodactylException(endpoint + " interrupted", e);
        }
        if (response.statusCode() >= 300) {
            throw ErrorResponses.toException(response.statusCode(), wingsError(response.body()), Optional.empty(), endpoint);
        }
    }

    /** Wings answers {"error": "…"}; in the panel's error shape so that its words reach the caller. */
    private static String wingsError(String body) {
        try {
            String message = PanelJson.parse(body).path("error").asString("");
            if (!message.isEmpty()) {
                return PanelJson.write(Map.of("errors", List.of(Map.of("code", "WingsError", "detail", message))));
            }
        } catch (RuntimeException notJson) {
            // passed on as it came
        }
        return body;
    }
}
