package io.pteroca.panel.plugin;

import io.pteroca.plugin.web.MenuArea;
import io.pteroca.plugin.web.ServerInfo;
import io.pteroca.plugin.web.View;
import io.pteroca.plugin.web.Viewer;
import io.pteroca.plugin.web.Widget;
import io.pteroca.plugin.web.WidgetSlot;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * What the panel's own templates show of running plugins, read as {@code ${@pluginSlots...}}: menu items, widgets
 * (rendered from the plugin's templates; one that fails is left out) and server tabs. Nothing is cached: a
 * plugin's items appear on the next page after it is enabled and are gone on the next page after it is disabled.
 */
@Component("pluginSlots")
public class PluginSlots {

    private static final Logger log = LoggerFactory.getLogger(PluginSlots.class);

    private final ActivePlugins active;
    private final PluginTemplates templates;
    private final PluginStore store;
    private final Plugins plugins;

    PluginSlots(ActivePlugins active, PluginTemplates templates, PluginStore store,
                @org.springframework.context.annotation.Lazy Plugins plugins) {
        this.active = active;
        this.templates = templates;
        this.store = store;
        this.plugins = plugins;
    }

    /** Plugins in the folder that declare settings, for Settings → Plugins. */
    public List<Link> withSettings() {
        return plugins.overviews().stream().filter(o -> o.present() && !o.manifest().settings().isEmpty())
                .map(o -> new Link(o.record().id(), o.manifest().name(), "/admin/plugins/" + o.record().id() + "/settings"))
                .toList();
    }

    /** A link of the navigation. */
    public record Link(String id, String label, String href) {
    }

    /** A rendered widget. */
    public record Card(String id, String title, int columns, String html) {
    }

    public List<Link> mainMenu() {
        return menu(MenuArea.MAIN, "/plugins/");
    }

    public List<Link> adminMenu() {
        return menu(MenuArea.ADMIN, "/admin/plugins/");
    }

    private List<Link> menu(MenuArea area, String prefix) {
        Viewer viewer = viewer();
        if (viewer == null) {
            return List.of();
        }
        return active.menuItems(area).stream().map(o -> new Link(o.plugin().id() + "-" + o.item().id(),
                templates.message(o.plugin(), o.item().labelKey(), viewer.locale()),
                prefix + o.plugin().id() + (area == MenuArea.ADMIN ? "/pages" : "") + ("/".equals(o.item().path()) ? "" : o.item().path())))
                .toList();
    }

    public List<Card> dashboardWidgets() {
        return widgets(WidgetSlot.DASHBOARD);
    }

    public List<Card> adminWidgets() {
        return widgets(WidgetSlot.ADMIN_OVERVIEW);
    }

    private List<Card> widgets(WidgetSlot slot) {
        Viewer viewer = viewer();
        if (viewer == null) {
            return List.of();
        }
        templates.forgetStopped(active.all());
        List<Card> cards = new ArrayList<>();
        for (ActivePlugins.Owned<Widget> owned : active.widgets(slot)) {
            ActivePlugin plugin = owned.plugin();
            Widget widget = owned.item();
            try {
                if (!plugin.call(() -> widget.visibleTo(viewer))) {
                    continue;
                }
                View view = plugin.call(() -> widget.render(viewer));
                String html = templates.render(plugin, view, viewer, PluginTemplates.extras(plugin, "/plugins/" + plugin.id(),
                        csrfName(), csrfToken()));
                cards.add(new Card(plugin.id() + "-" + widget.id(), templates.message(plugin, widget.titleKey(), viewer.locale()),
                        widget.columns(), html));
            } catch (Exception | LinkageError e) {
                log.warn("Widget {} of plugin {} failed: {}", widget.id(), plugin.id(), e.toString());
            }
        }
        return cards;
    }

    /** The plugin tabs of a server page the current account may see. */
    public List<Link> serverTabs(long serverId, String serverName, String identifier, String state, long ownerId) {
        Viewer viewer = viewer();
        if (viewer == null) {
            return List.of();
        }
        ServerInfo server = new ServerInfo(serverId, serverName, identifier, state, ownerId, ownerId == viewer.accountId());
        return active.serverTabs().stream().filter(o -> PluginPageController.visible(o.plugin(), o.item(), server, viewer))
                .map(o -> new Link(o.plugin().id() + "-" + o.item().id(),
                        templates.message(o.plugin(), o.item().labelKey(), viewer.locale()),
                        "/servers/" + serverId + "/plugins/" + o.plugin().id() + "/" + o.item().id()))
                .toList();
    }

    /** Plugins the panel stopped, for the admin overview's warning. */
    public List<String> faulted() {
        return store.all().stream().filter(r -> r.state() == PluginState.FAULTED).map(PluginStore.Record::id).toList();
    }

    private static Viewer viewer() {
        Authentication user = SecurityContextHolder.getContext().getAuthentication();
        if (user == null || !user.isAuthenticated() || "anonymousUser".equals(user.getName())) {
            return null;
        }
        return PluginViewer.of(user);
    }

    private static CsrfToken csrf() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            return (CsrfToken) request.getAttribute(CsrfToken.class.getName());
        }
        return null;
    }

    private static String csrfName() {
        CsrfToken token = csrf();
        return token == null ? "_csrf" : token.getParameterName();
    }

    private static String csrfToken() {
        CsrfToken token = csrf();
        return token == null ? "" : token.getToken();
    }
}
