package io.pteroca.panel.web;

import io.pteroca.panel.account.AccountSecurity;
import io.pteroca.panel.account.AccountSettings;
import io.pteroca.panel.account.Accounts;
import io.pteroca.panel.account.VerificationMode;
import io.pteroca.panel.setup.SetupState;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The start page: the setup wizard until setup is done, then the landing page for visitors, the dashboard for customers. */
@Controller
class HomeController {

    private final SetupState setup;
    private final Accounts accounts;
    private final AccountSettings accountSettings;

    HomeController(SetupState setup, Accounts accounts, AccountSettings accountSettings) {
        this.setup = setup;
        this.accounts = accounts;
        this.accountSettings = accountSettings;
    }

    @GetMapping("/")
    String home(Authentication authentication, Model model) {
        Long accountId = AccountSecurity.accountId(authentication);
        if (accountId == null) {
            // The landing page sends visitors on to the store when the admin switched it off.
            return setup.completed() ? "forward:/landing" : "redirect:/setup";
        }
        var account = accounts.find(accountId).orElseThrow();
        model.addAttribute("account", account);
        model.addAttribute("verificationNeeded",
                !account.emailVerified() && accountSettings.verificationMode() != VerificationMode.DISABLED);
        return "web/dashboard";
    }
}
