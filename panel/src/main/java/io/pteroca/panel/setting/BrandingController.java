package io.pteroca.panel.setting;

import io.pteroca.panel.audit.AuditEvent;
import io.pteroca.panel.media.Images;
import io.pteroca.panel.shared.CurrentUser;
import io.pteroca.panel.shared.Refusal;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Uploading (or removing) the logo and the favicon, on the General settings page. */
@Controller
class BrandingController {

    private final Images images;
    private final Settings settings;
    private final org.springframework.context.ApplicationEventPublisher events;

    BrandingController(Images images, Settings settings, org.springframework.context.ApplicationEventPublisher events) {
        this.images = images;
        this.settings = settings;
        this.events = events;
    }

    @PostMapping("/admin/settings/general/{image}")
    String upload(@PathVariable String image, @RequestParam(required = false) MultipartFile file,
                  @RequestParam(defaultValue = "false") boolean remove, Authentication admin,
                  jakarta.servlet.http.HttpServletRequest request, RedirectAttributes redirect) {
        SettingDefinition target = switch (image) {
            case "logo" -> SiteSettings.LOGO_IMAGE;
            case "favicon" -> SiteSettings.FAVICON_IMAGE;
            default -> throw new org.springframework.web.server.ResponseStatusException(
                    org.springframework.http.HttpStatus.NOT_FOUND);
        };
        try {
            settings.set(target, remove ? "" : images.store(image, file));
            events.publishEvent(new AuditEvent(remove ? "admin_removed_" + image : "admin_uploaded_" + image,
                    CurrentUser.id(admin), admin.getName(), null, null, request.getRemoteAddr(), null));
            redirect.addFlashAttribute("success", "flash.settings.saved");
        } catch (Refusal rejected) {
            redirect.addFlashAttribute("error", rejected.messageKey());
        }
        return "redirect:/admin/settings/general";
    }
}
