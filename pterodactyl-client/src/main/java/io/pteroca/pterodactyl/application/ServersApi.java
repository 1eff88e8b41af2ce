package io.pteroca.pterodactyl.application;

import io.pteroca.pterodactyl.application.model.NewServer;
import io.pteroca.pterodactyl.application.model.Server;
import io.pteroca.pterodactyl.application.model.ServerBuildUpdate;
import io.pteroca.pterodactyl.application.model.ServerDetailsUpdate;
import io.pteroca.pterodactyl.application.model.ServerStartupUpdate;
import io.pteroca.pterodactyl.error.NotFoundException;
import io.pteroca.pterodactyl.http.ApiRequest;
import io.pteroca.pterodactyl.http.ApiTransport;
import io.pteroca.pterodactyl.json.PanelJson;
import io.pteroca.pterodactyl.page.ListQuery;
import io.pteroca.pterodactyl.page.Page;
import io.pteroca.pterodactyl.page.Pages;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

/** {@code /api/application/servers}. */
public final class ServersApi {

    private final ApiTransport transport;

    ServersApi(ApiTransport transport) {
        this.transport = transport;
    }

    /** One page; filters: uuid, uuidShort, name, description, image, external_id (fuzzy). */
    public Page<Server> page(ListQuery query) {
        return PanelJson.page(transport.execute(ApiRequest.get("/api/application/servers").query(query)).json(), Server.class);
    }

    public Stream<Server> stream(ListQuery query) {
        return Pages.stream(page -> page(query.page(page)));
    }

    /** Includes: allocations, user, subusers, nest, egg, variables, location, node, databases. */
    public Server get(int id, String... includes) {
        ApiRequest request = ApiRequest.get("/api/application/servers/{id}", id);
        if (includes.length > 0) {
            request = request.query(ListQuery.none().include(includes));
        }
        return PanelJson.item(transport.execute(request).json(), Server.class);
    }

    public Optional<Server> findByExternalId(String externalId) {
        try {
            return Optional.of(PanelJson.item(transport.execute(
                    ApiRequest.get("/api/application/servers/external/{externalId}", externalId)).json(), Server.class));
        } catch (NotFoundException notFound) {
            return Optional.empty();
        }
    }

    /**
     * Creates the server (status {@code installing}); on a timeout or 5xx it looks the server up by
     * external id instead of creating a second one.
     */
    public Server create(NewServer server) {
        return ExternalIdRecovery.create(transport.settings(), server.externalId(),
                () -> PanelJson.item(transport.execute(ApiRequest.of("POST", "/api/application/servers").json(server)).json(), Server.class),
                this::findByExternalId);
    }

    public Server updateDetails(int id, ServerDetailsUpdate details) {
        return send("PATCH", "/api/application/servers/{id}/details", id, details);
    }

    /** Read-modify-write, so {@code external_id} and {@code description} survive. */
    public Server updateDetails(int id, UnaryOperator<ServerDetailsUpdate> change) {
        return updateDetails(id, change.apply(ServerDetailsUpdate.from(get(id))));
    }

    public Server updateBuild(int id, ServerBuildUpdate build) {
        return send("PATCH", "/api/application/servers/{id}/build", id, build);
    }

    /** Read-modify-write, so the primary allocation and every feature limit are sent. */
    public Server updateBuild(int id, UnaryOperator<ServerBuildUpdate> change) {
        return updateBuild(id, change.apply(ServerBuildUpdate.from(get(id))));
    }

    public Server updateStartup(int id, ServerStartupUpdate startup) {
        return send("PATCH", "/api/application/servers/{id}/startup", id, startup);
    }

    /** Read-modify-write over every egg variable, so none is blanked. */
    public Server updateStartup(int id, UnaryOperator<ServerStartupUpdate> change) {
        return updateStartup(id, change.apply(ServerStartupUpdate.from(get(id, "variables"))));
    }

    public void suspend(int id) {
        transport.execute(ApiRequest.of("POST", "/api/application/servers/{id}/suspend", id));
    }

    public void unsuspend(int id) {
        transport.execute(ApiRequest.of("POST", "/api/application/servers/{id}/unsuspend", id));
    }

    public void reinstall(int id) {
        transport.execute(ApiRequest.of("POST", "/api/application/servers/{id}/reinstall", id));
    }

    /** Fails (and keeps the server) when Wings cannot delete it; see {@link #forceDelete(int)}. */
    public void delete(int id) {
        transport.execute(ApiRequest.of("DELETE", "/api/application/servers/{id}", id));
    }

    public void forceDelete(int id) {
        transport.execute(ApiRequest.of("DELETE", "/api/application/servers/{id}/force", id));
    }

    private Server send(String method, String template, int id, Object body) {
        return PanelJson.item(transport.execute(ApiRequest.of(method, template, id).json(body)).json(), Server.class);
    }
}
