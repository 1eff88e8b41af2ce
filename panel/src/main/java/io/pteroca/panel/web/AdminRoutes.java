package io.pteroca.panel.web;

import io.pteroca.panel.account.Permission;
import io.pteroca.panel.account.Permission.Action;
import java.util.List;
import java.util.Optional;
import org.springframework.http.HttpMethod;
import org.springframework.http.server.PathContainer;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * The one place that decides which permission an admin request needs. The path names the area; the method the
 * action: reading is "view", a post to a path ending in {@code /delete} is "delete", any other post is "change".
 * Where that rule is wrong, an exception below says so. A path in no area needs a permission nobody has: a new admin
 * page must be added here before anyone can open it (and the route matrix test fails until it is).
 */
final class AdminRoutes {

    /** The paths this table guards. */
    static final String[] GUARDED = {"/admin", "/admin/**", "/actuator/**"};

    private record Area(PathPattern pattern, String name) {
    }

    private record Deviation(HttpMethod method, PathPattern pattern, Permission permission) {
    }

    private static final List<Area> AREAS = List.of(
            area("/admin", "overview"),
            area("/admin/users/**", "users"),
            area("/admin/wallets/**", "wallets"),
            area("/admin/servers/**", "servers"),
            area("/admin/catalog/products/**", "products"),
            area("/admin/catalog/categories/**", "categories"),
            area("/admin/payments/**", "payments"),
            area("/admin/orders/**", "orders"),
            area("/admin/vouchers/**", "vouchers"),
            area("/admin/announcements/**", "announcements"),
            area("/admin/settings/**", "settings"),
            area("/admin/pterodactyl/**", "pterodactyl"),
            area("/admin/audit/**", "logs"),
            area("/admin/email-log/**", "emails"),
            area("/admin/roles/**", "roles"),
            area("/admin/plugins/**", "plugins"),
            area("/admin/themes/**", "themes"),
            area("/admin/webhooks/**", "webhooks"),
            area("/actuator/**", "system"));

    private static final List<Deviation> DEVIATIONS = List.of(
            // Giving someone a staff role is handing out permissions: the role editor's business, not user editing.
            exception(HttpMethod.POST, "/admin/users/{id}/role", Permission.ROLES_CHANGE),
            // Detaching takes the server out of the panel for good.
            exception(HttpMethod.POST, "/admin/servers/{id}/detach", Permission.SERVERS_DELETE),
            exception(HttpMethod.POST, "/admin/plugins/{id}/remove", Permission.PLUGINS_DELETE),
            // Only the asking admin's own session sees a previewed theme; nothing changes for anyone else.
            exception(HttpMethod.POST, "/admin/themes/preview", Permission.THEMES_VIEW),
            exception(HttpMethod.POST, "/admin/themes/preview/stop", Permission.THEMES_VIEW),
            // Tries the stored connection; changes nothing.
            exception(HttpMethod.POST, "/admin/pterodactyl/test", Permission.PTERODACTYL_VIEW));

    private AdminRoutes() {
    }

    /** The permission this request needs, or empty when the table does not know it (then nobody may). */
    static Optional<Permission> required(String method, String path) {
        PathContainer container = PathContainer.parsePath(path);
        HttpMethod httpMethod = HttpMethod.valueOf(method);
        for (Deviation exception : DEVIATIONS) {
            if (exception.method().equals(httpMethod) && exception.pattern().matches(container)) {
                return Optional.of(exception.permission());
            }
        }
        return AREAS.stream().filter(area -> area.pattern().matches(container)).findFirst()
                .flatMap(area -> Permission.of(area.name(), action(httpMethod, path)));
    }

    private static Action action(HttpMethod method, String path) {
        if (method.equals(HttpMethod.GET) || method.equals(HttpMethod.HEAD)) {
            return Action.VIEW;
        }
        return method.equals(HttpMethod.DELETE) || path.endsWith("/delete") ? Action.DELETE : Action.CHANGE;
    }

    private static Area area(String pattern, String name) {
        return new Area(PathPatternParser.defaultInstance.parse(pattern), name);
    }

    private static Deviation exception(HttpMethod method, String pattern, Permission permission) {
        return new Deviation(method, PathPatternParser.defaultInstance.parse(pattern), permission);
    }
}
