package io.pteroca.panel.account;

import io.pteroca.panel.shared.Refusal;
import io.pteroca.panel.setting.SiteSettings;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
@RequestMapping("/admin/users")
class AdminUserController {

    private static final int PAGE_SIZE = 25;

    private final AccountAdministration administration;
    private final TwoFactor twoFactor;

    AdminUserController(AccountAdministration administration, TwoFactor twoFactor) {
        this.administration = administration;
        this.twoFactor = twoFactor;
    }

    @GetMapping
    String list(@RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("users", administration.search(q, PageRequest.of(Math.max(page, 0), PAGE_SIZE)));
        model.addAttribute("q", q);
        return "account/admin-users";
    }

    @GetMapping("/new")
    String createForm(Model model) {
        return form(null, new CustomerForm(), Map.of(), model);
    }

    @PostMapping("/new")
    String create(@Valid @ModelAttribute("form") CustomerForm form, BindingResult binding,
                  @AuthenticationPrincipal AccountPrincipal admin, HttpServletRequest request, HttpServletResponse response,
                  Model model, RedirectAttributes redirect) {
        return save(null, form, binding, response, model, redirect, () -> administration.create(form, actor(admin, request)));
    }

    @GetMapping("/{id}/edit")
    String editForm(@PathVariable long id, Model model) {
        AccountView user = known(id);
        if (user.deleted()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return form(id, CustomerForm.of(user), Map.of(), model);
    }

    @PostMapping("/{id}/edit")
    String edit(@PathVariable long id, @Valid @ModelAttribute("form") CustomerForm form, BindingResult binding,
                @AuthenticationPrincipal AccountPrincipal admin, HttpServletRequest request, HttpServletResponse response,
                Model model, RedirectAttributes redirect) {
        known(id);
        return save(id, form, binding, response, model, redirect, () -> {
            administration.edit(id, form, actor(admin, request));
            return id;
        });
    }

    /** Saves when the form is valid, else shows it again with each refused field named and a 400. */
    private String save(Long id, CustomerForm form, BindingResult binding, HttpServletResponse response, Model model,
                        RedirectAttributes redirect, java.util.function.Supplier<Long> saving) {
        Map<String, String> errors = new LinkedHashMap<>();
        for (FieldError error : binding.getFieldErrors()) {
            errors.putIfAbsent(error.getField(), error.getDefaultMessage());
        }
        if (errors.isEmpty()) {
            try {
                long saved = saving.get();
                redirect.addFlashAttribute("success", id == null ? "admin.users.created" : "admin.users.changed");
                return "redirect:/admin/users/" + saved;
            } catch (Refusal refused) {
                errors.put(refused.field() != null ? refused.field() : "form", refused.messageKey());
                response.setStatus(refused.field() != null ? HttpStatus.BAD_REQUEST.value() : refused.status().value());
                return form(id, form, errors, model);
            }
        }
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        return form(id, form, errors, model);
    }

    private String form(Long id, CustomerForm form, Map<String, String> errors, Model model) {
        model.addAttribute("userId", id);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("languages", SiteSettings.LANGUAGES);
        return "account/admin-user-form";
    }

    private AccountView known(long id) {
        try {
            return administration.view(id);
        } catch (Refusal unknown) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
    }

    @PostMapping("/{id}/block")
    String block(@PathVariable long id, @AuthenticationPrincipal AccountPrincipal admin, HttpServletRequest request,
                 RedirectAttributes redirect) {
        return act(id, redirect, "admin.users.blocked", () -> administration.block(id, actor(admin, request)));
    }

    @PostMapping("/{id}/unblock")
    String unblock(@PathVariable long id, @AuthenticationPrincipal AccountPrincipal admin, HttpServletRequest request,
                   RedirectAttributes redirect) {
        return act(id, redirect, "admin.users.unblocked", () -> administration.unblock(id, actor(admin, request)));
    }

    @PostMapping("/{id}/role")
    String role(@PathVariable long id, @RequestParam Role role, @AuthenticationPrincipal AccountPrincipal admin,
                HttpServletRequest request, RedirectAttributes redirect) {
        return act(id, redirect, "admin.users.roleChanged", () -> administration.changeRole(id, role, actor(admin, request)));
    }

    @PostMapping("/{id}/second-factor/reset")
    String resetSecondFactor(@PathVariable long id, @AuthenticationPrincipal AccountPrincipal admin, HttpServletRequest request,
                             RedirectAttributes redirect) {
        return act(id, redirect, "admin.users.twoFactorReset", () -> twoFactor.reset(id, actor(admin, request)));
    }

    private String act(long id, RedirectAttributes redirect, String successKey, Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute("success", successKey);
        } catch (Refusal problem) {
            redirect.addFlashAttribute("error", problem.messageKey());
        }
        return "redirect:/admin/users/" + id;
    }

    static AccountAudit.Actor actor(AccountPrincipal admin, HttpServletRequest request) {
        return new AccountAudit.Actor(admin.id(), admin.getUsername(), request.getRemoteAddr());
    }
}
