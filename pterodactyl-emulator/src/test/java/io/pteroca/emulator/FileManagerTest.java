package io.pteroca.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.pteroca.emulator.http.Json;
import io.pteroca.emulator.state.ApiKey;
import io.pteroca.emulator.state.User;
import tools.jackson.databind.JsonNode;

/**
 * The files endpoints on a server's in-memory tree: every action, the errors Wings gives for missing paths and for
 * directories used as files (in the panel's translation, recording 110), and the signed upload and download links.
 */
class FileManagerTest {

    private static final String NOT_FOUND = "An error occurred on the remote host: The requested resource was not found on the system.. (request id: )";

    private OwnedServer owned;

    @BeforeEach
    void start() throws Exception {
        owned = OwnedServer.start(Instant.parse("2026-05-01T12:00:00Z"), b -> b);
        assertThat(owned.asOwner("POST", "/files/write?file=%2Fserver.properties", "motd=hi\n").statusCode()).isEqualTo(204);
    }

    @AfterEach
    void stop() {
        owned.close();
    }

    private JsonNode list(String directory) throws Exception {
        HttpResponse<String> answer = owned.asOwner("GET", "/files/list?directory=" + directory, null);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return Json.MAPPER.readTree(answer.body());
    }

    private List<String> names(String directory) throws Exception {
        List<String> names = new ArrayList<>();
        list(directory).path("data").forEach(item -> names.add(item.at("/attributes/name").asString()));
        return names;
    }

    private static void assertWingsError(HttpResponse<String> answer, int status, String detail) throws Exception {
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(status);
        JsonNode error = Json.MAPPER.readTree(answer.body()).at("/errors/0");
        assertThat(error.at("/code").asString()).isEqualTo("DaemonConnectionException");
        assertThat(error.at("/status").asString()).isEqualTo(Integer.toString(status));
        assertThat(error.at("/detail").asString()).isEqualTo(detail);
    }

    @Test
    void listsDirectoriesFirstWithTheFileObjectShape() throws Exception {
        assertThat(owned.asOwner("POST", "/files/create-folder", "{\"root\":\"/\",\"name\":\"plugins\"}").statusCode()).isEqualTo(204);
        JsonNode listed = list("%2F");
        assertThat(listed.at("/object").asString()).isEqualTo("list");
        JsonNode folder = listed.at("/data/0");
        assertThat(folder.at("/object").asString()).isEqualTo("file_object");
        assertThat(folder.at("/attributes/name").asString()).isEqualTo("plugins");
        assertThat(folder.at("/attributes/is_file").asBoolean()).isFalse();
        assertThat(folder.at("/attributes/mode").asString()).isEqualTo("drwxr-xr-x");
        JsonNode file = listed.at("/data/1/attributes");
        assertThat(file.at("/name").asString()).isEqualTo("server.properties");
        assertThat(file.at("/mode").asString()).isEqualTo("-rw-r--r--");
        assertThat(file.at("/mode_bits").asString()).isEqualTo("644");
        assertThat(file.at("/size").asLong()).isEqualTo(8);
        assertThat(file.at("/mimetype").asString()).startsWith("text/plain");
        assertThat(file.at("/created_at").asString()).isNotEmpty();
        assertThat(names("%2Fplugins")).isEmpty();
    }

    @Test
    void missingPathsAndDirectoriesUsedAsFilesAreWingsErrors() throws Exception {
        assertWingsError(owned.asOwner("GET", "/files/list?directory=%2Fnope", null), 404, NOT_FOUND);
        assertWingsError(owned.asOwner("GET", "/files/contents?file=%2Fnope.txt", null), 404, NOT_FOUND);
        assertWingsError(owned.asOwner("GET", "/files/list?directory=%2Fserver.properties", null), 400,
                "An error occurred on the remote host: Cannot perform that action: file is not a directory.. (request id: )");
        owned.asOwner("POST", "/files/create-folder", "{\"name\":\"world\"}");
        assertWingsError(owned.asOwner("GET", "/files/contents?file=%2Fworld", null), 400,
                "An error occurred on the remote host: Cannot perform that action: file is a directory.. (request id: )");
        assertWingsError(owned.asOwner("POST", "/files/copy", "{\"location\":\"/world\"}"), 400,
                "An error occurred on the remote host: Cannot perform that action: file is a directory.. (request id: )");
        assertWingsError(owned.asOwner("GET", "/files/list?directory=%2F..%2F..%2Fetc", null), 404, NOT_FOUND);
        assertWingsError(owned.asOwner("POST", "/files/chmod", "{\"root\":\"/\",\"files\":[{\"file\":\"gone\",\"mode\":\"644\"}]}"),
                404, NOT_FOUND);
    }

