package io.pteroca.panel.account;

import io.pteroca.panel.shared.Refusal;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
class VerificationController {

    private final EmailVerification verification;
    private final Accounts accounts;

    VerificationController(EmailVerification verification, Accounts accounts) {
        this.verification = verification;
        this.accounts = accounts;
    }

    @GetMapping("/verify-email")
    String verify(@RequestParam(required = false) String token, HttpServletRequest request, Model model) {
        model.addAttribute("verified", verification.verify(token, request.getRemoteAddr()));
        return "account/verified";
    }

    @GetMapping("/verify-email/notice")
    String notice(@AuthenticationPrincipal AccountPrincipal principal, Model model) {
        model.addAttribute("account", accounts.find(principal.id()).orElseThrow());
        return "account/verify-notice";
    }

    @PostMapping("/verify-email/resend")
    String resend(@AuthenticationPrincipal AccountPrincipal principal, HttpServletRequest request,
                  RedirectAttributes redirect) {
        try {
            verification.resend(principal.id(), request.getRemoteAddr());
            redirect.addFlashAttribute("success", "verify.resent");
        } catch (Refusal problem) {
            redirect.addFlashAttribute("error", problem.messageKey());
        }
        return "redirect:/verify-email/notice";
    }

    @GetMapping("/account/email/confirm")
    String confirmEmailChange(@RequestParam(required = false) String token, HttpServletRequest request,
                              RedirectAttributes redirect) {
        try {
            boolean changed = verification.confirmEmailChange(token, request.getRemoteAddr());
            redirect.addFlashAttribute(changed ? "success" : "error", changed ? "account.email.changed" : "link.invalid");
            return "redirect:/login";
        } catch (Refusal refused) {
            // Nothing changed and the link still works: the customer can use it again later.
            redirect.addFlashAttribute("error", refused.messageKey());
            return "redirect:/account";
        }
    }
}
