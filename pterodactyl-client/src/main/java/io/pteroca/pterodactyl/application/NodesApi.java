package io.pteroca.pterodactyl.application;

import io.pteroca.pterodactyl.application.model.Allocation;
import io.pteroca.pterodactyl.application.model.NewAllocations;
import io.pteroca.pterodactyl.application.model.Node;
import io.pteroca.pterodactyl.application.model.NodeSpec;
import io.pteroca.pterodactyl.http.ApiRequest;
import io.pteroca.pterodactyl.http.ApiTransport;
import io.pteroca.pterodactyl.json.PanelJson;
import io.pteroca.pterodactyl.page.ListQuery;
import io.pteroca.pterodactyl.page.Page;
import io.pteroca.pterodactyl.page.Pages;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;

/** {@code /api/application/nodes} and their allocations. */
public final class NodesApi {

    private final ApiTransport transport;

    NodesApi(ApiTransport transport) {
        this.transport = transport;
    }

    public Page<Node> page(ListQuery query) {
        return PanelJson.page(transport.execute(ApiRequest.get("/api/application/nodes").query(query)).json(), Node.class);
    }

    public Stream<Node> stream(ListQuery query) {
        return Pages.stream(page -> page(query.page(page)));
    }

    /** Includes: allocations, location, servers. */
    public Node get(int id, String... includes) {
        return PanelJson.item(transport.execute(NestsApi.withIncludes(
                ApiRequest.get("/api/application/nodes/{id}", id), includes)).json(), Node.class);
    }

    /**
     * Public nodes with room for {@code memory}/{@code disk} MiB in the given locations (all when none
     * are given). The panel answers 400 NoViableNodeException rather than an empty list.
     */
    public List<Node> deployable(long memory, long disk, int... locationIds) {
        ListQuery query = ListQuery.none().param("memory", Long.toString(memory)).param("disk", Long.toString(disk));
        for (int locationId : locationIds) {
            query = query.param("location_ids[]", Integer.toString(locationId));
        }
        return PanelJson.list(transport.execute(ApiRequest.get("/api/application/nodes/deployable").query(query)).json(), Node.class);
    }

    /** Pelican: nodes with room for memory and disk and any of the tags (all when none); an empty list, not a 400, when none fit. */
    public List<Node> deployableByTags(long memory, long disk, List<String> tags) {
        ListQuery query = ListQuery.none().param("memory", Long.toString(memory)).param("disk", Long.toString(disk));
        for (String tag : tags) {
            query = query.param("tags[]", tag);
        }
        return PanelJson.list(transport.execute(ApiRequest.get("/api/application/nodes/deployable").query(query)).json(), Node.class);
    }

    /** The Wings {@code config.yml} contents as JSON (not an envelope). */
    public JsonNode configuration(int id) {
        return transport.execute(ApiRequest.get("/api/application/nodes/{id}/configuration", id)).json();
    }

    public Node create(NodeSpec node) {
        return PanelJson.item(transport.execute(ApiRequest.of("POST", "/api/application/nodes").json(node)).json(), Node.class);
    }

    public Node update(int id, NodeSpec node) {
        return PanelJson.item(transport.execute(ApiRequest.of("PATCH", "/api/application/nodes/{id}", id).json(node)).json(), Node.class);
    }

    public void delete(int id) {
        transport.execute(ApiRequest.of("DELETE", "/api/application/nodes/{id}", id));
    }

    /** Filters: ip and port (exact), ip_alias (fuzzy), server_id ({@code 0} = unassigned). */
    public Page<Allocation> allocations(int nodeId, ListQuery query) {
        return PanelJson.page(transport.execute(
                ApiRequest.get("/api/application/nodes/{node}/allocations", nodeId).query(query)).json(), Allocation.class);
    }

    public Stream<Allocation> streamAllocations(int nodeId, ListQuery query) {
        return Pages.stream(page -> allocations(nodeId, query.page(page)));
    }

    public Stream<Allocation> freeAllocations(int nodeId) {
        return streamAllocations(nodeId, ListQuery.none().filter("server_id", "0"));
    }

    public Optional<Allocation> findAllocation(int nodeId, String ip, int port) {
        return streamAllocations(nodeId, ListQuery.none().filter("ip", ip).filter("port", Integer.toString(port)))
                .filter(allocation -> allocation.ip().equals(ip) && allocation.port() == port)
                .findFirst();
    }

    /** Answers 204 without ids (duplicates are ignored); use {@link #findAllocation} to get them. */
    public void createAllocations(int nodeId, NewAllocations allocations) {
        transport.execute(ApiRequest.of("POST", "/api/application/nodes/{node}/allocations", nodeId).json(allocations));
    }

    public void deleteAllocation(int nodeId, int allocationId) {
        transport.execute(ApiRequest.of("DELETE", "/api/application/nodes/{node}/allocations/{allocation}", nodeId, allocationId));
    }
}