    @Test
    void contentsAreRawTextAndBigFilesAreRefused() throws Exception {
        HttpResponse<String> contents = owned.asOwner("GET", "/files/contents?file=%2Fserver.properties", null);
        assertThat(contents.statusCode()).isEqualTo(200);
        assertThat(contents.headers().firstValue("content-type")).hasValue("text/plain; charset=UTF-8");
        assertThat(contents.body()).isEqualTo("motd=hi\n");
        synchronized (owned.emulator.state()) {
            owned.emulator.state().filesOf(owned.server).write("/big.log", new byte[4 * 1024 * 1024 + 1]);
        }
        HttpResponse<String> big = owned.asOwner("GET", "/files/contents?file=%2Fbig.log", null);
        assertThat(big.statusCode()).isEqualTo(400);
        assertThat(Json.MAPPER.readTree(big.body()).at("/errors/0/code").asString()).isEqualTo("FileSizeTooLargeException");
    }

    @Test
    void renameCopyDeleteAndChmod() throws Exception {
        assertThat(owned.asOwner("POST", "/files/copy", "{\"location\":\"/server.properties\"}").statusCode()).isEqualTo(204);
        assertThat(owned.asOwner("POST", "/files/copy", "{\"location\":\"/server.properties\"}").statusCode()).isEqualTo(204);
        assertThat(names("%2F")).containsExactly("server copy 1.properties", "server copy.properties", "server.properties");

        assertThat(owned.asOwner("PUT", "/files/rename",
                "{\"root\":\"/\",\"files\":[{\"from\":\"server copy.properties\",\"to\":\"old/kept.properties\"}]}").statusCode()).isEqualTo(204);
        assertThat(names("%2Fold")).containsExactly("kept.properties");
        assertWingsError(owned.asOwner("PUT", "/files/rename",
                "{\"root\":\"/\",\"files\":[{\"from\":\"server copy 1.properties\",\"to\":\"server.properties\"}]}"), 400,
                "An error occurred on the remote host: Cannot move or rename file, destination already exists.. (request id: )");
        assertThat(owned.asOwner("PUT", "/files/rename", "{\"root\":\"/\",\"files\":[{\"from\":\"\"}]}").statusCode()).isEqualTo(422);

        assertThat(owned.asOwner("POST", "/files/chmod", "{\"root\":\"/old\",\"files\":[{\"file\":\"kept.properties\",\"mode\":\"600\"}]}")
                .statusCode()).isEqualTo(204);
        assertThat(list("%2Fold").at("/data/0/attributes/mode").asString()).isEqualTo("-rw-------");
        assertThat(owned.asOwner("POST", "/files/chmod", "{\"root\":\"/\",\"files\":[{\"file\":\"old\",\"mode\":\"rwx\"}]}").statusCode())
                .isEqualTo(422);

        assertThat(owned.asOwner("POST", "/files/delete", "{\"root\":\"/\",\"files\":[\"old\",\"server copy 1.properties\",\"never\"]}")
                .statusCode()).isEqualTo(204);
        assertThat(names("%2F")).containsExactly("server.properties");
        assertThat(owned.asOwner("POST", "/files/delete", "{\"root\":\"/\",\"files\":[]}").statusCode()).isEqualTo(422);
    }

    @Test
    void compressThenDecompressElsewhere() throws Exception {
        owned.asOwner("POST", "/files/write?file=%2Fworld%2Flevel.dat", "level");
        HttpResponse<String> compressed = owned.asOwner("POST", "/files/compress", "{\"root\":\"/\",\"files\":[\"world\",\"server.properties\"]}");
        assertThat(compressed.statusCode()).as(compressed.body()).isEqualTo(200);
        JsonNode archive = Json.MAPPER.readTree(compressed.body());
        assertThat(archive.at("/object").asString()).isEqualTo("file_object");
        String name = archive.at("/attributes/name").asString();
        assertThat(name).isEqualTo("archive-2026-05-01T120002Z.tar.gz");

        owned.asOwner("PUT", "/files/rename", "{\"root\":\"/\",\"files\":[{\"from\":\"" + name + "\",\"to\":\"restore/a.tar.gz\"}]}");
        assertThat(owned.asOwner("POST", "/files/decompress", "{\"root\":\"/restore\",\"file\":\"a.tar.gz\"}").statusCode()).isEqualTo(204);
        assertThat(owned.asOwner("GET", "/files/contents?file=%2Frestore%2Fworld%2Flevel.dat", null).body()).isEqualTo("level");
        assertThat(owned.asOwner("GET", "/files/contents?file=%2Frestore%2Fserver.properties", null).body()).isEqualTo("motd=hi\n");

        assertWingsError(owned.asOwner("POST", "/files/decompress", "{\"root\":\"/\",\"file\":\"server.properties\"}"), 400,
                "An error occurred on the remote host: The archive provided is in a format Wings does not understand. (request id: )");
    }

