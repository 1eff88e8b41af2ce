package io.pteroca.panel.plugin;

import io.pteroca.panel.server.ServerView;
import io.pteroca.panel.server.Servers;
import io.pteroca.panel.shared.CurrentUser;
import io.pteroca.plugin.web.Access;
import io.pteroca.plugin.web.Page;
import io.pteroca.plugin.web.PageRequest;
import io.pteroca.plugin.web.PageResult;
import io.pteroca.plugin.web.ServerInfo;
import io.pteroca.plugin.web.ServerTab;
import io.pteroca.plugin.web.Viewer;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.PathContainer;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * The pages of running plugins: {@code /plugins/<id>/…} for signed-in accounts, {@code /admin/plugins/<id>/pages/…}
 * for admins (the panel's security rules cover both: sign-in, CSRF, CSP), and the plugin tabs of a server page.
 * A plugin that is not running has no pages: they answer 404 the moment it is disabled.
 */
@Controller
class PluginPageController {

    private static final Logger log = LoggerFactory.getLogger(PluginPageController.class);

    private final ActivePlugins active;
    private final PluginTemplates templates;
    private final Servers servers;
    private final io.pteroca.panel.server.ServerAccess access;

    PluginPageController(ActivePlugins active, PluginTemplates templates, Servers servers,
                         io.pteroca.panel.server.ServerAccess access) {
        this.access = access;
        this.active = active;
        this.templates = templates;
        this.servers = servers;
    }

    @RequestMapping(path = {"/plugins/{pluginId}", "/plugins/{pluginId}/**"}, method = {RequestMethod.GET, RequestMethod.POST})
    String page(@PathVariable String pluginId, HttpServletRequest request, Authentication user, Model model) {
        return route(pluginId, Access.SIGNED_IN, "/plugins/" + pluginId, request, user, model);
    }

    @RequestMapping(path = {"/admin/plugins/{pluginId}/pages", "/admin/plugins/{pluginId}/pages/**"},
            method = {RequestMethod.GET, RequestMethod.POST})
    String adminPage(@PathVariable String pluginId, HttpServletRequest request, Authentication user, Model model) {
        return route(pluginId, Access.ADMIN, "/admin/plugins/" + pluginId + "/pages", request, user, model);
    }

    @RequestMapping(path = "/servers/{serverId}/plugins/{pluginId}/{tabId}", method = {RequestMethod.GET, RequestMethod.POST})
    String serverTab(@PathVariable long serverId, @PathVariable String pluginId, @PathVariable String tabId,
                     HttpServletRequest request, Authentication user, Model model) {
        ActivePlugin plugin = active.get(pluginId).orElseThrow(PluginPageController::notFound);
        ServerTab tab = plugin.registrations().serverTabs.stream().filter(t -> t.id().equals(tabId)).findFirst()
                .orElseThrow(PluginPageController::notFound);
        ServerView seen = servers.visibleTo(CurrentUser.id(user), serverId).orElseThrow(PluginPageController::notFound);
        Viewer viewer = PluginViewer.of(user);
        ServerInfo server = new ServerInfo(seen.id(), seen.name(), seen.identifier(), seen.state().name(), seen.ownerId(),
                seen.ownerId() == viewer.accountId());
        if (!visible(plugin, tab, server, viewer)) {
            throw notFound();
        }
        String base = "/servers/" + serverId + "/plugins/" + pluginId + "/" + tabId;
        PageRequest pageRequest = new PageRequest(request.getMethod(), "/", Map.of(), parameters(request), viewer);
        PageResult result = call(plugin, () -> tab.handle(server, pageRequest));
        model.addAttribute("serverId", serverId);
        model.addAttribute("serverName", seen.name());
        // The server's own header and tab bar, this tab marked.
        model.addAttribute("server", seen);
        model.addAttribute("can", access.grantedNow(seen, CurrentUser.id(user)));
        model.addAttribute("activeTab", pluginId + "-" + tabId);
        return answer(plugin, result, base, viewer, request, model, true);
    }

    private String route(String pluginId, Access access, String base, HttpServletRequest request, Authentication user,
                         Model model) {
        ActivePlugin plugin = active.get(pluginId).orElseThrow(PluginPageController::notFound);
        String path = request.getRequestURI().substring(request.getContextPath().length() + base.length());
        String relative = path.isEmpty() ? "/" : path;
        for (Page page : plugin.registrations().pages) {
            if (page.access() != access || !page.method().equals(request.getMethod())) {
                continue;
            }
            PathPattern pattern = PathPatternParser.defaultInstance.parse(page.path());
            PathPattern.PathMatchInfo match = pattern.matchAndExtract(PathContainer.parsePath(relative));
            if (match != null) {
                Viewer viewer = PluginViewer.of(user);
                PageRequest pageRequest = new PageRequest(request.getMethod(), relative, match.getUriVariables(),
                        parameters(request), viewer);
                PageResult result = call(plugin, () -> page.handler().handle(pageRequest));
                return answer(plugin, result, base, viewer, request, model, false);
            }
        }
        throw notFound();
    }

    private String answer(ActivePlugin plugin, PageResult result, String base, Viewer viewer, HttpServletRequest request,
                          Model model, boolean serverTab) {
        if (result == null) {
            throw new ResponseStatusException(HttpStatus.INTERNAL_SERVER_ERROR);
        }
        switch (result.kind()) {
            case REDIRECT:
                return "redirect:" + base + ("/".equals(result.location()) ? "" : result.location());
            case STATUS:
                throw new ResponseStatusException(HttpStatus.valueOf(result.status()));
            default:
                CsrfToken csrf = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
                String html = call(plugin, () -> templates.render(plugin, result.view(), viewer, PluginTemplates.extras(plugin,
                        base, csrf == null ? "_csrf" : csrf.getParameterName(), csrf == null ? "" : csrf.getToken())));
                model.addAttribute("pluginTitle", templates.message(plugin, result.titleKey(), viewer.locale()));
                model.addAttribute("pluginHtml", html);
                model.addAttribute("pluginId", plugin.id());
                model.addAttribute("pluginName", plugin.manifest().name());
                return serverTab ? "plugin/server-tab" : "plugin/page";
        }
    }

    static boolean visible(ActivePlugin plugin, ServerTab tab, ServerInfo server, Viewer viewer) {
        try {
            return plugin.call(() -> tab.visibleFor(server, viewer));
        } catch (Exception | LinkageError e) {
            return false;
        }
    }

    private static <T> T call(ActivePlugin plugin, java.util.concurrent.Callable<T> work) {
        try {
            return plugin.call(work);
        } catch (ResponseStatusException e) {
            throw e;
        } catch (Exception | LinkageError e) {
            log.warn("Plugin {} failed on a page: {}", plugin.id(), e.toString(), e);
            throw new ResponseStatusException(HttpStatus.INTERNAL_SERVER_ERROR);
        }
    }

    private static Map<String, List<String>> parameters(HttpServletRequest request) {
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        request.getParameterMap().forEach((name, values) -> {
            if (!"_csrf".equals(name)) {
                parameters.put(name, Arrays.asList(values));
            }
        });
        return parameters;
    }

    private static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
}
