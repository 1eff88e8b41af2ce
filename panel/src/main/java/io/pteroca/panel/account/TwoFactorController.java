package io.pteroca.panel.account;

import io.pteroca.panel.shared.Refusal;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Map;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The account's two-factor page: set up with a QR code and a first code, recovery codes, turning it off. */
@Controller
@RequestMapping("/account/two-factor")
class TwoFactorController {

    private final TwoFactor twoFactor;
    private final TwoFactorPolicy policy;
    private final Passkeys passkeys;

    TwoFactorController(TwoFactor twoFactor, TwoFactorPolicy policy, Passkeys passkeys) {
        this.twoFactor = twoFactor;
        this.policy = policy;
        this.passkeys = passkeys;
    }

    /** A session signed in with a passkey has given two factors: the staff requirement is met for it. */
    @ModelAttribute("signedInWithPasskey")
    boolean signedInWithPasskey(HttpServletRequest request) {
        return PasskeySignIn.signedInWithPasskey(request);
    }

    @GetMapping
    String show(@AuthenticationPrincipal AccountPrincipal principal, @RequestParam(required = false) String passkeyAdded,
                Model model) {
        // The passkey script comes back here after Spring Security's registration endpoint accepted the passkey.
        if (passkeyAdded != null) {
            model.addAttribute("success", "passkeys.addedDone");
        }
        return page(principal, model, Map.of());
    }

    @PostMapping("/setup")
    String startSetup(@AuthenticationPrincipal AccountPrincipal principal, RedirectAttributes redirect) {
        try {
            twoFactor.startSetup(principal.id());
        } catch (Refusal refused) {
            redirect.addFlashAttribute("error", refused.messageKey());
        }
        return "redirect:/account/two-factor";
    }

    /** The QR code of the secret being set up; it holds the secret, so no cache keeps it. */
    @GetMapping(value = "/qr.svg", produces = "image/svg+xml")
    ResponseEntity<String> qrCode(@AuthenticationPrincipal AccountPrincipal principal) {
        return twoFactor.pendingSetup(principal.id())
                .map(setup -> ResponseEntity.ok().cacheControl(CacheControl.noStore())
                        .contentType(MediaType.parseMediaType("image/svg+xml")).body(QrCode.svg(setup.otpauthUri())))
                .orElse(ResponseEntity.notFound().build());
    }

    @PostMapping("/confirm")
    String confirm(@AuthenticationPrincipal AccountPrincipal principal, @RequestParam(defaultValue = "") String code,
                   HttpServletRequest request, HttpServletResponse response, Model model) {
        try {
            return recoveryCodes(twoFactor.confirmSetup(principal.id(), code, request.getRemoteAddr()), "twoFactor.enabled", model);
        } catch (Refusal refused) {
            return refusedPage(principal, model, response, refused);
        }
    }

    @PostMapping("/recovery-codes")
    String renewRecoveryCodes(@AuthenticationPrincipal AccountPrincipal principal,
                              @RequestParam(defaultValue = "") String currentPassword, HttpServletRequest request,
                              HttpServletResponse response, Model model) {
        try {
            return recoveryCodes(twoFactor.regenerateRecoveryCodes(principal.id(), currentPassword, request.getRemoteAddr()),
                    "twoFactor.recoveryRenewed", model);
        } catch (Refusal refused) {
            return refusedPage(principal, model, response, refused);
        }
    }

    @PostMapping("/disable")
    String disable(@AuthenticationPrincipal AccountPrincipal principal, @RequestParam(defaultValue = "") String currentPassword,
                   @RequestParam(defaultValue = "") String code, HttpServletRequest request, HttpServletResponse response,
                   Model model, RedirectAttributes redirect) {
        try {
            twoFactor.disable(principal.id(), currentPassword, code, request.getRemoteAddr());
        } catch (Refusal refused) {
            return refusedPage(principal, model, response, refused);
        }
        redirect.addFlashAttribute("success", "twoFactor.disabled");
        return "redirect:/account/two-factor";
    }

    /** Passkeys are added by script through Spring Security's endpoints; renaming and removing are plain forms. */
    @PostMapping("/passkeys/{id}/name")
    String renamePasskey(@AuthenticationPrincipal AccountPrincipal principal, @PathVariable long id,
                         @RequestParam(defaultValue = "") String name, HttpServletResponse response, Model model,
                         RedirectAttributes redirect) {
        try {
            passkeys.rename(principal, id, name);
        } catch (Refusal refused) {
            if (refused.status() != HttpStatus.BAD_REQUEST) {
                throw refused;
            }
            return refusedPage(principal, model, response, refused);
        }
        redirect.addFlashAttribute("success", "passkeys.renamed");
        return "redirect:/account/two-factor";
    }

    @PostMapping("/passkeys/{id}/delete")
    String removePasskey(@AuthenticationPrincipal AccountPrincipal principal, @PathVariable long id,
                         HttpServletRequest request, RedirectAttributes redirect) {
        passkeys.remove(principal, id, request.getRemoteAddr());
        redirect.addFlashAttribute("success", "passkeys.removed");
        return "redirect:/account/two-factor";
    }

    private String recoveryCodes(List<String> codes, String message, Model model) {
        model.addAttribute("codes", codes);
        model.addAttribute("message", message);
        return "account/recovery-codes";
    }

    private String refusedPage(AccountPrincipal principal, Model model, HttpServletResponse response, Refusal refused) {
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        return page(principal, model, Map.of(refused.field() == null ? "form" : refused.field(), refused.messageKey()));
    }

    private String page(AccountPrincipal principal, Model model, Map<String, String> errors) {
        boolean enabled = twoFactor.enabled(principal.id());
        model.addAttribute("enabled", enabled);
        model.addAttribute("required", policy.mustSetUp(principal)
                && !Boolean.TRUE.equals(model.getAttribute("signedInWithPasskey")));
        model.addAttribute("setup", enabled ? null : twoFactor.pendingSetup(principal.id()).orElse(null));
        model.addAttribute("unusedRecoveryCodes", enabled ? twoFactor.unusedRecoveryCodes(principal.id()) : 0);
        model.addAttribute("passkeys", passkeys.list(principal.id()));
        model.addAttribute("errors", errors);
        return "account/two-factor";
    }
}
