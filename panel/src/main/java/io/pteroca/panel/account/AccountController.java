package io.pteroca.panel.account;

import io.pteroca.panel.setting.SiteSettings;
import io.pteroca.panel.shared.Refusal;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The signed-in customer's own account page: names, e-mail, password and language. */
@Controller
@RequestMapping("/account")
class AccountController {

    private final Accounts accounts;
    private final AccountProfile profile;
    private final TwoFactor twoFactor;

    AccountController(Accounts accounts, AccountProfile profile, TwoFactor twoFactor) {
        this.accounts = accounts;
        this.profile = profile;
        this.twoFactor = twoFactor;
    }

    @GetMapping
    String show(@AuthenticationPrincipal AccountPrincipal principal, Model model) {
        return page(principal, model, Map.of());
    }

    @PostMapping("/profile")
    String rename(@AuthenticationPrincipal AccountPrincipal principal, @RequestParam(defaultValue = "") String firstName,
                  @RequestParam(defaultValue = "") String lastName, Model model, RedirectAttributes redirect) {
        if (!validName(firstName)) {
            return page(principal, model, Map.of("firstName", "validation.name"));
        }
        if (!validName(lastName)) {
            return page(principal, model, Map.of("lastName", "validation.name"));
        }
        profile.rename(principal.id(), firstName, lastName);
        redirect.addFlashAttribute("success", "account.saved");
        return "redirect:/account";
    }

    @PostMapping("/email")
    String changeEmail(@AuthenticationPrincipal AccountPrincipal principal, @RequestParam(defaultValue = "") String newEmail,
                       @RequestParam(defaultValue = "") String currentPassword, HttpServletRequest request, Model model,
                       RedirectAttributes redirect) {
        if (!newEmail.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+") || newEmail.length() > 254) {
            return page(principal, model, Map.of("newEmail", "register.emailInvalid"));
        }
        try {
            profile.requestEmailChange(principal.id(), currentPassword, newEmail, request.getRemoteAddr());
        } catch (Refusal problem) {
            return page(principal, model, Map.of(problem.field(), problem.messageKey()));
        }
        redirect.addFlashAttribute("success", "account.email.sent");
        return "redirect:/account";
    }

    @PostMapping("/password")
    String changePassword(@AuthenticationPrincipal AccountPrincipal principal,
                          @RequestParam(defaultValue = "") String currentPassword,
                          @RequestParam(defaultValue = "") String newPassword,
                          @RequestParam(defaultValue = "") String confirmPassword, HttpServletRequest request,
                          Model model, RedirectAttributes redirect) {
        if (!newPassword.equals(confirmPassword)) {
            return page(principal, model, Map.of("confirmPassword", "password.mismatch"));
        }
        try {
            profile.changePassword(principal.id(), currentPassword, newPassword, request.getRemoteAddr());
        } catch (Refusal problem) {
            return page(principal, model, Map.of(problem.field(), problem.messageKey()));
        }
        redirect.addFlashAttribute("success", "account.password.changed");
        return "redirect:/login";
    }

    @PostMapping("/language")
    String changeLanguage(@AuthenticationPrincipal AccountPrincipal principal, @RequestParam(defaultValue = "") String language,
                          Model model, RedirectAttributes redirect) {
        try {
            profile.changeLanguage(principal.id(), language);
        } catch (Refusal problem) {
            return page(principal, model, Map.of(problem.field(), problem.messageKey()));
        }
        redirect.addFlashAttribute("success", "account.saved");
        return "redirect:/account";
    }

    private String page(AccountPrincipal principal, Model model, Map<String, String> errors) {
        model.addAttribute("account", accounts.find(principal.id()).orElseThrow());
        model.addAttribute("languages", SiteSettings.LANGUAGES);
        model.addAttribute("twoFactor", twoFactor.enabled(principal.id()));
        model.addAttribute("errors", errors);
        return "account/account";
    }

    private static boolean validName(String name) {
        return name.strip().length() >= 2 && name.length() <= 100;
    }
}
