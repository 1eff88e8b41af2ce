package io.pteroca.plugin.web;

import java.util.Objects;

/** What a route answers: a page in the panel's layout, a redirect, or an error status. */
public final class PageResult {

    /** The kinds of answer. */
    public enum Kind { PAGE, REDIRECT, STATUS }

    private final Kind kind;
    private final String titleKey;
    private final View view;
    private final String location;
    private final int status;

    private PageResult(Kind kind, String titleKey, View view, String location, int status) {
        this.kind = kind;
        this.titleKey = titleKey;
        this.view = view;
        this.location = location;
        this.status = status;
    }

    /** A page in the panel's layout; {@code titleKey} is a message key of the plugin's bundle. */
    public static PageResult page(String titleKey, View view) {
        return new PageResult(Kind.PAGE, Objects.requireNonNull(titleKey), Objects.requireNonNull(view), null, 200);
    }

    /**
     * A redirect to another route of the same plugin (relative to its base, e.g. {@code /greetings?saved}),
     * the usual answer to a POST. Redirects never leave the plugin's base.
     */
    public static PageResult redirect(String pathInPlugin) {
        if (pathInPlugin == null || !pathInPlugin.startsWith("/") || pathInPlugin.startsWith("//")
                || pathInPlugin.contains("..")) {
            throw new IllegalArgumentException("A redirect stays inside the plugin: " + pathInPlugin);
        }
        return new PageResult(Kind.REDIRECT, null, null, pathInPlugin, 303);
    }

    /** An error page with this status, e.g. 404 for something that does not exist or 400 for bad input. */
    public static PageResult status(int status) {
        if (status < 400 || status > 599) {
            throw new IllegalArgumentException("An error status is 4xx or 5xx: " + status);
        }
        return new PageResult(Kind.STATUS, null, null, null, status);
    }

    public Kind kind() {
        return kind;
    }

    public String titleKey() {
        return titleKey;
    }

    public View view() {
        return view;
    }

    public String location() {
        return location;
    }

    public int status() {
        return status;
    }
}
