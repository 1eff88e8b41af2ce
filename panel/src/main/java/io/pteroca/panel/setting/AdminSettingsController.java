package io.pteroca.panel.setting;

import io.pteroca.panel.audit.AuditEvent;
import io.pteroca.panel.shared.CurrentUser;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The admin settings pages, one per group, generated from the settings the features declare. */
@Controller
@RequestMapping("/admin/settings")
class AdminSettingsController {

    private final Settings settings;
    private final ApplicationEventPublisher events;
    private final List<SettingsPanel> panels;

    AdminSettingsController(Settings settings, ApplicationEventPublisher events, List<SettingsPanel> panels) {
        this.settings = settings;
        this.events = events;
        this.panels = panels;
    }

    @GetMapping
    String index() {
        return "redirect:/admin/settings/general";
    }

    @GetMapping("/{group}")
    String show(@PathVariable String group, Model model) {
        SettingGroup settingGroup = group(group);
        model.addAttribute("fields", fields(settingGroup, Map.of(), Map.of()));
        model.addAttribute("group", settingGroup);
        model.addAttribute("groups", visibleGroups());
        addPanels(settingGroup, model);
        return "setting/admin-settings";
    }

    /** Prefix of the hidden field each checkbox is posted with, as Spring's own forms do. */
    static final String UNCHECKED_MARKER = "_";

    @PostMapping("/{group}")
    String save(@PathVariable String group, HttpServletRequest request, HttpServletResponse response, Authentication admin,
                Model model, RedirectAttributes redirect) {
        SettingGroup settingGroup = group(group);
        Map<SettingDefinition, String> submitted = new LinkedHashMap<>();
        Map<String, String> raw = new LinkedHashMap<>();
        for (SettingDefinition definition : settings.definitionsOf(settingGroup)) {
            String value = request.getParameter(definition.key());
            if (definition.type() == SettingType.BOOLEAN) {
                // An unchecked box posts nothing; the form's marker tells it apart from a field the post left out.
                if (value != null || request.getParameter(UNCHECKED_MARKER + definition.key()) != null) {
                    submitted.put(definition, Boolean.toString("true".equals(value)));
                }
            } else if (value == null && !definition.secret()) {
                continue;
            } else if (definition.secret()) {
                if ("true".equals(request.getParameter("clear:" + definition.key()))) {
                    submitted.put(definition, "");
                } else if (value != null && !value.isBlank()) {
                    submitted.put(definition, value);
                }
            } else {
                submitted.put(definition, value);
                raw.put(definition.key(), value);
            }
        }
        try {
            settings.setAll(submitted);
            events.publishEvent(new AuditEvent("admin_changed_settings", CurrentUser.id(admin), admin.getName(), null, null,
                    request.getRemoteAddr(), settingGroup.slug() + ": " + String.join(", ",
                            submitted.keySet().stream().map(SettingDefinition::key).toList())));
        } catch (InvalidSettingsException e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            model.addAttribute("fields", fields(settingGroup, raw, e.errors()));
            model.addAttribute("group", settingGroup);
            model.addAttribute("groups", visibleGroups());
            model.addAttribute("hasErrors", true);
            addPanels(settingGroup, model);
            return "setting/admin-settings";
        }
        redirect.addFlashAttribute("success", "flash.settings.saved");
        return "redirect:/admin/settings/" + settingGroup.slug();
    }

    private List<SettingField> fields(SettingGroup group, Map<String, String> submitted, Map<String, String> errors) {
        return settings.definitionsOf(group).stream()
                .map(d -> new SettingField(d,
                        d.secret() ? "" : submitted.getOrDefault(d.key(), settings.get(d)),
                        d.secret() ? settings.masked(d) : "",
                        errors.get(d.key())))
                .toList();
    }

    private void addPanels(SettingGroup group, Model model) {
        List<SettingsPanel> shown = panels.stream().filter(panel -> panel.group() == group).toList();
        shown.forEach(panel -> panel.addTo(model));
        model.addAttribute("panels", shown.stream().map(SettingsPanel::template).toList());
    }

    private static List<SettingGroup> visibleGroups() {
        return Arrays.stream(SettingGroup.values()).filter(SettingGroup::visible).toList();
    }

    private static SettingGroup group(String slug) {
        return Arrays.stream(SettingGroup.values())
                .filter(g -> g.visible() && g.slug().equals(slug))
                .findFirst()
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    /** What the form shows for one setting. */
    record SettingField(SettingDefinition definition, String value, String masked, String error) {
    }
}
