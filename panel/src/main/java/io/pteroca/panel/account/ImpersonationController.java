package io.pteroca.panel.account;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Starts "sign in as" from a customer's admin page and ends it from the banner every page shows meanwhile. */
@Controller
class ImpersonationController {

    private final Impersonation impersonation;

    ImpersonationController(Impersonation impersonation) {
        this.impersonation = impersonation;
    }

    @PostMapping("/admin/users/{id}/sign-in-as")
    String start(@PathVariable long id, @RequestParam(defaultValue = "") String reason, Authentication admin,
                 HttpServletRequest request, HttpServletResponse response) {
        impersonation.start(id, reason, admin, request, response);
        return "redirect:/";
    }

    /** Not under /admin: while it lasts the visitor is the customer, who may not open admin pages. */
    @PostMapping(ImpersonationGuard.END_PATH)
    String end(Authentication current, HttpServletRequest request, HttpServletResponse response) {
        long customerId = impersonation.end(current, request, response);
        return "redirect:/admin/users/" + customerId;
    }
}
