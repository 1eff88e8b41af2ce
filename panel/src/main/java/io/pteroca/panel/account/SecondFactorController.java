package io.pteroca.panel.account;

import io.pteroca.panel.shared.RateLimitExceededException;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The second step of sign-in: a code from the authenticator app, or a recovery code, after the right password. */
@Controller
@RequestMapping("/login/second-factor")
class SecondFactorController {

    private final SecondStep secondStep;
    private final TwoFactor twoFactor;
    private final SecondFactorThrottle throttle;
    private final TrustedDevices devices;
    private final AccountSecurity security;
    private final AccountAudit audit;

    SecondFactorController(SecondStep secondStep, TwoFactor twoFactor, SecondFactorThrottle throttle, TrustedDevices devices,
                           AccountSecurity security, AccountAudit audit) {
        this.secondStep = secondStep;
        this.twoFactor = twoFactor;
        this.throttle = throttle;
        this.devices = devices;
        this.security = security;
        this.audit = audit;
    }

    @GetMapping
    String show(HttpServletRequest request) {
        return secondStep.pending(request).isPresent() ? "account/second-factor" : "redirect:/login";
    }

    @PostMapping
    void verify(@RequestParam(defaultValue = "") String code, @RequestParam(defaultValue = "false") boolean trustDevice,
                HttpServletRequest request, HttpServletResponse response) throws IOException, ServletException {
        Optional<SecondStep.Pending> pending = secondStep.pending(request);
        if (pending.isEmpty()) {
            response.sendRedirect(request.getContextPath() + "/login?ended");
            return;
        }
        long accountId = pending.get().accountId();
        String ip = request.getRemoteAddr();
        try {
            throttle.attempt(accountId, ip);
        } catch (RateLimitExceededException tooMany) {
            response.sendRedirect(request.getContextPath() + "/login/second-factor?throttled");
            return;
        }
        TwoFactor.Check check = twoFactor.check(accountId, code);
        if (check == TwoFactor.Check.WRONG) {
            audit.self("login_failed", accountId, pending.get().email(), ip, "wrong second factor");
            response.sendRedirect(request.getContextPath() + "/login/second-factor?error");
            return;
        }
        throttle.passed(accountId);
        Optional<Authentication> signedIn = secondStep.complete(request, response, pending.get());
        if (signedIn.isEmpty()) {
            response.sendRedirect(request.getContextPath() + "/login?ended");
            return;
        }
        AccountPrincipal principal = (AccountPrincipal) signedIn.get().getPrincipal();
        if (pending.get().rememberMe()) {
            security.rememberAfterSecondStep(request, response, signedIn.get());
        }
        if (trustDevice) {
            devices.trust(request, response, accountId);
        }
        audit.self("login", accountId, principal.getUsername(), ip,
                check == TwoFactor.Check.RECOVERY_CODE ? "with a recovery code" : "with an authenticator code");
        SavedRequestAwareAuthenticationSuccessHandler redirect = new SavedRequestAwareAuthenticationSuccessHandler();
        redirect.setDefaultTargetUrl("/");
        redirect.onAuthenticationSuccess(request, response, signedIn.get());
    }

    @PostMapping("/cancel")
    String cancel(HttpServletRequest request) {
        secondStep.abandon(request);
        return "redirect:/login";
    }
}
