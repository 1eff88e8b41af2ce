package io.pteroca.emulator.web;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import io.pteroca.emulator.http.Request;
import io.pteroca.emulator.http.Response;
import io.pteroca.emulator.state.EmulatorState;
import io.pteroca.emulator.state.User;

/**
 * Who is signed in to the panel's pages: Laravel's session behind the {@code pterodactyl_session} cookie, forgotten
 * after 12 hours without a request (the panel's SESSION_LIFETIME of 720 minutes), by the emulator's clock.
 */
final class WebSessions {

    static final String COOKIE = "pterodactyl_session";
    private static final Duration LIFETIME = Duration.ofMinutes(720);

    private record Session(long userId, Instant lastSeen) {
    }

    private final EmulatorState state;
    private final Map<String, Session> sessions = new HashMap<>();

    WebSessions(EmulatorState state) {
        this.state = state;
    }

    /** The signed-in user, whose session this request renews; empty without a live session or once the user is gone. */
    Optional<User> user(Request request) {
        String id = request.cookie(COOKIE);
        Session session = id == null ? null : sessions.get(id);
        Instant now = state.clock().instant();
        if (session == null || session.lastSeen().plus(LIFETIME).isBefore(now) || !state.users.containsKey(session.userId())) {
            if (id != null) {
                sessions.remove(id);
            }
            return Optional.empty();
        }
        sessions.put(id, new Session(session.userId(), now));
        return Optional.of(state.users.get(session.userId()));
    }

    /** Signs the user in with a fresh session id, so that a session planted before the login cannot ride on it. */
    Response signIn(Request request, User user, Response response) {
        signOut(request);
        String id = state.randomString(40);
        sessions.put(id, new Session(user.id, state.clock().instant()));
        return response.cookie(COOKIE + "=" + id + "; Path=/; HttpOnly; SameSite=Lax");
    }

    void signOut(Request request) {
        String id = request.cookie(COOKIE);
        if (id != null) {
            sessions.remove(id);
        }
    }

    /** The cookie that makes the browser forget its session. */
    static String expired() {
        return COOKIE + "=deleted; Path=/; Max-Age=0; HttpOnly; SameSite=Lax";
    }
}
