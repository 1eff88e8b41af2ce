package io.pteroca.panel.announcement;

import io.pteroca.panel.audit.AuditEvent;
import io.pteroca.panel.catalog.Catalog;
import io.pteroca.panel.shared.CurrentUser;
import io.pteroca.panel.shared.Refusal;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Admin → Announcements: write, change and remove them; every change is audited. */
@Controller
@RequestMapping("/admin/announcements")
class AdminAnnouncementController {

    private final Announcements announcements;
    private final Catalog catalog;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    AdminAnnouncementController(Announcements announcements, Catalog catalog, ApplicationEventPublisher events, Clock clock) {
        this.announcements = announcements;
        this.catalog = catalog;
        this.events = events;
        this.clock = clock;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("items", announcements.all());
        model.addAttribute("productNames", productNames());
        return "announcement/admin-announcements";
    }

    @GetMapping("/new")
    String create(Model model) {
        AnnouncementForm form = new AnnouncementForm();
        form.setStartsAt(LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC).truncatedTo(ChronoUnit.MINUTES));
        return form(null, form, Map.of(), model);
    }

    @GetMapping("/{id}")
    String edit(@PathVariable long id, Model model) {
        return form(id, announcements.form(id), Map.of(), model);
    }

    @PostMapping({"", "/{id}"})
    String save(@PathVariable(required = false) Long id, @Valid @ModelAttribute("form") AnnouncementForm form,
                BindingResult binding, Authentication admin, HttpServletRequest request, Model model,
                RedirectAttributes redirect, jakarta.servlet.http.HttpServletResponse response) {
        Map<String, String> errors = new LinkedHashMap<>();
        for (FieldError error : binding.getFieldErrors()) {
            errors.putIfAbsent(error.getField(), error.isBindingFailure() ? "announcement.error." + error.getField()
                    : error.getDefaultMessage());
        }
        if (errors.isEmpty()) {
            try {
                AnnouncementView saved = announcements.save(id, form);
                events.publishEvent(new AuditEvent(id == null ? "admin_created_announcement" : "admin_changed_announcement",
                        CurrentUser.id(admin), admin.getName(), null, null, request.getRemoteAddr(),
                        "announcement " + saved.id() + ": " + saved.title()));
                redirect.addFlashAttribute("success", "announcement.saved");
                return "redirect:/admin/announcements";
            } catch (Refusal refused) {
                if (refused.field() == null) {
                    throw refused;
                }
                errors.put(refused.field(), refused.messageKey());
            }
        }
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        return form(id, form, errors, model);
    }

    @PostMapping("/{id}/delete")
    String delete(@PathVariable long id, Authentication admin, HttpServletRequest request, RedirectAttributes redirect) {
        announcements.delete(id);
        events.publishEvent(new AuditEvent("admin_deleted_announcement", CurrentUser.id(admin), admin.getName(), null, null,
                request.getRemoteAddr(), "announcement " + id));
        redirect.addFlashAttribute("success", "announcement.deleted");
        return "redirect:/admin/announcements";
    }

    private String form(Long id, AnnouncementForm form, Map<String, String> errors, Model model) {
        model.addAttribute("announcementId", id);
        model.addAttribute("saved", id == null ? null : announcements.view(id));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("audiences", java.util.Arrays.stream(Audience.values()).map(Enum::name).toList());
        model.addAttribute("productNames", productNames());
        return "announcement/admin-announcement-form";
    }

    private Map<Long, String> productNames() {
        Map<Long, String> names = new LinkedHashMap<>();
        catalog.allProducts().stream().filter(p -> !p.deleted()).forEach(p -> names.put(p.id(), p.name()));
        return names;
    }
}
