package io.pteroca.panel.account;

import io.pteroca.panel.shared.Refusal;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.time.Duration;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
class RegistrationController {

    static final int REGISTRATIONS_PER_IP = 10;
    static final Duration WINDOW = Duration.ofHours(1);

    private final Registration registration;
    private final RegistrationGate gate;
    private final AccountSettings settings;
    private final NewAccountSignIn signIn;

    RegistrationController(Registration registration, RegistrationGate gate, AccountSettings settings, NewAccountSignIn signIn) {
        this.registration = registration;
        this.gate = gate;
        this.settings = settings;
        this.signIn = signIn;
    }

    @GetMapping("/register")
    String form(Authentication authentication, Model model) {
        if (signedIn(authentication)) {
            return "redirect:/";
        }
        model.addAttribute("form", new RegistrationForm());
        return page(model);
    }

    @PostMapping("/register")
    String register(@Valid @ModelAttribute("form") RegistrationForm form, BindingResult errors, HttpServletRequest request,
                    HttpServletResponse response, Model model, RedirectAttributes redirect) {
        if (gate.termsToAccept() && !form.isAcceptTerms()) {
            errors.rejectValue("acceptTerms", "register.acceptTerms");
        }
        if (errors.hasErrors()) {
            return page(model);
        }
        java.util.Optional<String> refused = gate.refusal(request);
        if (refused.isPresent()) {
            model.addAttribute("formError", refused.get());
            return page(model);
        }
        AccountView account;
        try {
            account = registration.register(form, LocaleContextHolder.getLocale().toLanguageTag(), request.getRemoteAddr());
        } catch (Refusal problem) {
            if (problem.field() != null) {
                errors.rejectValue(problem.field(), problem.messageKey());
            } else {
                model.addAttribute("formError", problem.messageKey());
            }
            return page(model);
        }
        boolean verificationRequired = settings.verificationMode() != VerificationMode.DISABLED;
        redirect.addFlashAttribute("success", verificationRequired ? "register.doneVerify" : "register.done");
        return "redirect:" + signIn.signIn(account.email(), request, response);
    }

    private String page(Model model) {
        model.addAttribute("captcha", gate.captchaWidget());
        model.addAttribute("registrationOpen", settings.registrationOpen());
        model.addAttribute("termsToAccept", gate.termsToAccept());
        return "account/register";
    }

    static boolean signedIn(Authentication authentication) {
        return authentication != null && authentication.isAuthenticated()
                && !(authentication instanceof AnonymousAuthenticationToken);
    }
}
