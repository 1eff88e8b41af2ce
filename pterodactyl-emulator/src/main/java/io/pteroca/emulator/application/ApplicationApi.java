package io.pteroca.emulator.application;

import io.pteroca.emulator.http.Router;
import io.pteroca.emulator.state.EmulatorState;

/** /api/application: users, locations, nodes, allocations, nests, eggs, servers and their databases. */
public final class ApplicationApi {

    private final EmulatorState state;

    public ApplicationApi(EmulatorState state) {
        this.state = state;
    }

    public void register(Router router) {
        ApplicationRoutes routes = new ApplicationRoutes(state, router);
        ServerProvisioning provisioning = new ServerProvisioning(state);
        new UsersApi(routes).register();
        new NodesApi(routes).register();
        new ServersApi(routes, provisioning).register();
        if (state.pelican()) {
            new PelicanOnlyApi(routes).register();
        }
    }
}
