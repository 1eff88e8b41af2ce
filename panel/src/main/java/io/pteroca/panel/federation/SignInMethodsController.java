package io.pteroca.panel.federation;

import io.pteroca.panel.account.ExternalSignIn;
import io.pteroca.panel.shared.CurrentUser;
import io.pteroca.panel.shared.Refusal;
import io.pteroca.panel.web.FormTargets;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The account's sign-in providers: which are linked, linking another, unlinking one. */
@Controller
@RequestMapping(ProviderSignIn.SIGN_IN_METHODS)
class SignInMethodsController {

    /** A linked provider as the page shows it. */
    record LinkedRow(long id, String provider, String email, java.time.Instant createdAt) {
    }

    private final LinkedIdentities identities;
    private final SignInProviders providers;
    private final ProviderRegistrations registrations;
    private final PendingProviderSignIn pending;
    private final ExternalSignIn external;

    SignInMethodsController(LinkedIdentities identities, SignInProviders providers, ProviderRegistrations registrations,
                            PendingProviderSignIn pending, ExternalSignIn external) {
        this.identities = identities;
        this.providers = providers;
        this.registrations = registrations;
        this.pending = pending;
        this.external = external;
    }

    @GetMapping
    String show(Authentication authentication, Model model) {
        long accountId = CurrentUser.id(authentication);
        List<LinkedIdentity> linked = identities.of(accountId);
        Map<Provider, String> names = providers.enabled().stream()
                .collect(Collectors.toMap(SignInProviders.Button::provider, SignInProviders.Button::name));
        model.addAttribute("linked", linked.stream().map(identity -> new LinkedRow(identity.id(),
                names.getOrDefault(identity.provider(), providers.name(identity.provider())), identity.email(),
                identity.createdAt())).toList());
        model.addAttribute("linkable", providers.enabled().stream()
                .filter(button -> linked.stream().noneMatch(identity -> identity.provider() == button.provider())).toList());
        model.addAttribute("hasPassword", external.hasPassword(accountId));
        return "federation/sign-in-methods";
    }

    /** Says where the browser is going before it goes: the form on this page may lead to that provider only. */
    @GetMapping("/{provider}/link")
    String confirmLink(@PathVariable String provider, HttpServletRequest request, Model model) {
        SignInProviders.Button button = enabled(provider);
        registrations.authorizationOrigin(button.provider())
                .ifPresent(origin -> FormTargets.allowForThisPage(request, origin));
        model.addAttribute("button", button);
        return "federation/link";
    }

    @PostMapping("/{provider}/link")
    String link(@PathVariable String provider, Authentication authentication, HttpServletRequest request) {
        SignInProviders.Button button = enabled(provider);
        pending.linking(request, CurrentUser.id(authentication), button.provider(), authentication);
        return "redirect:/oauth2/authorization/" + button.provider().id();
    }

    @PostMapping("/{id}/unlink")
    String unlink(@PathVariable long id, Authentication authentication, HttpServletRequest request, RedirectAttributes redirect) {
        try {
            identities.unlink(CurrentUser.id(authentication), id, request.getRemoteAddr());
            redirect.addFlashAttribute("success", "signInMethods.unlinked");
        } catch (Refusal refused) {
            if (refused.status().value() == 404) {
                throw refused;
            }
            redirect.addFlashAttribute("error", refused.messageKey());
        }
        return "redirect:" + ProviderSignIn.SIGN_IN_METHODS;
    }

    private SignInProviders.Button enabled(String provider) {
        return providers.enabled().stream().filter(button -> button.provider().id().equals(provider)).findFirst()
                .orElseThrow(() -> Refusal.notFound("signInMethods.notFound"));
    }
}
