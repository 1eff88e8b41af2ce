package io.pteroca.pterodactyl.application;

import io.pteroca.pterodactyl.PanelDialect;
import io.pteroca.pterodactyl.error.NotFoundException;
import io.pteroca.pterodactyl.http.ApiTransport;
import io.pteroca.pterodactyl.http.ClientSettings;
import io.pteroca.pterodactyl.http.RateLimit;

/**
 * The application API ({@code ptla_}/{@code papp_} key, or a root admin's client key). Pterodactyl and Pelican share
 * it except where {@link PanelDialect} says: {@link #nests()} and {@link #locations()} only exist on Pterodactyl,
 * {@link #eggs()} only on Pelican.
 */
public final class ApplicationApi {

    private final UsersApi users;
    private final ServersApi servers;
    private final ServerDatabasesApi serverDatabases;
    private final NestsApi nests;
    private final NodesApi nodes;
    private final LocationsApi locations;
    private final EggsApi eggs;

    public ApplicationApi(ClientSettings settings) {
        ApiTransport transport = new ApiTransport(settings, RateLimit.applicationDefault());
        this.users = new UsersApi(transport);
        this.servers = new ServersApi(transport);
        this.serverDatabases = new ServerDatabasesApi(transport);
        this.nests = new NestsApi(transport);
        this.nodes = new NodesApi(transport);
        this.locations = new LocationsApi(transport);
        this.eggs = new EggsApi(transport);
    }

    /**
     * Asks the panel which it is, with one call: Pelican lists its eggs at {@code /api/application/eggs}, a route
     * Pterodactyl does not have (404). Other failures (an unreachable panel, a refused key) propagate.
     */
    public PanelDialect detectDialect() {
        try {
            eggs.list();
            return PanelDialect.PELICAN;
        } catch (NotFoundException e) {
            return PanelDialect.PTERODACTYL;
        }
    }

    /** Pelican only: its eggs, which have no nests. */
    public EggsApi eggs() {
        return eggs;
    }

    public UsersApi users() {
        return users;
    }

    public ServersApi servers() {
        return servers;
    }

    public ServerDatabasesApi serverDatabases() {
        return serverDatabases;
    }

    public NestsApi nests() {
        return nests;
    }

    public NodesApi nodes() {
        return nodes;
    }

    public LocationsApi locations() {
        return locations;
    }
}
