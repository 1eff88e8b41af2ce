package io.pteroca.pterodactyl.client;

import io.pteroca.pterodactyl.client.model.Backup;
import io.pteroca.pterodactyl.client.model.BackupPage;
import io.pteroca.pterodactyl.client.model.NewBackup;
import io.pteroca.pterodactyl.http.ApiRequest;
import io.pteroca.pterodactyl.http.ApiTransport;
import io.pteroca.pterodactyl.json.PanelJson;
import io.pteroca.pterodactyl.page.ListQuery;
import io.pteroca.pterodactyl.page.Pages;
import java.util.Map;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;

/** {@code /api/client/servers/{server}/backups}. */
public final class BackupsApi {

    private final ApiTransport transport;

    BackupsApi(ApiTransport transport) {
        this.transport = transport;
    }

    public BackupPage page(String server, ListQuery query) {
        JsonNode body = transport.execute(ApiRequest.get("/api/client/servers/{server}/backups", server).query(query)).json();
        return new BackupPage(PanelJson.page(body, Backup.class), body.path("meta").path("backup_count").asInt(0));
    }

    public Stream<Backup> stream(String server) {
        return Pages.stream(page -> page(server, ListQuery.none().page(page)).page());
    }

    /** Answers 200 with an unfinished backup. Throttled to 2 per 10 minutes by default (429 with Retry-After). */
    public Backup create(String server, NewBackup backup) {
        return PanelJson.item(transport.execute(ApiRequest.of("POST", "/api/client/servers/{server}/backups", server)
                .json(backup)).json(), Backup.class);
    }

    public Backup get(String server, String backupUuid) {
        return PanelJson.item(transport.execute(ApiRequest.get("/api/client/servers/{server}/backups/{backup}", server, backupUuid))
                .json(), Backup.class);
    }

    /** A signed URL, valid about 15 minutes. */
    public String downloadUrl(String server, String backupUuid) {
        JsonNode body = transport.execute(ApiRequest.get("/api/client/servers/{server}/backups/{backup}/download",
                server, backupUuid)).json();
        return body.path("attributes").path("url").asString();
    }

    /** Toggles the lock and returns the backup. */
    public Backup toggleLock(String server, String backupUuid) {
        return PanelJson.item(transport.execute(ApiRequest.of("POST", "/api/client/servers/{server}/backups/{backup}/lock",
                server, backupUuid)).json(), Backup.class);
    }

    public void restore(String server, String backupUuid, boolean truncate) {
        transport.execute(ApiRequest.of("POST", "/api/client/servers/{server}/backups/{backup}/restore", server, backupUuid)
                .json(Map.of("truncate", truncate)));
    }

    /** 400 while locked. */
    public void delete(String server, String backupUuid) {
        transport.execute(ApiRequest.of("DELETE", "/api/client/servers/{server}/backups/{backup}", server, backupUuid));
    }
}
