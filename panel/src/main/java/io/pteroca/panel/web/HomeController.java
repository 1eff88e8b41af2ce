package io.pteroca.panel.web;

import io.pteroca.panel.account.AccountSecurity;
import io.pteroca.panel.setup.SetupState;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The start page: the setup wizard until setup is done, then the landing page for visitors, the dashboard for customers. */
@Controller
class HomeController {

    private final SetupState setup;

    HomeController(SetupState setup) {
        this.setup = setup;
    }

    @GetMapping("/")
    String home(Authentication authentication) {
        if (AccountSecurity.accountId(authentication) == null) {
            // The landing page sends visitors on to the store when the admin switched it off.
            return setup.completed() ? "forward:/landing" : "redirect:/setup";
        }
        return "forward:/dashboard";
    }
}
