package io.pteroca.panel.account;

import io.pteroca.panel.shared.RateLimitExceededException;
import io.pteroca.panel.shared.RateLimiter;
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
    private final CaptchaVerifier captcha;
    private final AccountSettings settings;
    private final RateLimiter limiter;
    private final NewAccountSignIn signIn;

    RegistrationController(Registration registration, CaptchaVerifier captcha, AccountSettings settings, RateLimiter limiter,
                           NewAccountSignIn signIn) {
        this.registration = registration;
        this.captcha = captcha;
        this.settings = settings;
        this.limiter = limiter;
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
        if (termsToAccept() && !form.isAcceptTerms()) {
            errors.rejectValue("acceptTerms", "register.acceptTerms");
        }
        if (errors.hasErrors()) {
            return page(model);
        }
        try {
            limiter.acquire("register:ip:" + request.getRemoteAddr(), REGISTRATIONS_PER_IP, WINDOW);
        } catch (RateLimitExceededException e) {
            model.addAttribute("formError", "rateLimit.tooMany");
            return page(model);
        }
        if (captcha.enabled() && !captcha.verify(request.getParameter(captcha.responseField()), request.getRemoteAddr())) {
            model.addAttribute("formError", "captcha.failed");
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

    /** Consent is asked for only when the provider published terms: there is nothing to accept otherwise. */
    private boolean termsToAccept() {
        return !settings.termsOfService().isBlank();
    }

    private String page(Model model) {
        model.addAttribute("captcha", captcha.widget());
        model.addAttribute("registrationOpen", settings.registrationOpen());
        model.addAttribute("termsToAccept", termsToAccept());
        return "account/register";
    }

    static boolean signedIn(Authentication authentication) {
        return authentication != null && authentication.isAuthenticated()
                && !(authentication instanceof AnonymousAuthenticationToken);
    }
}
