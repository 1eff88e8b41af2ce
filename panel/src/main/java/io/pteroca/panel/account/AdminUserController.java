package io.pteroca.panel.account;

import io.pteroca.panel.shared.Refusal;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
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

    @GetMapping("/{id}")
    String show(@PathVariable long id, Model model) {
        try {
            model.addAttribute("user", administration.view(id));
            model.addAttribute("twoFactor", twoFactor.enabled(id));
        } catch (Refusal unknown) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return "account/admin-user";
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

    @PostMapping("/{id}/delete")
    String delete(@PathVariable long id, @AuthenticationPrincipal AccountPrincipal admin, HttpServletRequest request,
                  RedirectAttributes redirect) {
        return act(id, redirect, "admin.users.deletedDone", () -> administration.delete(id, actor(admin, request)));
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

    private static AccountAudit.Actor actor(AccountPrincipal admin, HttpServletRequest request) {
        return new AccountAudit.Actor(admin.id(), admin.getUsername(), request.getRemoteAddr());
    }
}
