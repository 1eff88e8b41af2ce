package io.pteroca.panel.account;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.server.ResponseStatusException;

/** The sign-in, sign-out and terms pages; the form posts are handled by Spring Security. */
@Controller
class SignInController {

    private final AccountSettings settings;
    private final NewAccountSignIn newAccounts;
    private final CaptchaVerifier captcha;
    private final SignInThrottle throttle;

    SignInController(AccountSettings settings, NewAccountSignIn newAccounts, CaptchaVerifier captcha, SignInThrottle throttle) {
        this.captcha = captcha;
        this.throttle = throttle;
        this.settings = settings;
        this.newAccounts = newAccounts;
    }

    @GetMapping("/login")
    String login(Authentication authentication, HttpServletRequest request, HttpServletResponse response, Model model) {
        if (RegistrationController.signedIn(authentication)) {
            return "redirect:/";
        }
        model.addAttribute("registrationOpen", settings.registrationOpen());
        model.addAttribute("toOrder", newAccounts.interruptedAnOrder(request, response));
        // After many failures from this address, or once an attempt on an account with many failures was sent back
        // for it (see SignInThrottle).
        if (request.getParameter("captcha") != null || throttle.captchaNeeded(request.getRemoteAddr())) {
            model.addAttribute("captcha", captcha.widget());
        }
        return "account/login";
    }

    @GetMapping("/logout")
    String logout(Authentication authentication) {
        return RegistrationController.signedIn(authentication) ? "account/logout" : "redirect:/login";
    }

    @GetMapping("/terms")
    String terms(Model model) {
        String terms = settings.termsOfService();
        if (terms.isBlank()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        model.addAttribute("terms", terms);
        return "account/terms";
    }
}
