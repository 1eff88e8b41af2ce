package io.pteroca.pterodactyl.application;

import io.pteroca.pterodactyl.http.ApiTransport;
import io.pteroca.pterodactyl.http.ClientSettings;
import io.pteroca.pterodactyl.http.RateLimit;

/** The application API ({@code ptla_} key, or a root admin's {@code ptlc_} key). */
public final class ApplicationApi {

    private final UsersApi users;
    private final ServersApi servers;
    private final ServerDatabasesApi serverDatabases;
    private final NestsApi nests;
    private final NodesApi nodes;
    private final LocationsApi locations;

    public ApplicationApi(ClientSettings settings) {
        ApiTransport transport = new ApiTransport(settings, RateLimit.applicationDefault());
        this.users = new UsersApi(transport);
        this.servers = new ServersApi(transport);
        this.serverDatabases = new ServerDatabasesApi(transport);
        this.nests = new NestsApi(transport);
        this.nodes = new NodesApi(transport);
        this.locations = new LocationsApi(transport);
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
