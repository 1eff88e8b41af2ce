package io.pteroca.panel.plugin;

import io.pteroca.panel.shared.CurrentUser;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Admin → Plugins: the plugins with their state and why, version, capabilities, findings and health; upload,
 * scan, enable (a HIGH finding needs "I accept the risk"), disable, remove; and the advisory list in force.
 */
@Controller
@RequestMapping("/admin/plugins")
class AdminPluginController {

    private final Plugins plugins;
    private final Advisories advisories;
    private final PluginDirectory directory;

    AdminPluginController(Plugins plugins, Advisories advisories, PluginDirectory directory) {
        this.plugins = plugins;
        this.advisories = advisories;
        this.directory = directory;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("plugins", plugins.overviews());
        model.addAttribute("unreadable", plugins.unreadable());
        model.addAttribute("folder", directory.path().toString());
        model.addAttribute("advisoriesReplaced", advisories.replaced());
        return "plugin/admin-plugins";
    }

    @GetMapping("/{id}")
    String show(@PathVariable String id, Model model) {
        Plugins.Overview overview = plugins.overview(id).orElseThrow(() -> new org.springframework.web.server.ResponseStatusException(
                org.springframework.http.HttpStatus.NOT_FOUND));
        model.addAttribute("plugin", overview);
        model.addAttribute("blocker", overview.record().state() == PluginState.ENABLED ? null : plugins.blocker(id).orElse(null));
        return "plugin/admin-plugin";
    }

    @PostMapping("/scan")
    String discover(Authentication admin, HttpServletRequest request, RedirectAttributes redirect) {
        plugins.discover(actor(admin, request));
        redirect.addFlashAttribute("success", "plugin.flash.discovered");
        return "redirect:/admin/plugins";
    }

    @PostMapping("/{id}/scan")
    String scan(@PathVariable String id, Authentication admin, HttpServletRequest request, RedirectAttributes redirect) {
        return act(id, redirect, "plugin.flash.scanned", () -> plugins.scan(id, actor(admin, request)));
    }

    @PostMapping("/{id}/enable")
    String enable(@PathVariable String id, @RequestParam(defaultValue = "false") boolean acceptRisk, Authentication admin,
                  HttpServletRequest request, RedirectAttributes redirect) {
        return act(id, redirect, "plugin.flash.enabled", () -> plugins.enable(id, acceptRisk, actor(admin, request)));
    }

    @PostMapping("/{id}/disable")
    String disable(@PathVariable String id, Authentication admin, HttpServletRequest request, RedirectAttributes redirect) {
        return act(id, redirect, "plugin.flash.disabled", () -> plugins.disable(id, actor(admin, request)));
    }

    @PostMapping("/{id}/remove")
    String remove(@PathVariable String id, Authentication admin, HttpServletRequest request, RedirectAttributes redirect) {
        try {
            plugins.remove(id, actor(admin, request));
            redirect.addFlashAttribute("success", "plugin.flash.removed");
            return "redirect:/admin/plugins";
        } catch (PluginRefusedException refused) {
            return refusedTo("/admin/plugins/" + id, refused, redirect);
        }
    }

    @PostMapping("/upload")
    String upload(@RequestParam("file") MultipartFile file, Authentication admin, HttpServletRequest request,
                  RedirectAttributes redirect) throws IOException {
        if (file.isEmpty()) {
            redirect.addFlashAttribute("error", "plugin.problem.uploadType");
            return "redirect:/admin/plugins";
        }
        if (file.getSize() > PluginUpload.MAX_BYTES) {
            redirect.addFlashAttribute("error", "plugin.problem.tooLarge");
            return "redirect:/admin/plugins";
        }
        Path temporary = Files.createTempFile("pteroca-upload-", ".bin");
        try {
            try (InputStream in = file.getInputStream()) {
                Files.copy(in, temporary, StandardCopyOption.REPLACE_EXISTING);
            }
            Plugins.Overview installed = plugins.install(temporary, file.getOriginalFilename(), actor(admin, request));
            redirect.addFlashAttribute("success", "plugin.flash.installed");
            return "redirect:/admin/plugins/" + installed.record().id();
        } catch (PluginUpload.CriticalFindingsException critical) {
            redirect.addFlashAttribute("uploadFindings", critical.findings());
            return refusedTo("/admin/plugins", critical, redirect);
        } catch (PluginRefusedException refused) {
            return refusedTo("/admin/plugins", refused, redirect);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    @PostMapping("/advisories")
    String advisories(@RequestParam("file") MultipartFile file, RedirectAttributes redirect) throws IOException {
        try {
            int count = advisories.replace(file.getBytes());
            redirect.addFlashAttribute("success", "plugin.flash.advisories");
            redirect.addFlashAttribute("advisoryCount", count);
        } catch (PluginRefusedException refused) {
            redirect.addFlashAttribute("error", refused.messageKey());
        }
        return "redirect:/admin/plugins";
    }

    private String act(String id, RedirectAttributes redirect, String success, Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute("success", success);
        } catch (PluginRefusedException refused) {
            return refusedTo("/admin/plugins/" + id, refused, redirect);
        }
        return "redirect:/admin/plugins/" + id;
    }

    private static String refusedTo(String page, PluginRefusedException refused, RedirectAttributes redirect) {
        redirect.addFlashAttribute("error", refused.messageKey());
        redirect.addFlashAttribute("errorArgs", refused.messageArgs());
        return "redirect:" + page;
    }

    static PluginActor actor(Authentication admin, HttpServletRequest request) {
        return new PluginActor(CurrentUser.id(admin), admin.getName(), request.getRemoteAddr());
    }
}
