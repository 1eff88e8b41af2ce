package io.pteroca.panel.dashboard;

import io.pteroca.panel.account.AccountSettings;
import io.pteroca.panel.account.Accounts;
import io.pteroca.panel.account.VerificationMode;
import io.pteroca.panel.shared.CurrentUser;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** {@code /dashboard} (and the start page once signed in): the customer's balance, servers and payments at a glance. */
@Controller
class DashboardController {

    private final CustomerDashboard dashboard;
    private final Accounts accounts;
    private final AccountSettings accountSettings;

    DashboardController(CustomerDashboard dashboard, Accounts accounts, AccountSettings accountSettings) {
        this.dashboard = dashboard;
        this.accounts = accounts;
        this.accountSettings = accountSettings;
    }

    @GetMapping("/dashboard")
    String dashboard(Authentication authentication, Model model) {
        long accountId = CurrentUser.id(authentication);
        var account = accounts.find(accountId).orElseThrow();
        model.addAttribute("account", account);
        model.addAttribute("verificationNeeded",
                !account.emailVerified() && accountSettings.verificationMode() != VerificationMode.DISABLED);
        model.addAttribute("dashboard", dashboard.of(accountId));
        return "dashboard/dashboard";
    }
}
