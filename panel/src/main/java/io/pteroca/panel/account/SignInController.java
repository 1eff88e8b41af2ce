package io.pteroca.panel.account;

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

    SignInController(AccountSettings settings) {
        this.settings = settings;
    }

    @GetMapping("/login")
    String login(Authentication authentication, Model model) {
        if (RegistrationController.signedIn(authentication)) {
            return "redirect:/";
        }
        model.addAttribute("registrationOpen", settings.registrationOpen());
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
