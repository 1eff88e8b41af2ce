package io.pteroca.panel.federation;

import io.pteroca.panel.account.AccountView;
import io.pteroca.panel.account.ExternalProfile;
import io.pteroca.panel.account.ExternalSignIn;
import io.pteroca.panel.account.VerificationMode;
import io.pteroca.panel.account.AccountSettings;
import io.pteroca.panel.shared.Refusal;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.Optional;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The step after a provider vouched for an address: the password of the account that has it (to link the provider),
 * or the registration form's consent and captcha (to open an account). Both start only from a provider's answer.
 */
@Controller
class ProviderSignInController {

    static final String CONFIRM = "/login/provider/confirm";
    static final String REGISTER = "/login/provider/register";
    static final String CANCEL = "/login/provider/cancel";

    private final PendingProviderSignIn pending;
    private final ExternalSignIn external;
    private final LinkedIdentities identities;
    private final SignInProviders providers;
    private final ProviderSignIn signIn;
    private final AccountSettings accountSettings;

    ProviderSignInController(PendingProviderSignIn pending, ExternalSignIn external, LinkedIdentities identities,
                             SignInProviders providers, ProviderSignIn signIn, AccountSettings accountSettings) {
        this.pending = pending;
        this.external = external;
        this.identities = identities;
        this.providers = providers;
        this.signIn = signIn;
        this.accountSettings = accountSettings;
    }

    @GetMapping(CONFIRM)
    String confirmPage(HttpServletRequest request, Model model) {
        Optional<PendingProviderSignIn.Waiting> waiting = waitingFor(request, true);
        if (waiting.isEmpty()) {
            return "redirect:/login?providerExpired";
        }
        return confirm(waiting.get(), model);
    }

    @PostMapping(CONFIRM)
    String confirm(@RequestParam(required = false) String password, HttpServletRequest request, HttpServletResponse response,
                   Model model) {
        Optional<PendingProviderSignIn.Waiting> waiting = waitingFor(request, true);
        if (waiting.isEmpty()) {
            return "redirect:/login?providerExpired";
        }
        long accountId = waiting.get().accountId();
        ExternalSignIn.PasswordCheck check = external.checkPassword(accountId, password, request);
        if (check != ExternalSignIn.PasswordCheck.RIGHT) {
            response.setStatus(check == ExternalSignIn.PasswordCheck.THROTTLED ? 429 : 400);
            model.addAttribute("formError", check == ExternalSignIn.PasswordCheck.THROTTLED ? "login.throttled" : "providerSignIn.wrongPassword");
            return confirm(waiting.get(), model);
        }
        pending.done(request);
        try {
            identities.link(accountId, waiting.get().identity(), request.getRemoteAddr());
        } catch (Refusal refused) {
            return "redirect:/login?providerFailed";
        }
        return "redirect:" + signIn.signIn(request, response, accountId, waiting.get().identity().provider());
    }

    @GetMapping(REGISTER)
    String registerPage(HttpServletRequest request, Model model) {
        Optional<PendingProviderSignIn.Waiting> waiting = waitingFor(request, false);
        if (waiting.isEmpty()) {
            return "redirect:/login?providerExpired";
        }
        ProviderRegistrationForm form = new ProviderRegistrationForm();
        form.setFirstName(waiting.get().identity().firstName());
        form.setLastName(waiting.get().identity().lastName());
        model.addAttribute("form", form);
        return register(waiting.get(), model);
    }

    @PostMapping(REGISTER)
    String register(@Valid @ModelAttribute("form") ProviderRegistrationForm form, BindingResult errors,
                    HttpServletRequest request, HttpServletResponse response, Model model, RedirectAttributes redirect) {
        Optional<PendingProviderSignIn.Waiting> waiting = waitingFor(request, false);
        if (waiting.isEmpty()) {
            return "redirect:/login?providerExpired";
        }
        if (errors.hasErrors()) {
            response.setStatus(400);
            return register(waiting.get(), model);
        }
        ProviderIdentity identity = waiting.get().identity();
        AccountView account;
        try {
            account = external.register(new ExternalProfile(identity.email(), form.getFirstName(), form.getLastName()),
                    form.isAcceptTerms(), LocaleContextHolder.getLocale().toLanguageTag(), request);
        } catch (Refusal refused) {
            response.setStatus(refused.status().value());
            if ("acceptTerms".equals(refused.field())) {
                errors.rejectValue("acceptTerms", refused.messageKey());
            } else {
                model.addAttribute("formError", refused.messageKey());
            }
            return register(waiting.get(), model);
        }
        pending.done(request);
        identities.link(account.id(), identity, request.getRemoteAddr());
        boolean verificationRequired = accountSettings.verificationMode() != VerificationMode.DISABLED;
        redirect.addFlashAttribute("success", verificationRequired ? "register.doneVerify" : "register.done");
        return "redirect:" + signIn.signIn(request, response, account.id(), identity.provider());
    }

    @PostMapping(CANCEL)
    String cancel(HttpServletRequest request) {
        pending.done(request);
        return "redirect:/login";
    }

    private Optional<PendingProviderSignIn.Waiting> waitingFor(HttpServletRequest request, boolean forPassword) {
        return pending.waiting(request).filter(waiting -> (waiting.accountId() != null) == forPassword);
    }

    private String confirm(PendingProviderSignIn.Waiting waiting, Model model) {
        model.addAttribute("provider", providers.name(waiting.identity().provider()));
        model.addAttribute("email", waiting.identity().email());
        model.addAttribute("hasPassword", external.hasPassword(waiting.accountId()));
        model.addAttribute("captcha", external.captchaWidget());
        return "federation/confirm-link";
    }

    private String register(PendingProviderSignIn.Waiting waiting, Model model) {
        model.addAttribute("provider", providers.name(waiting.identity().provider()));
        model.addAttribute("email", waiting.identity().email());
        model.addAttribute("registrationOpen", external.registrationOpen());
        model.addAttribute("termsToAccept", external.termsToAccept());
        model.addAttribute("captcha", external.captchaWidget());
        return "federation/register";
    }
}
