package io.pteroca.panel.api;

import io.pteroca.panel.account.Accounts;
import io.pteroca.panel.shared.CurrentUser;
import io.pteroca.panel.shared.Refusal;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The account's personal access tokens: made here (shown once, on the answer to the POST), listed and revoked. */
@Controller
@RequestMapping("/account/api-tokens")
class ApiTokenController {

    private final ApiTokens tokens;
    private final Accounts accounts;
    private final java.time.Clock clock;

    ApiTokenController(ApiTokens tokens, Accounts accounts, java.time.Clock clock) {
        this.tokens = tokens;
        this.accounts = accounts;
        this.clock = clock;
    }

    @GetMapping
    String show(Authentication user, Model model) {
        return page(user, model);
    }

    @PostMapping
    String create(Authentication user, @RequestParam(defaultValue = "") String name,
                  @RequestParam(required = false) List<String> scopes, @RequestParam(defaultValue = "") String expires,
                  @RequestParam(required = false) String currentPassword, @RequestParam(required = false) String code,
                  HttpServletRequest request, Model model) {
        try {
            Set<ApiScope> chosen = EnumSet.noneOf(ApiScope.class);
            for (String scope : scopes == null ? List.<String>of() : scopes) {
                chosen.add(ApiScope.of(scope).orElseThrow(() -> Refusal.onField("scopes", "api.tokens.scopeUnknown")));
            }
            ApiTokens.Issued issued = tokens.createOnAccountPage(CurrentUser.id(user), name, chosen, expiry(expires),
                    currentPassword, code, request.getRemoteAddr());
            model.addAttribute("issued", issued.token());
        } catch (Refusal refused) {
            if (refused.endsThePage()) {
                throw refused;
            }
            model.addAttribute("errors", Map.of(refused.field() == null ? "form" : refused.field(), refused.messageKey()));
            model.addAttribute("name", name);
        }
        return page(user, model);
    }

    @PostMapping("/{id}/revoke")
    String revoke(Authentication user, @PathVariable long id, HttpServletRequest request, RedirectAttributes redirect) {
        tokens.revoke(CurrentUser.id(user), id, request.getRemoteAddr());
        redirect.addFlashAttribute("success", "api.tokens.revoked");
        return "redirect:/account/api-tokens";
    }

    private String page(Authentication user, Model model) {
        boolean staff = accounts.find(CurrentUser.id(user)).map(account -> account.staff()).orElse(false);
        boolean adminScopes = staff && tokens.mayHaveAdminScopes(CurrentUser.id(user));
        model.addAttribute("tokens", tokens.of(CurrentUser.id(user)));
        model.addAttribute("scopes", Arrays.stream(ApiScope.values()).filter(scope -> adminScopes || !scope.admin()).toList());
        model.addAttribute("adminScopes", adminScopes);
        model.addAttribute("adminNeedsTwoFactor", staff && !adminScopes);
        model.addAttribute("maxTokens", ApiTokens.MAX_PER_ACCOUNT);
        model.addAttribute("today", LocalDate.now(clock.withZone(ZoneOffset.UTC)));
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", Map.of());
        }
        return "api/tokens";
    }

    /** A date means "until the end of that day (UTC)"; empty means the token does not expire. */
    private static Instant expiry(String date) {
        if (date.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(date.strip()).plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        } catch (DateTimeParseException unreadable) {
            throw Refusal.onField("expires", "api.tokens.expiryInvalid");
        }
    }
}
