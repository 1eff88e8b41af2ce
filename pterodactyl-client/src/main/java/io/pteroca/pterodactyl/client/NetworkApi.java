package io.pteroca.pterodactyl.client;

import io.pteroca.pterodactyl.client.model.ClientAllocation;
import io.pteroca.pterodactyl.http.ApiRequest;
import io.pteroca.pterodactyl.http.ApiTransport;
import io.pteroca.pterodactyl.json.PanelJson;
import java.util.Collections;
import java.util.List;

/** {@code /api/client/servers/{server}/network/allocations}. */
public final class NetworkApi {

    private final ApiTransport transport;

    NetworkApi(ApiTransport transport) {
        this.transport = transport;
    }

    public List<ClientAllocation> list(String server) {
        return PanelJson.list(transport.execute(ApiRequest.get("/api/client/servers/{server}/network/allocations", server)).json(),
                ClientAllocation.class);
    }

    /** Assigns a random free port (400 when over the limit or auto-allocation is disabled). */
    public ClientAllocation assign(String server) {
        return PanelJson.item(transport.execute(ApiRequest.of("POST", "/api/client/servers/{server}/network/allocations", server))
                .json(), ClientAllocation.class);
    }

    /** A null note clears it (the key must be present either way). */
    public ClientAllocation setNotes(String server, int allocationId, String notes) {
        return PanelJson.item(transport.execute(ApiRequest.of("POST", "/api/client/servers/{server}/network/allocations/{allocation}",
                server, allocationId).json(Collections.singletonMap("notes", notes))).json(), ClientAllocation.class);
    }

    public ClientAllocation makePrimary(String server, int allocationId) {
        return PanelJson.item(transport.execute(ApiRequest.of("POST",
                "/api/client/servers/{server}/network/allocations/{allocation}/primary", server, allocationId)).json(), ClientAllocation.class);
    }

    /** 400 for the primary allocation. */
    public void delete(String server, int allocationId) {
        transport.execute(ApiRequest.of("DELETE", "/api/client/servers/{server}/network/allocations/{allocation}", server, allocationId));
    }
}
