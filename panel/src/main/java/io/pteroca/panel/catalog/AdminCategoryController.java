package io.pteroca.panel.catalog;

import io.pteroca.panel.audit.AuditEvent;
import io.pteroca.panel.media.Images;
import io.pteroca.panel.shared.Refusal;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.ApplicationEventPublisher;
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

/** Admins create, edit and hide store categories; every change is audited. */
@Controller
@RequestMapping("/admin/catalog/categories")
class AdminCategoryController {

    private final Catalog catalog;
    private final Images images;
    private final ApplicationEventPublisher events;

    AdminCategoryController(Catalog catalog, Images images, ApplicationEventPublisher events) {
        this.catalog = catalog;
        this.images = images;
        this.events = events;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("categories", catalog.categories());
        return "catalog/admin-categories";
    }

    @GetMapping("/{id}")
    String edit(@PathVariable long id, Model model) {
        model.addAttribute("category", catalog.category(id).orElseThrow(() -> Refusal.notFound("error.404")));
        return "catalog/admin-category";
    }

    @PostMapping
    String create(@RequestParam(defaultValue = "") String name, @RequestParam(defaultValue = "") String description,
                  @RequestParam(defaultValue = "0") String sortOrder, Authentication admin, HttpServletRequest request,
                  RedirectAttributes redirect) {
        return save(null, name, description, sortOrder, admin, request, redirect);
    }

    @PostMapping("/{id}")
    String update(@PathVariable long id, @RequestParam(defaultValue = "") String name,
                  @RequestParam(defaultValue = "") String description, @RequestParam(defaultValue = "0") String sortOrder,
                  Authentication admin, HttpServletRequest request, RedirectAttributes redirect) {
        catalog.category(id).orElseThrow(() -> Refusal.notFound("error.404"));
        return save(id, name, description, sortOrder, admin, request, redirect);
    }

    private String save(Long id, String name, String description, String sortOrder, Authentication admin,
                        HttpServletRequest request, RedirectAttributes redirect) {
        String back = id == null ? "redirect:/admin/catalog/categories" : "redirect:/admin/catalog/categories/" + id;
        if (name.isBlank() || name.strip().length() > 120 || description.length() > 20_000
                || !sortOrder.strip().matches("-?\\d{1,6}")) {
            redirect.addFlashAttribute("error", "catalog.category.invalid");
            return back;
        }
        CategoryView saved = catalog.saveCategory(id, name.strip(), description.isBlank() ? null : description.strip(),
                Integer.parseInt(sortOrder.strip()));
        events.publishEvent(AuditEvent.byAdmin(id == null ? "admin_created_category" : "admin_updated_category", admin,
                request.getRemoteAddr(), "category " + saved.id() + " " + saved.name()));
        redirect.addFlashAttribute("success", "catalog.saved");
        return back;
    }

    @PostMapping("/{id}/image")
    String image(@PathVariable long id, @RequestParam(required = false) MultipartFile file,
                 @RequestParam(defaultValue = "false") boolean remove, Authentication admin, HttpServletRequest request,
                 RedirectAttributes redirect) {
        catalog.category(id).orElseThrow(() -> Refusal.notFound("error.404"));
        try {
            catalog.setCategoryImage(id, remove ? null : images.store("category", file));
            events.publishEvent(AuditEvent.byAdmin("admin_changed_category_image", admin, request.getRemoteAddr(),
                    "category " + id));
            redirect.addFlashAttribute("success", "catalog.saved");
        } catch (Refusal rejected) {
            redirect.addFlashAttribute("error", rejected.messageKey());
        }
        return "redirect:/admin/catalog/categories/" + id;
    }

    @PostMapping("/{id}/delete")
    String delete(@PathVariable long id, Authentication admin, HttpServletRequest request, RedirectAttributes redirect) {
        catalog.deleteCategory(id);
        events.publishEvent(AuditEvent.byAdmin("admin_deleted_category", admin, request.getRemoteAddr(), "category " + id));
        redirect.addFlashAttribute("success", "catalog.category.deleted");
        return "redirect:/admin/catalog/categories";
    }
}
