package io.pteroca.pterodactyl.client;

import io.pteroca.pterodactyl.client.model.FileObject;
import io.pteroca.pterodactyl.http.ApiRequest;
import io.pteroca.pterodactyl.http.ApiTransport;
import io.pteroca.pterodactyl.json.PanelJson;
import io.pteroca.pterodactyl.page.ListQuery;
import java.util.List;

/** {@code /api/client/servers/{server}/files}: the subset a provisioning panel needs. */
public final class FilesApi {

    private final ApiTransport transport;

    FilesApi(ApiTransport transport) {
        this.transport = transport;
    }

    public List<FileObject> list(String server, String directory) {
        return PanelJson.list(transport.execute(ApiRequest.get("/api/client/servers/{server}/files/list", server)
                .query(ListQuery.none().param("directory", directory))).json(), FileObject.class);
    }

    /** Writes {@code content} as the raw request body (not JSON). */
    public void write(String server, String file, String content) {
        transport.execute(ApiRequest.of("POST", "/api/client/servers/{server}/files/write", server)
                .query(ListQuery.none().param("file", file)).text(content));
    }

    /** Raw file contents (the panel answers text/plain). */
    public String contents(String server, String file) {
        return transport.execute(ApiRequest.get("/api/client/servers/{server}/files/contents", server)
                .query(ListQuery.none().param("file", file))).body();
    }
}
