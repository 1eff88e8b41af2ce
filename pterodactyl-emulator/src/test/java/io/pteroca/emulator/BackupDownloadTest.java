package io.pteroca.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.GZIPInputStream;

import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.pteroca.emulator.http.Json;
import io.pteroca.emulator.wings.Jwt;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** A completed backup downloads from the simulated Wings as a real .tar.gz, through the panel's signed one-time link. */
class BackupDownloadTest {

    private static final String NOT_ON_WINGS = "The requested resource was not found on this server.";

    private OwnedServer owned;

    @BeforeEach
    void start() throws Exception {
        owned = OwnedServer.start(Instant.parse("2026-05-01T12:00:00Z"), b -> b);
        write("/eula.txt", "eula=true\n");
        write("/world/level.dat", "level");
        write("/logs/latest.log", "a log line");
        write("/cache/mojang.jar", "cached");
    }

    @AfterEach
    void stop() {
        owned.close();
    }

    private void write(String file, String content) throws Exception {
        assertThat(owned.asOwner("POST", "/files/write?file=" + file, content).statusCode()).isEqualTo(204);
    }

    private JsonNode completedBackup() throws Exception {
        HttpResponse<String> created = owned.asOwner("POST", "/backups", "{\"name\":\"nightly\",\"ignored\":\"*.log\\ncache/\"}");
        assertThat(created.statusCode()).isEqualTo(200);
        owned.advance(Duration.ofSeconds(2));
        String uuid = Json.MAPPER.readTree(created.body()).at("/attributes/uuid").asString();
        return Json.MAPPER.readTree(owned.asOwner("GET", "/backups/" + uuid, null).body()).get("attributes");
    }

    private String link(String backupUuid) throws Exception {
        HttpResponse<String> signed = owned.asOwner("GET", "/backups/" + backupUuid + "/download", null);
        assertThat(signed.statusCode()).isEqualTo(200);
        return Json.MAPPER.readTree(signed.body()).at("/attributes/url").asString();
    }

    private HttpResponse<byte[]> follow(String url) throws Exception {
        return owned.http().send(HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static Map<String, String> entries(byte[] archive) throws IOException {
        Map<String, String> entries = new LinkedHashMap<>();
        try (TarArchiveInputStream tar = new TarArchiveInputStream(new GZIPInputStream(new ByteArrayInputStream(archive)))) {
            for (TarArchiveEntry entry = tar.getNextEntry(); entry != null; entry = tar.getNextEntry()) {
                entries.put(entry.getName(), new String(tar.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return entries;
    }

    private static JsonNode json(HttpResponse<byte[]> response) {
        return Json.parse(response.body());
    }

    @Test
    void theLinkStreamsTheServersFilesLessTheIgnoredOnesOnce() throws Exception {
        JsonNode backup = completedBackup();
        assertThat(backup.get("is_successful").asBoolean()).isTrue();
        String uuid = backup.get("uuid").asString();

        HttpResponse<byte[]> download = follow(link(uuid));
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.headers().firstValue("content-type")).contains("application/octet-stream");
        assertThat(download.headers().firstValue("content-disposition")).contains("attachment; filename=\"" + uuid + ".tar.gz\"");
        assertThat(download.headers().firstValue("x-request-id")).isPresent();
        assertThat(entries(download.body())).containsExactly(Map.entry("eula.txt", "eula=true\n"), Map.entry("world/level.dat", "level"));
        assertThat(backup.get("bytes").asLong()).isEqualTo(download.body().length);
        assertThat(backup.get("checksum").asString())
                .isEqualTo("sha1:" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1").digest(download.body())));

        HttpResponse<byte[]> again = follow(download.uri().toString());
        assertThat(again.statusCode()).as("a link works once").isEqualTo(404);
        assertThat(json(again).get("error").asString()).isEqualTo(NOT_ON_WINGS);
    }

    @Test
    void forgedAndExpiredLinksGetWingsGeneric500() throws Exception {
        String uuid = completedBackup().get("uuid").asString();
        String url = link(uuid);
        String token = url.substring(url.indexOf("token=") + 6);
        String[] parts = token.split("\\.");
        ObjectNode claims = (ObjectNode) Json.parse(Base64.getUrlDecoder().decode(parts[1]));
        String forged = url.replace(token, Jwt.sign(claims, "x", "not-the-node-token"));

        HttpResponse<byte[]> refused = follow(forged);
        assertThat(refused.statusCode()).isEqualTo(500);
        assertThat(json(refused).propertyNames()).containsExactly("error", "request_id");
        assertThat(json(refused).get("error").asString()).isEqualTo("An unexpected error was encountered while processing this request");
        assertThat(json(refused).get("request_id").asString()).isEqualTo(refused.headers().firstValue("x-request-id").orElseThrow());

        owned.advance(Duration.ofMinutes(15).plusSeconds(1));
        assertThat(follow(url).statusCode()).as("15 minutes later").isEqualTo(500);
        assertThat(follow(url.replaceAll("token=.*", "token=")).statusCode()).as("no token").isEqualTo(500);
    }

    @Test
    void aLinkToABackupWingsNoLongerHasOrAServerItDoesNotHaveIs404() throws Exception {
        String uuid = completedBackup().get("uuid").asString();
        String url = link(uuid);
        assertThat(owned.asOwner("DELETE", "/backups/" + uuid, null).statusCode()).isEqualTo(204);
        HttpResponse<byte[]> deleted = follow(url);
        assertThat(deleted.statusCode()).isEqualTo(404);
        assertThat(json(deleted).get("error").asString()).isEqualTo("The requested backup was not found on this server.");

        String other = completedBackup().get("uuid").asString();
        String otherUrl = link(other);
        String token = otherUrl.substring(otherUrl.indexOf("token=") + 6);
        ObjectNode claims = (ObjectNode) Json.parse(Base64.getUrlDecoder().decode(token.split("\\.")[1]));
        claims.put("server_uuid", "00000000-0000-4000-8000-000000000000");
        claims.put("unique_id", "another-unique");
        String strangerUrl = otherUrl.replace(token, Jwt.sign(claims, "x", owned.emulator.state().nodes.get(1L).daemonToken));
        HttpResponse<byte[]> stranger = follow(strangerUrl);
        assertThat(stranger.statusCode()).isEqualTo(404);
        assertThat(json(stranger).get("error").asString()).isEqualTo(NOT_ON_WINGS);
    }

    @Test
    void aRestoreBringsTheArchivedFilesBackAndTruncateDropsTheRest() throws Exception {
        String uuid = completedBackup().get("uuid").asString();
        write("/eula.txt", "eula=false\n");
        write("/plugins/new.jar", "new");
        assertThat(owned.asOwner("POST", "/backups/" + uuid + "/restore", "{\"truncate\":false}").statusCode()).isEqualTo(204);
        owned.advance(Duration.ofSeconds(2));
        synchronized (owned.emulator.state()) {
            assertThat(owned.emulator.state().filesOf(owned.server)).containsEntry("/eula.txt", "eula=true\n")
                    .containsEntry("/plugins/new.jar", "new").containsEntry("/logs/latest.log", "a log line");
        }
        assertThat(owned.asOwner("POST", "/backups/" + uuid + "/restore", "{\"truncate\":true}").statusCode()).isEqualTo(204);
        owned.advance(Duration.ofSeconds(2));
        synchronized (owned.emulator.state()) {
            assertThat(owned.emulator.state().filesOf(owned.server)).containsOnlyKeys("/eula.txt", "/world/level.dat");
        }
    }
}
