package io.pteroca.panel.web;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Forms post to this panel only (CSP {@code form-action 'self'}); a page whose purpose is to post elsewhere — the
 * single sign-on hand-off to Pterodactyl — allows that one origin for itself.
 */
public final class FormTargets {

    static final String ATTRIBUTE = FormTargets.class.getName();

    private FormTargets() {
    }

    public static void allowForThisPage(HttpServletRequest request, String origin) {
        if (origin != null && origin.matches("https?://[A-Za-z0-9.\\-\\[\\]:]+")) {
            request.setAttribute(ATTRIBUTE, origin);
        }
    }
}
