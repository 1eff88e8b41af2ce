package io.pteroca.panel.web;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Scripts talk to this panel only (CSP {@code connect-src 'self'}); a console page in direct mode lets the browser
 * open Wings' websocket, so it allows that one origin for itself.
 */
public final class ConnectTargets {

    static final String ATTRIBUTE = ConnectTargets.class.getName();

    private ConnectTargets() {
    }

    public static void allowForThisPage(HttpServletRequest request, String origin) {
        if (origin != null && origin.matches("(https?|wss?)://[A-Za-z0-9.\\-\\[\\]:]+")) {
            request.setAttribute(ATTRIBUTE, origin);
        }
    }
}
