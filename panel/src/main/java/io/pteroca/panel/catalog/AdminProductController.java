package io.pteroca.panel.catalog;

import io.pteroca.panel.audit.AuditEvent;
import io.pteroca.panel.media.Images;
import io.pteroca.panel.shared.Refusal;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
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
 * Admins create, edit, copy and retire products. Nests, eggs, variables, nodes and locations are read live from
 * Pterodactyl each time the form is shown or saved, so nothing stale is ever sold.
 */
@Controller
@RequestMapping("/admin/catalog/products")
class AdminProductController {

    private final Catalog catalog;
    private final ProductEditor editor;
    private final Images images;
    private final ApplicationEventPublisher events;

    AdminProductController(Catalog catalog, ProductEditor editor, Images images, ApplicationEventPublisher events) {
        this.catalog = catalog;
        this.editor = editor;
        this.images = images;
        this.events = events;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("products", catalog.allProducts());
        model.addAttribute("categories", catalog.categories());
        return "catalog/admin-products";
    }

    @GetMapping("/new")
    String create(@RequestParam(defaultValue = "0") int nestId, Model model) {
        return form(null, 0, ProductFormView.blank(nestId), Set.of(), editor.choices(nestId), List.of(), model);
    }

    @GetMapping("/{id}")
    String edit(@PathVariable long id, Model model) {
        ProductView product = existing(id);
        model.addAttribute("saved", product);
        return form(id, product.version(), product.definition(), catalog.upgradePaths(id),
                editor.choices(product.definition().nestId()), List.of(), model);
    }

    /** The egg section for another nest, swapped in by htmx when the admin picks a nest. */
    @GetMapping("/eggs")
    String eggs(@RequestParam(defaultValue = "0") int nestId, @RequestParam(required = false) Long productId, Model model) {
        ProductDefinition product = productId == null ? ProductFormView.blank(nestId)
                : catalog.product(productId).map(ProductView::definition).orElse(ProductFormView.blank(nestId));
        ProductEditor.Choices choices = editor.choices(nestId);
        model.addAttribute("form", ProductFormView.of(productId, 0, product, choices.eggs()));
        model.addAttribute("choices", choices);
        return "catalog/admin-product :: eggs";
    }

    @PostMapping
    String createSubmit(HttpServletRequest request, HttpServletResponse response, Authentication admin, Model model,
                        RedirectAttributes redirect) {
        return save(null, 0, request, response, admin, model, redirect);
    }

    @PostMapping("/{id}")
    String updateSubmit(@PathVariable long id, @RequestParam(defaultValue = "-1") long version, HttpServletRequest request,
                        HttpServletResponse response, Authentication admin, Model model, RedirectAttributes redirect) {
        model.addAttribute("saved", existing(id));
        return save(id, version, request, response, admin, model, redirect);
    }

    private String save(Long id, long version, HttpServletRequest request, HttpServletResponse response,
                        Authentication admin, Model model, RedirectAttributes redirect) {
        ProductEditor.Outcome outcome = editor.save(id, version, request.getParameterMap());
        if (outcome.saved() == null) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return form(id, version, outcome.draft(), outcome.upgradeTargets(), outcome.choices(), outcome.problems(), model);
        }
        events.publishEvent(AuditEvent.byAdmin(id == null ? "admin_created_product" : "admin_updated_product", admin,
                request.getRemoteAddr(), "product " + outcome.saved().id() + " " + outcome.saved().name()
                        + (outcome.upgradeTargets().isEmpty() ? "" : ", upgrade paths to " + outcome.upgradeTargets())));
        redirect.addFlashAttribute("success", "catalog.saved");
        return "redirect:/admin/catalog/products/" + outcome.saved().id();
    }

    @PostMapping("/{id}/copy")
    String copy(@PathVariable long id, Authentication admin, HttpServletRequest request, RedirectAttributes redirect) {
        ProductView copy = catalog.copyProduct(id);
        events.publishEvent(AuditEvent.byAdmin("admin_copied_product", admin, request.getRemoteAddr(),
                "product " + id + " to " + copy.id()));
        redirect.addFlashAttribute("success", "catalog.product.copied");
        return "redirect:/admin/catalog/products/" + copy.id();
    }

    @PostMapping("/{id}/delete")
    String delete(@PathVariable long id, Authentication admin, HttpServletRequest request, RedirectAttributes redirect) {
        catalog.deleteProduct(id);
        events.publishEvent(AuditEvent.byAdmin("admin_deleted_product", admin, request.getRemoteAddr(), "product " + id));
        redirect.addFlashAttribute("success", "catalog.product.deleted");
        return "redirect:/admin/catalog/products";
    }

    /** {@code which} is "image" (the store card) or "banner" (the product page). */
    @PostMapping("/{id}/{which:image|banner}")
    String image(@PathVariable long id, @PathVariable String which, @RequestParam(required = false) MultipartFile file,
                 @RequestParam(defaultValue = "false") boolean remove, Authentication admin, HttpServletRequest request,
                 RedirectAttributes redirect) {
        ProductView product = existing(id);
        try {
            String path = remove ? null : images.store("product-" + which, file);
            catalog.setProductImages(id, which.equals("image") ? path : product.imagePath(),
                    which.equals("banner") ? path : product.bannerPath());
            events.publishEvent(AuditEvent.byAdmin("admin_changed_product_" + which, admin, request.getRemoteAddr(),
                    "product " + id));
            redirect.addFlashAttribute("success", "catalog.saved");
        } catch (Refusal rejected) {
            redirect.addFlashAttribute("error", rejected.messageKey());
        }
        return "redirect:/admin/catalog/products/" + id;
    }

    private ProductView existing(long id) {
        return catalog.product(id).filter(product -> !product.deleted())
                .orElseThrow(() -> Refusal.notFound("error.404"));
    }

    private String form(Long id, long version, ProductDefinition product, Set<Long> upgradeTargets,
                        ProductEditor.Choices choices, List<Problem> problems, Model model) {
        model.addAttribute("form", ProductFormView.of(id, version, product, choices.eggs()));
        // Any other product, of any category: those of the product's own category are offered to its servers anyway.
        model.addAttribute("upgradeChoices", catalog.allProducts().stream()
                .filter(other -> id == null || other.id() != id).toList());
        model.addAttribute("upgradeTargets", upgradeTargets);
        model.addAttribute("choices", choices);
        model.addAttribute("categories", catalog.categories());
        model.addAttribute("problems", problems);
        model.addAttribute("priceKinds", PriceKind.values());
        model.addAttribute("periodUnits", PeriodUnit.values());
        return "catalog/admin-product";
    }
}
