package io.pteroca.panel.account;

import io.pteroca.panel.shared.RateLimitExceededException;
import io.pteroca.panel.shared.RateLimiter;
import io.pteroca.panel.shared.Refusal;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.task.TaskExecutor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
class PasswordResetController {

    static final int REQUESTS_PER_IP = 10;
    static final int REQUESTS_PER_ACCOUNT = 3;
    static final Duration WINDOW = Duration.ofHours(1);

    private final PasswordReset reset;
    private final RateLimiter limiter;
    private final TaskExecutor background;

    PasswordResetController(PasswordReset reset, RateLimiter limiter,
                            @Qualifier("applicationTaskExecutor") TaskExecutor background) {
        this.reset = reset;
        this.limiter = limiter;
        this.background = background;
    }

    @GetMapping("/reset-password")
    String requestForm() {
        return "account/reset-request";
    }

    @PostMapping("/reset-password")
    String request(@RequestParam(defaultValue = "") String email, HttpServletRequest request, Model model,
                   RedirectAttributes redirect) {
        if (email.isBlank() || email.length() > 254 || !email.contains("@")) {
            model.addAttribute("emailError", "register.emailInvalid");
            model.addAttribute("email", email);
            return "account/reset-request";
        }
        try {
            limiter.acquire("reset:ip:" + request.getRemoteAddr(), REQUESTS_PER_IP, WINDOW);
            limiter.acquire("reset:account:" + Registration.normalizeEmail(email), REQUESTS_PER_ACCOUNT, WINDOW);
        } catch (RateLimitExceededException e) {
            model.addAttribute("formError", "rateLimit.tooMany");
            model.addAttribute("email", email);
            return "account/reset-request";
        }
        // Looking the account up, issuing the link and mailing it happen after the answer, which therefore takes as long
        // for an address with an account as for one without: its timing tells nobody which addresses are registered.
        String ip = request.getRemoteAddr();
        background.execute(() -> reset.request(email, ip));
        redirect.addFlashAttribute("success", "reset.sentIfExists");
        return "redirect:/login";
    }

    @GetMapping("/reset-password/{token}")
    String newPasswordForm(@PathVariable String token, Model model) {
        model.addAttribute("token", token);
        return "account/reset-password";
    }

    @PostMapping("/reset-password/{token}")
    String complete(@PathVariable String token, @RequestParam(defaultValue = "") String password,
                    @RequestParam(defaultValue = "") String confirmPassword, HttpServletRequest request, Model model,
                    RedirectAttributes redirect) {
        model.addAttribute("token", token);
        if (!password.equals(confirmPassword)) {
            model.addAttribute("passwordError", "password.mismatch");
            return "account/reset-password";
        }
        try {
            if (!reset.complete(token, password, request.getRemoteAddr())) {
                model.addAttribute("formError", "link.invalid");
                return "account/reset-password";
            }
        } catch (Refusal problem) {
            model.addAttribute("passwordError", problem.messageKey());
            return "account/reset-password";
        }
        redirect.addFlashAttribute("success", "reset.done");
        return "redirect:/login";
    }
}
