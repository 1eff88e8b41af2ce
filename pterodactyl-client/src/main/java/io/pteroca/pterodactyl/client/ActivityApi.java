package io.pteroca.pterodactyl.client;

import io.pteroca.pterodactyl.client.model.ActivityLog;
import io.pteroca.pterodactyl.http.ApiRequest;
import io.pteroca.pterodactyl.http.ApiTransport;
import io.pteroca.pterodactyl.json.PanelJson;
import io.pteroca.pterodactyl.page.ListQuery;
import io.pteroca.pterodactyl.page.Page;
import io.pteroca.pterodactyl.page.Pages;
import java.util.stream.Stream;

/** Server and account activity (oldest first unless {@code sort=-timestamp}; filter: event). */
public final class ActivityApi {

    private final ApiTransport transport;

    ActivityApi(ApiTransport transport) {
        this.transport = transport;
    }

    public Page<ActivityLog> serverPage(String server, ListQuery query) {
        return PanelJson.page(transport.execute(ApiRequest.get("/api/client/servers/{server}/activity", server).query(query)).json(),
                ActivityLog.class);
    }

    public Stream<ActivityLog> serverStream(String server, ListQuery query) {
        return Pages.stream(page -> serverPage(server, query.page(page)));
    }

    public Page<ActivityLog> accountPage(ListQuery query) {
        return PanelJson.page(transport.execute(ApiRequest.get("/api/client/account/activity").query(query)).json(), ActivityLog.class);
    }

    public Stream<ActivityLog> accountStream(ListQuery query) {
        return Pages.stream(page -> accountPage(query.page(page)));
    }
}
