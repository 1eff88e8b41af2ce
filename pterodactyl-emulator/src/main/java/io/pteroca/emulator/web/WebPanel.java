package io.pteroca.emulator.web;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.util.List;
import java.util.Optional;

import io.pteroca.emulator.client.ServerAccess;
import io.pteroca.emulator.http.Dispatcher;
import io.pteroca.emulator.http.Request;
import io.pteroca.emulator.http.Response;
import io.pteroca.emulator.http.Router;
import io.pteroca.emulator.state.Allocation;
import io.pteroca.emulator.state.EmulatorSettings;
import io.pteroca.emulator.state.EmulatorState;
import io.pteroca.emulator.state.Server;
import io.pteroca.emulator.state.User;
import io.pteroca.emulator.wings.WingsSimulator;

/**
 * What a browser sees of the emulated panel: the addon's single sign-on ({@code POST /pteroca/authorize}), the login
 * form, and, for a signed-in user, their servers ({@code /}) and one server ({@code /server/{identifier}}). Without
 * a session the pages redirect to {@code /auth/login}, as the panel does.
 */
public final class WebPanel implements Dispatcher {

    private static final Logger LOG = System.getLogger(WebPanel.class.getName());
    private static final String LOGIN = "/auth/login";

    private final EmulatorState state;
    private final WingsSimulator wings;
    private final ServerAccess access;
    private final WebSessions sessions;
    private final SingleSignOn sso;
    private final Router router = new Router();

    public WebPanel(EmulatorState state, WingsSimulator wings) {
        this.state = state;
        this.wings = wings;
        this.access = new ServerAccess(state);
        this.sessions = new WebSessions(state);
        this.sso = new SingleSignOn(state);
        router.add("POST", "/pteroca/authorize", this::authorize)
                .add("GET", "/", r -> signedIn(r, this::dashboard))
                .add("GET", "/server/{server}", r -> signedIn(r, this::server))
                .add("GET", LOGIN, r -> sessions.user(r).isPresent() ? Response.redirect("/") : html(200, Pages.login(null, null)))
                .add("POST", LOGIN, this::login)
                .add("POST", "/auth/logout", this::logout);
    }

    @Override
    public Router router() {
        return router;
    }

    @Override
    public Response dispatch(Request request, Router.Match match) {
        synchronized (state) {
            state.tick();
            if (match == null) {
                return html(404, Pages.notFound(sessions.user(request).orElse(null)));
            }
            Router.bind(request, match);
            return match.route().handler().handle(request);
        }
    }

    private Response authorize(Request request) {
        SingleSignOn.Grant grant;
        try {
            grant = sso.authorize(request.input("pteroca_sso_token"), request.input("pteroca_sso_redirect"));
        } catch (SsoRefusal refusal) {
            LOG.log(Level.WARNING, "PteroCA SSO refused: {0} ({1})", refusal.reason(), refusal.status());
            if (refusal.status() == 404 && state.settings().addonMode == EmulatorSettings.AddonMode.ORIGINAL) {
                // The official addon looks the user up with findOrFail: Laravel's HTML 404.
                return html(404, Pages.notFound(null));
            }
            return Response.jsonError(refusal.status(), refusal.getMessage());
        }
        LOG.log(Level.INFO, "PteroCA SSO login of user {0}", grant.user().id);
        return sessions.signIn(request, grant.user(), Response.redirect(absolute(request, grant.redirect())));
    }

    /** Laravel's url(): a path becomes an address on the host the browser asked for. */
    private static String absolute(Request request, String location) {
        String host = request.header("host");
        return location.startsWith("/") && host != null ? "http://" + host + location : location;
    }

    private Response signedIn(Request request, PageHandler handler) {
        Optional<User> user = sessions.user(request);
        return user.isPresent() ? handler.handle(request, user.get()) : Response.redirect(LOGIN);
    }

    @FunctionalInterface
    private interface PageHandler {
        Response handle(Request request, User viewer);
    }

    /** The servers the user owns or is a subuser of, as the panel's dashboard lists them by default. */
    private Response dashboard(Request request, User viewer) {
        List<Pages.ServerCard> servers = state.servers.values().stream()
                .filter(s -> s.ownerId == viewer.id || state.subuser(s, viewer.id).isPresent())
                .map(this::card).toList();
        return html(200, Pages.dashboard(viewer, servers));
    }

    private Response server(Request request, User viewer) {
        return state.serverByIdentifier(request.param("server")).filter(s -> access.visibleTo(viewer, s))
                .map(s -> html(200, Pages.server(viewer, card(s))))
                .orElseGet(() -> html(404, Pages.notFound(viewer)));
    }

    private Pages.ServerCard card(Server server) {
        Allocation primary = state.allocations.get(server.allocationId);
        String node = state.nodes.containsKey(server.nodeId) ? state.nodes.get(server.nodeId).name : "";
        return new Pages.ServerCard(server.name, server.identifier(), stateOf(server), server.description == null ? "" : server.description,
                primary == null ? "" : (primary.alias == null ? primary.ip : primary.alias) + ":" + primary.port, node);
    }

    /** The panel's status wins (installing, suspended, restoring); otherwise the power state Wings reports. */
    private String stateOf(Server server) {
        if (server.status != null) {
            return switch (server.status) {
                case Server.INSTALLING -> "Installing";
                case Server.INSTALL_FAILED -> "Installation failed";
                case Server.SUSPENDED -> "Suspended";
                case Server.RESTORING -> "Restoring a backup";
                default -> server.status;
            };
        }
        return switch (wings.powerState(server)) {
            case WingsSimulator.STARTING -> "Starting";
            case WingsSimulator.RUNNING -> "Running";
            case WingsSimulator.STOPPING -> "Stopping";
            default -> "Offline";
        };
    }

    private Response login(Request request) {
        String name = request.input("user");
        String password = request.input("password");
        Optional<User> user = state.users.values().stream()
                .filter(u -> name != null && (name.equalsIgnoreCase(u.email) || name.equals(u.username)))
                .filter(u -> u.password != null && u.password.equals(password))
                .findFirst();
        if (user.isEmpty()) {
            return html(422, Pages.login("These credentials do not match our records.", name));
        }
        return sessions.signIn(request, user.get(), Response.redirect("/"));
    }

    private Response logout(Request request) {
        sessions.signOut(request);
        return Response.redirect(LOGIN).cookie(WebSessions.expired());
    }

    /** A page, which may not be framed, load anything from elsewhere or post anywhere but here. */
    private static Response html(int status, String page) {
        return Response.html(status, page).header("Content-Security-Policy",
                "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'");
    }
}
