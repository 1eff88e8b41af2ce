package io.pteroca.panel.plugin;

import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Settings → Plugins, per plugin: the settings its {@code plugin.yaml} declares (secrets never shown back, only
 * masked) and the extra hosts an admin allows it.
 */
@Controller
@RequestMapping("/admin/plugins/{id}/settings")
class PluginSettingsController {

    private final Plugins plugins;
    private final PluginSettingValues values;

    PluginSettingsController(Plugins plugins, PluginSettingValues values) {
        this.plugins = plugins;
        this.values = values;
    }

    @GetMapping
    String show(@PathVariable String id, Model model) {
        Plugins.Overview plugin = present(id);
        return form(plugin, Map.of(), Map.of(), model);
    }

    @PostMapping
    String save(@PathVariable String id, HttpServletRequest request, Authentication admin, Model model,
                RedirectAttributes redirect) {
        Plugins.Overview plugin = present(id);
        Map<String, String> submitted = new LinkedHashMap<>();
        Map<String, String> raw = new LinkedHashMap<>();
        for (SettingSpec spec : plugin.manifest().settings()) {
            String value = request.getParameter(spec.key());
            if (spec.type().equals("boolean")) {
                submitted.put(spec.key(), Boolean.toString("true".equals(value)));
            } else if (spec.secret()) {
                if ("true".equals(request.getParameter("clear:" + spec.key()))) {
                    submitted.put(spec.key(), "");
                } else if (value != null && !value.isBlank()) {
                    submitted.put(spec.key(), value);
                }
            } else {
                submitted.put(spec.key(), value == null ? "" : value);
                raw.put(spec.key(), value == null ? "" : value);
            }
        }
        String hosts = request.getParameter("hosts");
        if (hosts != null) {
            submitted.put(PluginSettingValues.EXTRA_HOSTS, hosts);
        }
        Map<String, String> errors = plugins.saveSettings(id, submitted, AdminPluginController.actor(admin, request));
        if (!errors.isEmpty()) {
            model.addAttribute("hasErrors", true);
            model.addAttribute("hostsValue", hosts);
            return form(plugin, raw, errors, model);
        }
        plugins.checkHealth(id);
        redirect.addFlashAttribute("success", "flash.settings.saved");
        return "redirect:/admin/plugins/" + id + "/settings";
    }

    private String form(Plugins.Overview plugin, Map<String, String> raw, Map<String, String> errors, Model model) {
        List<PluginSettingValues.Field> fields = values.fields(plugin.manifest(), raw, errors);
        model.addAttribute("plugin", plugin);
        model.addAttribute("fields", fields);
        model.addAttribute("hostsError", errors.get(PluginSettingValues.EXTRA_HOSTS));
        if (!model.containsAttribute("hostsValue")) {
            model.addAttribute("hostsValue", values.extraHostsOf(plugin.record().id()));
        }
        return "plugin/admin-settings";
    }

    private Plugins.Overview present(String id) {
        return plugins.overview(id).filter(Plugins.Overview::present)
                .orElseThrow(() -> new org.springframework.web.server.ResponseStatusException(org.springframework.http.HttpStatus.NOT_FOUND));
    }
}
