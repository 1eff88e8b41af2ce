package io.pteroca.panel.account;

import io.pteroca.panel.shared.Refusal;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The role editor: staff roles and the permissions each one holds. */
@Controller
@RequestMapping("/admin/roles")
class AdminRoleController {

    private final StaffRoles roles;

    AdminRoleController(StaffRoles roles) {
        this.roles = roles;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("roles", roles.all());
        return "account/admin-roles";
    }

    @GetMapping("/new")
    String create(Model model) {
        return form(null, "", Set.of(), Map.of(), model);
    }

    @GetMapping("/{id}")
    String edit(@PathVariable long id, Model model) {
        StaffRoleView role = roles.view(id);
        return form(role, role.name(), role.permissions(), Map.of(), model);
    }

    @PostMapping({"", "/{id}"})
    String save(@PathVariable(required = false) Long id, @RequestParam(required = false) String name,
                @RequestParam(required = false) List<String> permissions, @AuthenticationPrincipal AccountPrincipal admin,
                HttpServletRequest request, HttpServletResponse response, Model model, RedirectAttributes redirect) {
        StaffRoleView existing = id == null ? null : roles.view(id);
        Set<Permission> granted = EnumSet.noneOf(Permission.class);
        try {
            granted = parsed(permissions);
            AccountAudit.Actor actor = actor(admin, request);
            if (id == null) {
                roles.create(name, granted, actor);
            } else {
                roles.change(id, name, granted, actor);
            }
        } catch (Refusal refused) {
            if (refused.field() == null) {
                throw refused;
            }
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return form(existing, name, granted, Map.of(refused.field(), refused.messageKey()), model);
        }
        redirect.addFlashAttribute("success", "admin.roles.saved");
        return "redirect:/admin/roles";
    }

    @PostMapping("/{id}/delete")
    String delete(@PathVariable long id, @AuthenticationPrincipal AccountPrincipal admin, HttpServletRequest request,
                  RedirectAttributes redirect) {
        roles.delete(id, actor(admin, request));
        redirect.addFlashAttribute("success", "admin.roles.deleted");
        return "redirect:/admin/roles";
    }

    private static Set<Permission> parsed(List<String> codes) {
        Set<Permission> granted = EnumSet.noneOf(Permission.class);
        for (String code : codes == null ? List.<String>of() : codes) {
            try {
                granted.add(Permission.valueOf(code));
            } catch (IllegalArgumentException unknown) {
                throw Refusal.onField("permissions", "admin.roles.unknownPermission");
            }
        }
        return granted;
    }

    private String form(StaffRoleView role, String name, Set<Permission> granted, Map<String, String> errors, Model model) {
        model.addAttribute("role", role);
        model.addAttribute("name", name);
        model.addAttribute("granted", granted);
        model.addAttribute("areas", Permission.areas());
        model.addAttribute("actions", Permission.Action.values());
        model.addAttribute("errors", errors);
        return "account/admin-role";
    }

    private static AccountAudit.Actor actor(AccountPrincipal admin, HttpServletRequest request) {
        return new AccountAudit.Actor(admin.id(), admin.getUsername(), request.getRemoteAddr());
    }
}
