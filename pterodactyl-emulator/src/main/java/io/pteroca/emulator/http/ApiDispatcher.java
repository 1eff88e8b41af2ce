package io.pteroca.emulator.http;

import java.util.Optional;

import io.pteroca.emulator.state.ApiKey;
import io.pteroca.emulator.state.EmulatorSettings;
import io.pteroca.emulator.state.EmulatorState;
import io.pteroca.emulator.state.User;

/**
 * The panel's middleware in front of every /api route: bearer authentication, the admin gate of
 * the application API, per-user rate limiting, then the routed handler; errors become envelopes.
 */
public final class ApiDispatcher implements Dispatcher {

    private final EmulatorState state;
    private final Router router;
    private final RateLimiter rateLimiter;

    public ApiDispatcher(EmulatorState state, Router router, RateLimiter rateLimiter) {
        this.state = state;
        this.router = router;
        this.rateLimiter = rateLimiter;
    }

    @Override
    public Response dispatch(Request request, Router.Match match) {
        synchronized (state) {
            state.tick();
            try {
                return authenticated(request, match);
            } catch (ApiException e) {
                return Response.error(e);
            } catch (RuntimeException e) {
                return Response.error(ApiException.serverError(e.getClass().getSimpleName()));
            }
        }
    }

    private Response authenticated(Request request, Router.Match match) {
        boolean application = request.path().startsWith("/api/application");
        Optional<ApiKey> key = bearer(request).flatMap(state::keyByToken);
        if (key.isEmpty() || !state.users.containsKey(key.get().userId)) {
            throw new ApiException(401, "AuthenticationException", "Unauthenticated.");
        }
        User user = state.users.get(key.get().userId);
        EmulatorSettings settings = state.settings();
        int limit = application ? settings.applicationRateLimit : settings.clientRateLimit;
        RateLimiter.Decision decision = rateLimiter.hit((application ? "app:" : "client:") + user.id, limit, settings.rateWindowMs);
        if (!decision.allowed()) {
            Response response = Response.error(new ApiException(429, "ThrottleRequestsException", "Too Many Attempts."));
            response.header("X-RateLimit-Limit", Integer.toString(decision.limit()))
                    .header("X-RateLimit-Remaining", "0")
                    .header("Retry-After", Long.toString(decision.retryAfterSeconds()))
                    .header("X-RateLimit-Reset", Long.toString(decision.resetEpochSecond()));
            return response;
        }
        Response response;
        try {
            response = route(request, match, key.get(), user, application);
        } catch (ApiException e) {
            response = Response.error(e);
        }
        return response.header("X-RateLimit-Limit", Integer.toString(decision.limit()))
                .header("X-RateLimit-Remaining", Integer.toString(decision.remaining()));
    }

    private Response route(Request request, Router.Match match, ApiKey key, User user, boolean application) {
        boolean addonRoute = match != null && match.route().template().contains("/api-keys")
                || request.path().startsWith("/api/application/pteroca/");
        boolean originalAddon = state.settings().addonMode == EmulatorSettings.AddonMode.ORIGINAL;
        // The official addon 0.1.2 registers its routes without the panel's admin gate.
        if (application && !(addonRoute && originalAddon)) {
            if (!user.rootAdmin) {
                throw ApiException.forbidden("This account does not have permission to access the API.");
            }
        }
        if (match == null) {
            if (state.pelican()) {
                // Pelican's router names the missing route (how its missing nests and locations answer).
                throw new ApiException(404, "NotFoundHttpException", "The route " + request.path().substring(1) + " could not be found.");
            }
            throw ApiException.notFound();
        }
        if (!application && key.type == ApiKey.Type.APPLICATION && state.pelican()) {
            throw new ApiException(403, "AccessDeniedHttpException",
                    "You are attempting to use an application API key on an endpoint that requires a client API key.");
        }
        key.lastUsedAt = state.now();
        request.caller(new Caller(key, user));
        Router.bind(request, match);
        return match.route().handler().handle(request);
    }

    private static Optional<String> bearer(Request request) {
        String header = request.header("authorization");
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return Optional.empty();
        }
        return Optional.of(header.substring(7).trim());
    }

    @Override
    public Router router() {
        return router;
    }
}
