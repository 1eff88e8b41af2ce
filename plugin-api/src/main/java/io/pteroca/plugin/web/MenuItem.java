package io.pteroca.plugin.web;

/**
 * An entry in the navigation pointing at one of the plugin's pages.
 *
 * @param id unique within the plugin
 * @param labelKey message key of the label in the plugin's bundle
 * @param path a path relative to the plugin's base: {@code /plugins/<id>} for {@link MenuArea#MAIN},
 *             {@code /admin/plugins/<id>/pages} for {@link MenuArea#ADMIN}
 * @param priority higher first
 */
public record MenuItem(String id, MenuArea area, String labelKey, String path, int priority) {

    public MenuItem {
        if (path == null || !path.startsWith("/") || path.startsWith("//") || path.contains("..")) {
            throw new IllegalArgumentException("A menu item points inside the plugin: " + path);
        }
    }
}
