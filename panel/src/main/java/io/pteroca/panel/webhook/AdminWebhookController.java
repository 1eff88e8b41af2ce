package io.pteroca.panel.webhook;

import io.pteroca.panel.audit.AuditEvent;
import io.pteroca.panel.shared.Refusal;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
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

/**
 * Admin → Webhooks: register endpoints, see what was sent to each and how it went, send a delivery again. A new
 * secret is shown on the page that answers its creation, once; every change is audited.
 */
@Controller
@RequestMapping("/admin/webhooks")
class AdminWebhookController {

    private final Webhooks webhooks;
    private final WebhookCatalogue catalogue;
    private final ApplicationEventPublisher events;

    AdminWebhookController(Webhooks webhooks, WebhookCatalogue catalogue, ApplicationEventPublisher events) {
        this.webhooks = webhooks;
        this.catalogue = catalogue;
        this.events = events;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("endpoints", webhooks.all());
        return "webhook/admin-webhooks";
    }

    @GetMapping("/new")
    String create(Model model) {
        return page(null, new WebhookForm(), Map.of(), null, model);
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, Model model) {
        return page(id, WebhookForm.of(webhooks.get(id)), Map.of(), null, model);
    }

    @PostMapping({"", "/{id}"})
    String save(@PathVariable(required = false) Long id, @Valid @ModelAttribute("form") WebhookForm form, BindingResult binding,
                Authentication admin, HttpServletRequest request, HttpServletResponse response, Model model,
                RedirectAttributes redirect) {
        if (id != null) {
            webhooks.get(id);
        }
        Map<String, String> errors = new LinkedHashMap<>();
        for (FieldError error : binding.getFieldErrors()) {
            errors.putIfAbsent(error.getField(), error.isBindingFailure() ? "webhook.error." + error.getField() : error.getDefaultMessage());
        }
        if (errors.isEmpty()) {
            try {
                if (id == null) {
                    Webhooks.Created created = webhooks.create(form);
                    audit("admin_created_webhook", admin, request, created.id(), form.getUrl());
                    model.addAttribute("success", "webhook.created");
                    return page(created.id(), form, Map.of(), created.secret(), model);
                }
                webhooks.change(id, form);
                audit("admin_changed_webhook", admin, request, id, form.getUrl());
                redirect.addFlashAttribute("success", "webhook.saved");
                return "redirect:/admin/webhooks/" + id;
            } catch (Refusal refused) {
                if (refused.field() == null) {
                    throw refused;
                }
                errors.put(refused.field(), refused.messageKey());
            }
        }
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        return page(id, form, errors, null, model);
    }

    @PostMapping("/{id}/secret")
    String newSecret(@PathVariable long id, Authentication admin, HttpServletRequest request, Model model) {
        String secret = webhooks.newSecret(id);
        audit("admin_changed_webhook_secret", admin, request, id, webhooks.get(id).url());
        model.addAttribute("success", "webhook.secretChanged");
        return page(id, WebhookForm.of(webhooks.get(id)), Map.of(), secret, model);
    }

    @PostMapping("/{id}/deliveries/{deliveryId}/redeliver")
    String redeliver(@PathVariable long id, @PathVariable long deliveryId, Authentication admin, HttpServletRequest request,
                     RedirectAttributes redirect) {
        webhooks.redeliver(id, deliveryId);
        audit("admin_redelivered_webhook", admin, request, id, "delivery " + deliveryId);
        redirect.addFlashAttribute("success", "webhook.redelivered");
        return "redirect:/admin/webhooks/" + id;
    }

    @PostMapping("/{id}/delete")
    String delete(@PathVariable long id, Authentication admin, HttpServletRequest request, RedirectAttributes redirect) {
        String url = webhooks.get(id).url();
        webhooks.delete(id);
        audit("admin_deleted_webhook", admin, request, id, url);
        redirect.addFlashAttribute("success", "webhook.deleted");
        return "redirect:/admin/webhooks";
    }

    private String page(Long id, WebhookForm form, Map<String, String> errors, String newSecret, Model model) {
        model.addAttribute("endpointId", id);
        model.addAttribute("endpoint", id == null ? null : webhooks.get(id));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("catalogue", catalogue.types());
        model.addAttribute("newSecret", newSecret);
        model.addAttribute("deliveries", id == null ? java.util.List.of() : webhooks.deliveries(id));
        model.addAttribute("attempts", id == null ? Map.of() : webhooks.attempts(id).stream()
                .collect(java.util.stream.Collectors.groupingBy(WebhookDeliveries.AttemptView::deliveryId)));
        return "webhook/admin-webhook";
    }

    private void audit(String action, Authentication admin, HttpServletRequest request, long id, String detail) {
        events.publishEvent(AuditEvent.byAdmin(action, admin, request.getRemoteAddr(), "webhook " + id + ": " + detail));
    }
}
