package io.pteroca.plugin.web;

/**
 * A tab of the server page, opened at {@code /servers/<server>/plugins/<id>/<tab>}. The panel checks that the
 * viewer may see the server (owner, subuser or admin) before the tab is shown or called. GET shows the tab;
 * a POST to the same address (with the CSRF token) is an action of the tab.
 */
public interface ServerTab {

    /** Unique within the plugin: lower case letters, digits and dashes. */
    String id();

    /** Message key of the tab's label in the plugin's bundle. */
    String labelKey();

    /** Higher first, after the panel's own tabs. */
    default int priority() {
        return 50;
    }

    default boolean visibleFor(ServerInfo server, Viewer viewer) {
        return true;
    }

    PageResult handle(ServerInfo server, PageRequest request) throws Exception;
}
