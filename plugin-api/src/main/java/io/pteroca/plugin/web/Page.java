package io.pteroca.plugin.web;

import java.util.Locale;
import java.util.Objects;

/**
 * A route of the plugin. {@code path} is relative to the plugin's base ({@code /plugins/<id>} or
 * {@code /admin/plugins/<id>/pages}), starts with a slash and may hold {@code {name}} variables, e.g.
 * {@code /greetings/{id}}. A POST is checked against the panel's CSRF token like every form of the panel:
 * put {@code <input type="hidden" th:name="${csrf.parameterName}" th:value="${csrf.token}">} in each form.
 */
public record Page(String method, String path, Access access, PageHandler handler) {

    public Page {
        method = method.toUpperCase(Locale.ROOT);
        if (!method.equals("GET") && !method.equals("POST")) {
            throw new IllegalArgumentException("Plugin pages answer GET or POST, not " + method);
        }
        if (path == null || !path.startsWith("/") || path.contains("..")) {
            throw new IllegalArgumentException("A page path starts with / and has no ..: " + path);
        }
        Objects.requireNonNull(access);
        Objects.requireNonNull(handler);
    }

    public static Page get(String path, PageHandler handler) {
        return new Page("GET", path, Access.SIGNED_IN, handler);
    }

    public static Page post(String path, PageHandler handler) {
        return new Page("POST", path, Access.SIGNED_IN, handler);
    }

    /** The same route for admins only, under {@code /admin/plugins/<id>/pages}. */
    public Page adminOnly() {
        return new Page(method, path, Access.ADMIN, handler);
    }
}
