package io.pteroca.panel.theme;

import io.pteroca.panel.audit.AuditEvent;
import io.pteroca.panel.shared.Refusal;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Supplier;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Admin → Themes: list with checks, upload, copy, export, delete, preview and activate. Every change is audited. */
@Controller
@RequestMapping(AdminThemeController.PATH)
class AdminThemeController {

    static final String PATH = "/admin/themes";

    private final Themes themes;
    private final ApplicationEventPublisher events;

    AdminThemeController(Themes themes, ApplicationEventPublisher events) {
        this.themes = themes;
        this.events = events;
    }

    @GetMapping
    String list(Model model, HttpSession session) {
        model.addAttribute("themes", themes.overview());
        model.addAttribute("previewing", session.getAttribute(ThemePreview.SESSION_ATTRIBUTE));
        model.addAttribute("maxUploadMegabytes", ThemeArchive.MAX_UPLOAD_BYTES / (1024 * 1024));
        return "theme/admin-themes";
    }

    @PostMapping("/upload")
    String upload(@RequestParam(required = false) MultipartFile file, Authentication admin, HttpServletRequest request,
                  RedirectAttributes redirect) {
        return perform(redirect, () -> {
            if (file == null || file.isEmpty()) {
                throw new Refusal("theme.upload.empty");
            }
            Path archive = null;
            try {
                archive = Files.createTempFile("pteroca-theme-", ".zip");
                file.transferTo(archive);
                String name = themes.upload(archive);
                audit("admin_uploaded_theme", admin, request, name);
                return "theme.uploaded";
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } finally {
                deleteQuietly(archive);
            }
        });
    }

    @PostMapping("/{name}/copy")
    String copy(@PathVariable String name, @RequestParam(defaultValue = "") String newName, Authentication admin,
                HttpServletRequest request, RedirectAttributes redirect) {
        return perform(redirect, () -> {
            themes.create(newName.strip(), name);
            audit("admin_copied_theme", admin, request, name + " → " + newName.strip());
            return "theme.copied";
        });
    }

    @GetMapping("/{name}/export")
    ResponseEntity<StreamingResponseBody> export(@PathVariable String name, Authentication admin, HttpServletRequest request) {
        Theme theme = themes.require(name);
        audit("admin_exported_theme", admin, request, name);
        String file = (theme.isDefault() ? "default-copy" : theme.name()) + ".zip";
        return ResponseEntity.ok()
                .contentType(MediaType.valueOf("application/zip"))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(file).build().toString())
                .body(out -> themes.export(name, out));
    }

    @PostMapping("/{name}/delete")
    String delete(@PathVariable String name, Authentication admin, HttpServletRequest request, RedirectAttributes redirect) {
        return perform(redirect, () -> {
            themes.delete(name);
            audit("admin_deleted_theme", admin, request, name);
            return "theme.deleted";
        });
    }

    @PostMapping("/activate")
    String activate(@RequestParam(defaultValue = "") String name, @RequestParam(defaultValue = PATH) String back,
                    Authentication admin, HttpServletRequest request, HttpSession session, RedirectAttributes redirect) {
        perform(redirect, () -> {
            themes.activate(name);
            session.removeAttribute(ThemePreview.SESSION_ATTRIBUTE);
            audit("admin_activated_theme", admin, request, name);
            return "theme.activated";
        });
        return "redirect:" + (back.equals("/admin/settings/appearance") ? back : PATH);
    }

    @PostMapping("/reset")
    String reset(Authentication admin, HttpServletRequest request, HttpSession session, RedirectAttributes redirect) {
        return perform(redirect, () -> {
            themes.reset();
            session.removeAttribute(ThemePreview.SESSION_ATTRIBUTE);
            audit("admin_activated_theme", admin, request, Theme.DEFAULT);
            return "theme.activated";
        });
    }

    /** Only the admin who asked sees the theme, on every page but these, until the preview ends or the theme is activated. */
    @PostMapping("/preview")
    String preview(@RequestParam(defaultValue = "") String name, HttpSession session, RedirectAttributes redirect) {
        try {
            Theme theme = themes.usable(name);
            session.setAttribute(ThemePreview.SESSION_ATTRIBUTE, theme.name());
            return "redirect:/";
        } catch (Refusal refused) {
            flashRefusal(redirect, refused);
            return "redirect:" + PATH;
        }
    }

    @PostMapping("/preview/stop")
    String stopPreview(HttpSession session) {
        session.removeAttribute(ThemePreview.SESSION_ATTRIBUTE);
        return "redirect:" + PATH;
    }

    private String perform(RedirectAttributes redirect, Supplier<String> action) {
        try {
            redirect.addFlashAttribute("success", action.get());
        } catch (Refusal refused) {
            flashRefusal(redirect, refused);
        }
        return "redirect:" + PATH;
    }

    private static void flashRefusal(RedirectAttributes redirect, Refusal refused) {
        redirect.addFlashAttribute("error", refused.messageKey());
        if (refused.args().length > 0) {
            redirect.addFlashAttribute("errorArgs", refused.args());
        }
    }

    private void audit(String action, Authentication admin, HttpServletRequest request, String details) {
        events.publishEvent(AuditEvent.byAdmin(action, admin, request.getRemoteAddr(), details));
    }

    private static void deleteQuietly(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // A temporary file the system cleans up later.
            }
        }
    }
}
