package io.pteroca.panel.account;

import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Tells every page whether an admin is signed in as the customer, so the layout shows the banner with the way back. */
@ControllerAdvice
class ImpersonationBanner {

    /** The customer shown and the admin behind them. */
    record Shown(String customer, String admin) {
    }

    @ModelAttribute("impersonation")
    Shown impersonation(Authentication authentication) {
        return Impersonation.admin(authentication)
                .map(admin -> new Shown(authentication.getName(), admin.getUsername()))
                .orElse(null);
    }
}
