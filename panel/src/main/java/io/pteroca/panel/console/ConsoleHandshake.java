package io.pteroca.panel.console;

import io.pteroca.panel.account.AccountPrincipal;
import io.pteroca.panel.server.ServerConsoles;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.springframework.web.socket.WebSocketHandler;
import org.springframework.web.socket.server.HandshakeInterceptor;

/**
 * Lets a console socket open only for a signed-in account that owns or shares the server (404 otherwise, as for its
 * pages) while the server is running as paid (409 when suspended or not set up). The session cookie authenticates;
 * its session version goes with the socket, so the relay can tell when the account's sessions end.
 */
@Component
class ConsoleHandshake implements HandshakeInterceptor {

    private static final Pattern PATH = Pattern.compile("/servers/(\\d{1,18})/console/socket");

    private final ServerConsoles consoles;

    ConsoleHandshake(ServerConsoles consoles) {
        this.consoles = consoles;
    }

    @Override
    public boolean beforeHandshake(ServerHttpRequest request, ServerHttpResponse response, WebSocketHandler handler,
                                   Map<String, Object> attributes) {
        if (malformedOrigin(request)) {
            response.setStatusCode(HttpStatus.FORBIDDEN);
            return false;
        }
        Matcher path = PATH.matcher(request.getURI().getPath());
        if (!(request.getPrincipal() instanceof Authentication user && user.getPrincipal() instanceof AccountPrincipal account)) {
            response.setStatusCode(HttpStatus.UNAUTHORIZED);
            return false;
        }
        long accountId = account.id();
        ServerConsoles.Console console = path.matches()
                ? consoles.open(accountId, Long.parseLong(path.group(1))).orElse(null) : null;
        if (console == null) {
            response.setStatusCode(HttpStatus.NOT_FOUND);
            return false;
        }
        if (!console.usable()) {
            response.setStatusCode(HttpStatus.CONFLICT);
            return false;
        }
        attributes.put(ConsoleSocketHandler.CONSOLE, console);
        attributes.put(ConsoleSocketHandler.SESSION_VERSION, account.sessionVersion());
        return true;
    }

    /** An Origin that is not a URL is refused here, before Spring's same-origin check fails on it with a 500. */
    private static boolean malformedOrigin(ServerHttpRequest request) {
        try {
            org.springframework.web.util.WebUtils.isSameOrigin(request);
            return false;
        } catch (RuntimeException notAUrl) {
            return true;
        }
    }

    @Override
    public void afterHandshake(ServerHttpRequest request, ServerHttpResponse response, WebSocketHandler handler, Exception failure) {
    }
}