    @Test
    void pullValidatesRefusesInternalAddressesAndIsThrottled() throws Exception {
        assertThat(owned.asOwner("POST", "/files/pull", "{\"url\":\"not a url\"}").statusCode()).isEqualTo(422);
        assertWingsError(owned.asOwner("POST", "/files/pull", "{\"url\":\"http://127.0.0.1/x.jar\"}"), 400,
                "An error occurred on the remote host: Cannot perform that action: destination resolves to internal network location. (request id: )");
        assertThat(owned.asOwner("POST", "/files/pull", "{\"url\":\"https://example.com/plugins/a.jar\",\"directory\":\"/plugins\"}")
                .statusCode()).isEqualTo(204);
        assertThat(names("%2Fplugins")).containsExactly("a.jar");
        for (int i = 0; i < 8; i++) {
            owned.asOwner("POST", "/files/pull", "{\"url\":\"https://example.com/b.jar\"}");
        }
        HttpResponse<String> throttled = owned.asOwner("POST", "/files/pull", "{\"url\":\"https://example.com/c.jar\"}");
        assertThat(throttled.statusCode()).isEqualTo(429);
        assertThat(throttled.headers().firstValue("Retry-After")).isPresent();
    }

    @Test
    void uploadAndDownloadGoThroughWingsSignedLinksOnce() throws Exception {
        HttpResponse<String> link = owned.asOwner("GET", "/files/upload", null);
        assertThat(link.statusCode()).isEqualTo(200);
        JsonNode signed = Json.MAPPER.readTree(link.body());
        assertThat(signed.at("/object").asString()).isEqualTo("signed_url");
        String uploadUrl = signed.at("/attributes/url").asString();
        assertThat(uploadUrl).contains("/upload/file?token=");

        byte[] jar = new byte[300_000];
        for (int i = 0; i < jar.length; i++) {
            jar[i] = (byte) (i * 31);
        }
        String boundary = "b0undary";
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\"plugin.jar\"\r\n"
                + "Content-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[head.length + jar.length + tail.length];
        System.arraycopy(head, 0, body, 0, head.length);
        System.arraycopy(jar, 0, body, head.length, jar.length);
        System.arraycopy(tail, 0, body, head.length + jar.length, tail.length);
        HttpResponse<String> uploaded = owned.http().send(HttpRequest.newBuilder(URI.create(uploadUrl + "&directory=%2Fplugins"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(200);
        assertThat(owned.emulator.wingsSocket().uploadedBytes()).isEqualTo(body.length);
        HttpResponse<String> again = owned.http().send(HttpRequest.newBuilder(URI.create(uploadUrl))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(again.statusCode()).as("a link works once").isEqualTo(404);

        HttpResponse<String> downloadLink = owned.asOwner("GET", "/files/download?file=%2Fplugins%2Fplugin.jar", null);
        String downloadUrl = Json.MAPPER.readTree(downloadLink.body()).at("/attributes/url").asString();
        assertThat(downloadUrl).contains("/download/file?token=");
        HttpResponse<byte[]> downloaded = owned.http().send(HttpRequest.newBuilder(URI.create(downloadUrl)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(downloaded.statusCode()).isEqualTo(200);
        assertThat(downloaded.body()).isEqualTo(jar);
        assertThat(downloaded.headers().firstValue("content-disposition")).hasValue("attachment; filename=\"plugin.jar\"");
        assertThat(owned.http().send(HttpRequest.newBuilder(URI.create(downloadUrl)).build(), HttpResponse.BodyHandlers.ofByteArray())
                .statusCode()).isEqualTo(404);

        synchronized (owned.emulator.state()) {
            assertThat(owned.emulator.state().activity.stream().map(a -> a.event))
                    .contains("server:file.uploaded", "server:file.download", "server:file.write");
        }
    }

    @Test
    void subuserWithReadOnlyCannotChangeAnything() throws Exception {
        String member;
        synchronized (owned.emulator.state()) {
            User m = owned.emulator.state().createUser("m@example.test", "member", "M", "M", "pw", false);
            member = owned.emulator.state().createKey(m, ApiKey.Type.CLIENT, "m", List.of()).token();
        }
        owned.asOwner("POST", "/users", "{\"email\":\"m@example.test\",\"permissions\":[\"file.read\"]}");
        assertThat(owned.send("GET", owned.path + "/files/list?directory=%2F", member, null).statusCode()).isEqualTo(200);
        assertThat(owned.send("GET", owned.path + "/files/contents?file=%2Fserver.properties", member, null).statusCode()).isEqualTo(403);
        assertThat(owned.send("POST", owned.path + "/files/write?file=%2Fx", member, "x").statusCode()).isEqualTo(403);
        assertThat(owned.send("GET", owned.path + "/files/upload", member, null).statusCode()).isEqualTo(403);
        assertThat(owned.send("POST", owned.path + "/files/delete", member, "{\"root\":\"/\",\"files\":[\"server.properties\"]}").statusCode())
                .isEqualTo(403);
        assertThat(owned.send("POST", owned.path + "/files/compress", member, "{\"files\":[\"server.properties\"]}").statusCode())
                .isEqualTo(403);
    }
}
